/**
 * From the form's typed state to the domain's SchemeAction, with a French problem per figure that
 * cannot be read, named by the field it belongs to. The same SchemeAction is checked by the shared
 * `checkAction`, costed for the preview and sent to the API.
 */
import type { AllocationKey, AllocationRule, PriceComponent } from '@mutualis/domain/costing/types';
import type { ActionParticipant, EnteredCostLine, SchemeAction, StatusQuoRule } from '@mutualis/domain/scheme/action';
import { ofName } from '@mutualis/domain/text';
import type { ActionDraft, AllocationDraft, CostLineDraft, KeyDraft, PriceDraft } from './actionDraft';
import { entryOf } from './actionDraft';
import { acDeductionAllowed, KIND_FORMS } from './kinds';
import { MAX_ETP, MAX_PERCENT, MAX_QUANTITY, Reader, type FieldProblem } from './reader';
import type { CommuneRef, ContextEpci, RegistryOpsn } from './schemeContext';

export type { FieldProblem } from './reader';

export interface DraftEnvironment {
  communes: readonly CommuneRef[];
  taxRegime: ContextEpci['taxRegime'];
  opsns: readonly RegistryOpsn[];
  metrics: readonly { key: string; label: string }[];
}

/**
 * Reads the draft. `action` is always built, unreadable figures counting as zero, so that the
 * shared checks can still say what else is wrong; `readable` says whether it is the real thing.
 */
export function readDraft(draft: ActionDraft, id: string, env: DraftEnvironment): { action: SchemeAction; readable: boolean; problems: FieldProblem[] } {
  const read = new Reader();
  const form = KIND_FORMS[draft.kind];
  const nameOf = (insee: string) => env.communes.find((c) => c.insee === insee)?.name ?? insee;
  const acAllowed = acDeductionAllowed(draft.kind, env.taxRegime);
  const enteredStatusQuo = form.statusQuo && draft.statusQuo.kind === 'ENTERED';

  const participants: ActionParticipant[] = draft.participants.map((insee) => {
    const entry = entryOf(draft, insee);
    const name = nameOf(insee);
    return {
      insee,
      payment: acAllowed ? entry.payment : 'INVOICE',
      statusQuoCents: enteredStatusQuo ? (read.optionalEuros(entry.statusQuo, 'participants', `Situation actuelle ${ofName(name)}`) ?? null) : null,
      etpTransferred: form.staff ? (read.optionalDecimal(entry.etpTransferred, 'participants', `ETP transférés par ${name}`, 2, MAX_ETP) ?? null) : null,
    };
  });

  const action: SchemeAction = {
    id,
    title: draft.title.trim(),
    description: draft.description,
    theme: draft.theme || null,
    obligations: draft.obligations,
    kind: draft.kind,
    years: draft.years,
    participants,
    statusQuo: form.statusQuo ? statusQuoRule(draft, read) : { kind: 'ENTERED' },
    costLines: draft.costLines.map((line, i) => costLine(line, i, draft, read)),
    allocation: form.enteredRule ? allocationRule(draft, read, nameOf, env) : null,
    epciEtpGained: form.staff ? (read.optionalDecimal(draft.epciEtpGained, 'epciEtpGained', 'ETP gagnés par l’intercommunalité', 2, MAX_ETP) ?? null) : null,
    details: form.read(draft, { read, env, nameOf, entry: (insee) => entryOf(draft, insee), perParticipant: (typed, field, what) => perParticipant(draft, read, nameOf, typed, field, what) }),
  };
  return { action, readable: read.problems.length === 0, problems: read.problems };
}

function statusQuoRule({ statusQuo }: ActionDraft, read: Reader): StatusQuoRule {
  const what = 'Situation actuelle';
  switch (statusQuo.kind) {
    case 'ENTERED':
      return { kind: 'ENTERED' };
    case 'FLAT':
      return { kind: 'FLAT', amountCents: read.euros(statusQuo.amount, 'statusQuo', `${what}, montant par commune`) };
    case 'PER_INHABITANT':
      return { kind: 'PER_INHABITANT', population: statusQuo.population, rateCents: read.rate(statusQuo.rate, 'statusQuo', `${what}, montant par habitant`) };
    case 'METRIC':
      read.require(statusQuo.metric !== '', 'statusQuo', `${what} : choisissez la métrique.`);
      return { kind: 'METRIC', metric: statusQuo.metric, unitPriceCents: read.rate(statusQuo.unitPrice, 'statusQuo', `${what}, prix unitaire`) };
  }
}

function costLine(line: CostLineDraft, i: number, draft: ActionDraft, read: Reader): EnteredCostLine {
  const field = `costLines.${i}`;
  const what = `Ligne de coût ${i + 1}${line.label.trim() ? ` (« ${line.label.trim()} »)` : ''}`;
  read.require(line.label.trim() !== '', field, `Ligne de coût ${i + 1} : donnez-lui un libellé.`);
  const inAction = (year: number) => year >= draft.years.first && year <= draft.years.last;
  if (line.kind === 'oneOff') {
    read.require(inAction(line.year), field, `${what} : son année doit être l’une des années de l’action.`);
    return { kind: 'oneOff', label: line.label.trim(), nature: line.nature, year: line.year, amountCents: read.euros(line.amount, field, `${what}, montant`) };
  }
  read.require(inAction(line.years.first) && inAction(line.years.last) && line.years.first <= line.years.last, field, `${what} : ses années doivent être comprises dans celles de l’action.`);
  const indexation = read.optionalDecimal(line.indexation, field, `${what}, indexation annuelle`, 4, MAX_PERCENT);
  const indexed = indexation && indexation !== '0' ? { indexationPercent: indexation } : {};
  if (line.kind === 'yearly') {
    return { kind: 'yearly', label: line.label.trim(), nature: line.nature, years: line.years, amountCents: read.euros(line.amount, field, `${what}, montant annuel`), ...indexed };
  }
  return {
    kind: 'staff',
    label: line.label.trim(),
    years: line.years,
    etp: read.decimal(line.etp, field, `${what}, ETP`, 2, MAX_ETP),
    loadedAnnualCostCents: read.euros(line.loadedCost, field, `${what}, coût annuel chargé d’un ETP`),
    ...indexed,
  };
}

function allocationKey(key: Omit<KeyDraft, 'parts'> & { parts?: KeyDraft['parts'] }, draft: ActionDraft, read: Reader, nameOf: (insee: string) => string, env: DraftEnvironment): AllocationKey {
  const field = 'allocation';
  switch (key.kind) {
    case 'equal':
    case 'agents':
    case 'potentielFinancier':
      return { kind: key.kind };
    case 'population':
      return { kind: 'population', population: key.population };
    case 'devices':
      read.require(key.devices.length > 0, field, 'Clé par équipements : cochez au moins un type d’équipement.');
      return { kind: 'devices', devices: key.devices };
    case 'usage': {
      const metric = env.metrics.find((m) => m.key === key.metric);
      read.require(metric !== undefined, field, 'Clé de répartition : choisissez la métrique d’usage.');
      return { kind: 'usage', metric: key.metric, unitLabel: metric?.label ?? key.metric };
    }
    case 'percentages':
      return {
        kind: 'percentages',
        percents: Object.fromEntries(
          draft.participants.map((insee) => [insee, read.decimal(entryOf(draft, insee).percent, 'allocation.percents', `Pourcentage ${ofName(nameOf(insee))}`, 4, MAX_PERCENT)]),
        ),
      };
    case 'composite': {
      const parts = key.parts ?? [];
      read.require(parts.length >= 2, field, 'Clé composite : ajoutez au moins deux clés pondérées.');
      return {
        kind: 'composite',
        parts: parts.map((part, i) => ({
          percent: read.decimal(part.percent, field, `Clé composite, pondération ${i + 1}`, 4, MAX_PERCENT),
          key: allocationKey(part.key, draft, read, nameOf, env),
        })),
      };
    }
  }
}

function price(component: PriceDraft, i: number, read: Reader, env: DraftEnvironment): PriceComponent {
  const what = `Tarif, élément ${i + 1}`;
  const field = 'allocation';
  switch (component.kind) {
    case 'flat':
      return { kind: 'flat', amountCents: read.euros(component.amount, field, `${what} (forfait)`) };
    case 'perInhabitant':
      return { kind: 'perInhabitant', population: component.population, rateCents: read.rate(component.rate, field, `${what} (par habitant)`) };
    case 'perUnit': {
      const metric = env.metrics.find((m) => m.key === component.metric);
      read.require(metric !== undefined, field, `${what} : choisissez la métrique.`);
      return { kind: 'perUnit', metric: component.metric, unitLabel: metric?.label ?? component.metric, rateCents: read.rate(component.rate, field, `${what} (prix unitaire)`) };
    }
    case 'bands':
      return {
        kind: 'bands',
        population: component.population,
        bands: component.bands.map((band, b) => {
          const last = b === component.bands.length - 1;
          const upTo = last && band.upTo.trim() === '' ? null : read.whole(band.upTo, field, `${what}, tranche ${b + 1} (jusqu’à)`, 100_000_000);
          return { upTo, rateCents: read.rate(band.rate, field, `${what}, tranche ${b + 1} (par habitant)`) };
        }),
      };
  }
}

function allocationRule(draft: ActionDraft, read: Reader, nameOf: (insee: string) => string, env: DraftEnvironment): AllocationRule {
  const rule: AllocationDraft = draft.allocation;
  if (rule.kind === 'tariff') {
    read.require(rule.price.length > 0, 'allocation', 'Tarif : ajoutez au moins un élément de prix.');
    const indexation = read.optionalDecimal(rule.indexation, 'allocation', 'Tarif, indexation annuelle', 4, MAX_PERCENT);
    return {
      kind: 'tariff',
      price: rule.price.map((component, i) => price(component, i, read, env)),
      paidTo: rule.paidTo,
      ...(indexation && indexation !== '0' ? { indexationPercent: indexation } : {}),
    };
  }
  const fixedPart = read.optionalEuros(rule.fixedPart, 'allocation', 'Part fixe par commune');
  const floor = read.optionalEuros(rule.floor, 'allocation', 'Plancher par commune');
  const ceiling = read.optionalEuros(rule.ceiling, 'allocation', 'Plafond par commune');
  const own = rule.boundsByCommune
    ? draft.participants.flatMap((insee) => {
        const entry = entryOf(draft, insee);
        const floorCents = read.optionalEuros(entry.floor, 'allocation.bounds', `Plancher ${ofName(nameOf(insee))}`);
        const ceilingCents = read.optionalEuros(entry.ceiling, 'allocation.bounds', `Plafond ${ofName(nameOf(insee))}`);
        if (floorCents === undefined && ceilingCents === undefined) return [];
        return [[insee, { ...(floorCents !== undefined ? { floorCents } : {}), ...(ceilingCents !== undefined ? { ceilingCents } : {}) }] as const];
      })
    : [];
  const byCommune = own.length > 0 ? { byCommune: Object.fromEntries(own) } : {};
  const bounded = floor !== undefined || ceiling !== undefined || 'byCommune' in byCommune;
  return {
    kind: 'split',
    key: allocationKey(rule.key, draft, read, nameOf, env),
    ...(rule.epciShare === 'percent'
      ? { epciShare: { kind: 'percent', percent: read.decimal(rule.epciSharePercent, 'allocation', 'Part de l’intercommunalité', 4, MAX_PERCENT) } }
      : {}),
    ...(rule.epciShare === 'amount' ? { epciShare: { kind: 'amount', amountCents: read.euros(rule.epciShareAmount, 'allocation', 'Part de l’intercommunalité') } } : {}),
    ...(fixedPart ? { fixedPartCents: fixedPart } : {}),
    ...(bounded
      ? { bounds: { ...(floor !== undefined ? { floorCents: floor } : {}), ...(ceiling !== undefined ? { ceilingCents: ceiling } : {}), ...byCommune } }
      : {}),
  };
}

/** Figures typed per participant, left out when blank (the engine counts them as zero). */
function perParticipant(
  draft: ActionDraft,
  read: Reader,
  nameOf: (insee: string) => string,
  typed: (insee: string) => string,
  field: string,
  what: (name: string) => string,
): Record<string, string> {
  return Object.fromEntries(
    draft.participants.flatMap((insee) => {
      const value = read.optionalDecimal(typed(insee), field, what(nameOf(insee)), 3, MAX_QUANTITY);
      return value === undefined ? [] : [[insee, value]];
    }),
  );
}
