/**
 * The « rapport relatif aux mutualisations de services » (CGCT L5211-39-1) in words and tables,
 * ready for a word processor: a title page, the legal basis, the actions one by one, the impact
 * statement the law asks for, the per-commune table, then the consultation and the adoption when
 * they exist. One commune's part keeps only what concerns that commune.
 */
import type { ActionKind } from '../costing/types.js';
import { ACTION_KIND_LABELS, OBLIGATION_LABELS } from '../scheme/action.js';
import { actionAspects, aspectValue } from '../scheme/describe-action.js';
import { communesInScope, type ExportSubject, type OpinionKind } from './export-subject.js';
import { toCostingAction } from '../scheme/to-costing.js';
import { ruleInWords, type Table, type TableColumn } from './tables.js';
import { operatingSavingCents } from '../costing/savings.js';
import { ofName } from '../text.js';

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `label`, when set, starts the paragraph in bold: « Instrument : … ». */
  | { kind: 'paragraph'; label?: string; text: string }
  | { kind: 'table'; caption: string; table: Table };

export interface Report {
  /** Document title, also its core property. */
  title: string;
  /** The title page's lines under the title. */
  titlePage: string[];
  blocks: ReportBlock[];
}

/** The legal basis of each instrument, as the report cites it. */
export const LEGAL_BASES: Record<ActionKind, string> = {
  SHARED_SERVICE: 'article L5211-4-2 du code général des collectivités territoriales',
  SERVICE_PROVISION: 'articles L5211-4-1 et D5211-16 du code général des collectivités territoriales',
  GROUP_PURCHASE: 'articles L2113-6 à L2113-8 du code de la commande publique',
  POOLED_DPO: 'article 37, paragraphe 3, du règlement général sur la protection des données',
  OPSN_MEMBERSHIP: 'statuts de l’opérateur public de services numériques et délibérations d’adhésion',
  SHARED_ASSET: 'article L5211-4-3 du code général des collectivités territoriales',
};

export const OPINION_LABELS: Record<OpinionKind, string> = {
  FAVOURABLE: 'Favorable',
  FAVOURABLE_WITH_RESERVATIONS: 'Favorable avec réserves',
  UNFAVOURABLE: 'Défavorable',
  DEEMED_FAVOURABLE: 'Réputé favorable (pas de délibération dans les trois mois)',
  PENDING: 'En attente',
};

export const NO_CONSULTATION = 'Pas encore de consultation : les conseils municipaux n’ont pas encore été saisis de ce schéma.';
export const NO_ADOPTION = 'Pas encore d’adoption par le conseil communautaire.';

const REPORT_TITLE = 'Rapport relatif aux mutualisations de services';

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
export const longDate = (date: Date | string) => LONG_DATE.format(new Date(date));

const text = (header: string): TableColumn => ({ header, kind: 'text' });
const euros = (header: string): TableColumn => ({ header, kind: 'euros', summed: true });
const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

function stateLine(subject: ExportSubject, today: Date): string {
  const { state } = subject;
  return state.kind === 'VERSION'
    ? `Version ${state.number} figée le ${longDate(state.frozenAt)} par ${state.authorName} : ${state.message}`
    : `Projet de schéma en cours de rédaction (révision ${state.revision}), chiffrage au ${longDate(today)}`;
}

function statusLine(subject: ExportSubject): string {
  if (subject.adoption) return `Statut : adopté par délibération n° ${subject.adoption.deliberationNumber} du ${longDate(subject.adoption.date)}`;
  if (subject.consultation) return 'Statut : soumis à l’avis des conseils municipaux';
  return subject.state.kind === 'VERSION' ? 'Statut : version figée, non encore soumise à consultation' : 'Statut : document de travail';
}

export function buildReport(subject: ExportSubject, today: Date): Report {
  const { content, scope, epci } = subject;
  const { costing } = content;
  const names = new Map(content.communes.map((c) => [c.insee, c.name]));
  const nameOf = (insee: string) => names.get(insee) ?? insee;
  const metricLabel = (key: string) => subject.metricLabels.get(key) ?? key;
  const communes = communesInScope(subject);
  const ownInsee = scope.kind === 'COMMUNE' ? scope.insee : null;
  const communeName = ownInsee ? nameOf(ownInsee) : null;
  const profiles = new Map(content.communes.map((c) => [c.insee, c]));
  const costed = new Set(costing.actions.map((a) => a.actionId));
  const sheets = content.actions.flatMap((action, index) =>
    costed.has(action.id) && (ownInsee === null || action.participants.some((p) => p.insee === ownInsee))
      ? [{ action, position: index + 1, rule: ruleInWords(toCostingAction(action, profiles), names) }]
      : [],
  );
  const kinds = [...new Set(sheets.map((s) => s.action.kind))];

  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2, value: string) => blocks.push({ kind: 'heading', level, text: value });
  const paragraph = (value: string, label?: string) => blocks.push({ kind: 'paragraph', text: value, ...(label ? { label } : {}) });

  heading(1, 'Contexte et base légale');
  paragraph(
    `L’article L5211-39-1 du code général des collectivités territoriales prévoit que le président ${ofName(epci.name)} établit, dans l’année qui suit ` +
      `le renouvellement des conseils municipaux, un rapport relatif aux mutualisations de services entre les services de l’intercommunalité et ` +
      `ceux des communes membres. Ce rapport comporte un projet de schéma de mutualisation à mettre en œuvre pendant la durée du mandat ` +
      `(${costing.mandate.first}–${costing.mandate.last}) et en prévoit l’impact sur les effectifs et sur les dépenses de fonctionnement de ` +
      `l’intercommunalité et des communes concernées. Il est transmis pour avis à chacun des conseils municipaux, qui disposent de trois mois ` +
      `pour se prononcer ; à défaut de délibération dans ce délai, leur avis est réputé favorable.`,
  );
  if (communeName) paragraph(`Ce document ne reprend que la part du schéma qui concerne la commune ${ofName(communeName)}.`);
  for (const kind of kinds) paragraph(LEGAL_BASES[kind], `${ACTION_KIND_LABELS[kind]} : `);

  heading(1, 'Les actions du schéma');
  if (sheets.length === 0) paragraph(communeName ? `La commune ${ofName(communeName)} ne participe à aucune action chiffrée.` : 'Aucune action chiffrée.');
  // Only a draft can hold actions the costing leaves out (a version is frozen complete): say so, not silently drop them.
  for (const problem of content.problems) {
    const action = content.actions.find((a) => a.id === problem.actionId);
    if (action && (ownInsee === null || action.participants.some((p) => p.insee === ownInsee))) paragraph(problem.message, `Action « ${action.title} » non chiffrée : `);
  }
  for (const sheet of sheets) {
    const { action } = sheet;
    const aspects = actionAspects(action, nameOf, metricLabel);
    heading(2, `Action ${sheet.position} : ${action.title}`);
    paragraph(`${ACTION_KIND_LABELS[action.kind]} (${LEGAL_BASES[action.kind]})`, 'Instrument : ');
    if (action.description) paragraph(action.description, 'Objet : ');
    paragraph(action.years.first === action.years.last ? String(action.years.first) : `${action.years.first} à ${action.years.last}`, 'Années : ');
    paragraph(
      `${plural(action.participants.length, 'commune', 'communes')} : ${action.participants.map((p) => nameOf(p.insee)).join(', ')}`,
      'Participants : ',
    );
    const lines = aspects.filter((a) => a.label.startsWith('Ligne de coût'));
    paragraph(lines.length > 0 ? lines.map((a) => a.value).join(' ; ') : 'fixés par la nature de l’action (voir la répartition)', 'Coûts : ');
    paragraph(sheet.rule, 'Répartition : ');
    paragraph(action.obligations.map((o) => OBLIGATION_LABELS[o]).join(', ') || 'aucune indiquée', 'Obligations auxquelles l’action répond : ');
    paragraph(aspectValue(aspects, 'Situation actuelle'), 'Situation actuelle des communes : ');
    const years = costing.actions.find((a) => a.actionId === action.id)!.years;
    if (communeName) {
      const share = (y: (typeof years)[number]) => y.shares.filter((s) => s.payer.kind === 'COMMUNE' && s.payer.insee === ownInsee).reduce((sum, s) => sum + s.cents, 0);
      const rows = years.map((y) => [String(y.year), y.totalCents, share(y)]);
      blocks.push({
        kind: 'table',
        caption: `Coût de l’action ${sheet.position} et part ${ofName(communeName)}, par année`,
        table: { columns: [text('Année'), euros('Coût de l’action (€)'), euros(`Part ${ofName(communeName)} (€)`)], rows, total: ['Total', sum(rows, 1), sum(rows, 2)] },
      });
    } else {
      const epciShare = (y: (typeof years)[number]) => y.shares.filter((s) => s.payer.kind === 'EPCI').reduce((total, s) => total + s.cents, 0);
      const rows = years.map((y) => [String(y.year), y.totalCents, epciShare(y), y.totalCents - epciShare(y)]);
      blocks.push({
        kind: 'table',
        caption: `Coût de l’action ${sheet.position} par année`,
        table: {
          columns: [text('Année'), euros('Coût total (€)'), euros('Intercommunalité (€)'), euros('Communes (€)')],
          rows,
          total: ['Total', sum(rows, 1), sum(rows, 2), sum(rows, 3)],
        },
      });
    }
  }

  heading(1, 'Impact sur les effectifs et les dépenses de fonctionnement');
  paragraph(
    'Conformément à l’article L5211-39-1, le tableau suivant présente l’impact prévisionnel du schéma sur les effectifs (en équivalents temps plein, ' +
      'une variation d’effectif par année et, sur le mandat, celle de sa dernière année) et sur les dépenses de fonctionnement (l’économie en euros, hors investissement : un montant négatif est une hausse des dépenses) ' +
      (communeName ? `de la commune ${ofName(communeName)}.` : 'de l’intercommunalité puis de chaque commune concernée.'),
  );
  const impactColumns = [text('Année'), { header: 'Effectifs (ETP)', kind: 'decimal' } as TableColumn, euros('Économie de fonctionnement (€)')];
  const impactOf = (years: readonly { year: number; impact: { etpChange: number; operatingExpenseChangeCents: number } }[], mandate: { impact: { etpChange: number; operatingExpenseChangeCents: number } }): Table => {
    const rows = years.map((y) => [String(y.year), y.impact.etpChange, operatingSavingCents(y.impact)]);
    return { columns: impactColumns, rows, total: ['Mandat', mandate.impact.etpChange, sum(rows, 2)] };
  };
  if (communeName) {
    const [commune] = communes;
    blocks.push({ kind: 'table', caption: `Impact pour ${communeName}, par année`, table: impactOf(commune.years, commune.mandate) });
  } else {
    blocks.push({ kind: 'table', caption: `Impact pour ${epci.name}, par année`, table: impactOf(costing.epci.years, costing.epci.mandate) });
    const rows = communes.map((c) => [c.insee, c.name, c.mandate.impact.etpChange, operatingSavingCents(c.mandate.impact)]);
    blocks.push({
      kind: 'table',
      caption: 'Impact pour chaque commune, sur le mandat',
      table: {
        columns: [text('Code INSEE'), text('Commune'), { header: 'Effectifs (ETP)', kind: 'decimal' }, euros('Économie de fonctionnement (€)')],
        rows,
        total: ['Total', '', null, sum(rows, 3)],
      },
    });
  }

  heading(1, 'Coûts par commune');
  paragraph(
    'Sur l’ensemble du mandat : ce que le schéma coûte à chaque commune, ce qu’elle paie aujourd’hui ou paierait seule (situation actuelle), ' +
      'l’économie qui en résulte (négative quand le schéma lui coûte davantage), le coût par habitant (population municipale) et, pour les ' +
      'services communs payés ainsi, la déduction de l’attribution de compensation.',
  );
  const costRows = communes.map((c) => [c.insee, c.name, c.mandate.schemeCents, c.mandate.statusQuoCents, c.mandate.savingCents, c.mandate.costPerInhabitantCents, c.mandate.acDeductionCents]);
  blocks.push({
    kind: 'table',
    caption: 'Coûts par commune sur le mandat',
    table: {
      columns: [
        text('Code INSEE'),
        text('Commune'),
        euros('Coût du schéma (€)'),
        euros('Situation actuelle (€)'),
        euros('Économie (€)'),
        { header: 'Coût par habitant (€)', kind: 'euros' },
        euros('Déduction de l’AC (€)'),
      ],
      rows: costRows,
      total: communeName ? null : ['Total', '', sum(costRows, 2), sum(costRows, 3), sum(costRows, 4), null, sum(costRows, 6)],
    },
  });

  paragraph(
    'Méthode de calcul : tous les montants sont exacts au centime. Chaque montant est réparti par la méthode des plus forts restes, ' +
      'de sorte que les parts additionnées font exactement le total ; les centimes qui restent vont, chaque année, aux communes ' +
      `dont le code INSEE est le plus petit. Règles de chiffrage, version ${subject.content.rulesVersion ?? 1}.`,
  );

  heading(1, 'Consultation des communes');
  const opinions = (subject.consultation?.opinions ?? []).filter((o) => ownInsee === null || o.insee === ownInsee);
  if (!subject.consultation || opinions.length === 0) paragraph(NO_CONSULTATION);
  else {
    blocks.push({
      kind: 'table',
      caption: 'Avis des conseils municipaux',
      table: {
        columns: [text('Commune'), text('Notifiée le'), text('Échéance'), text('Avis'), text('Délibération'), text('Réserves')],
        rows: opinions.map((o) => [
          o.name,
          o.notifiedOn ? longDate(o.notifiedOn) : '',
          o.deadline ? longDate(o.deadline) : '',
          OPINION_LABELS[o.opinion],
          o.deliberation ? `n° ${o.deliberation.number} du ${longDate(o.deliberation.date)}` : '',
          o.reservations ?? '',
        ]),
        total: null,
      },
    });
  }

  heading(1, 'Adoption');
  const adoption = subject.adoption;
  if (adoption) {
    paragraph(
      `Le conseil communautaire a adopté le schéma par délibération n° ${adoption.deliberationNumber} du ${longDate(adoption.date)} : ` +
        `${plural(adoption.votesFor, 'voix pour', 'voix pour')}, ${plural(adoption.votesAgainst, 'voix contre', 'voix contre')}, ` +
        `${plural(adoption.abstentions, 'abstention', 'abstentions')}.`,
    );
  } else paragraph(NO_ADOPTION);

  return { title: communeName ? `${REPORT_TITLE} — ${communeName}` : REPORT_TITLE, titlePage: titlePage(subject, today), blocks };
}

/** Who, what, which state: the report's title page, and the lines above each sheet of the workbook. */
export function titlePage(subject: ExportSubject, today: Date): string[] {
  const { epci, content, scope } = subject;
  const communeName = scope.kind === 'COMMUNE' ? (content.communes.find((c) => c.insee === scope.insee)?.name ?? scope.insee) : null;
  return [
    `${epci.name} (SIREN ${epci.siren})`,
    `Schéma de mutualisation « ${subject.schemeTitle} », mandat ${content.costing.mandate.first}–${content.costing.mandate.last}`,
    ...(communeName ? [`Part de la commune ${ofName(communeName)}`] : []),
    stateLine(subject, today),
    statusLine(subject),
  ];
}

const sum = (rows: readonly (string | number | null)[][], column: number) => rows.reduce<number>((total, row) => total + Number(row[column] ?? 0), 0);
