/**
 * An action in words, aspect by aspect (« Titre », « Participation de Moissac », « Ligne de coût 1 »…),
 * so that two states of it can be compared in sentences a drafter or a mayor reads at a glance: what
 * another drafter changed (the action form's conflict panel), what changed between two versions.
 */
import { formatEuros } from '../costing/explain.js';
import type { AllocationKey, AllocationRule, PriceComponent } from '../costing/types.js';
import { typedDecimal } from '../territory/numbers.js';
import { ofName } from '../text.js';
import { ACTION_KIND_LABELS, OBLIGATION_LABELS, THEME_LABELS, type EnteredCostLine, type SchemeAction } from './action.js';
import { rulesOf } from './kinds/index.js';
import { ABSENT, percent, rate } from './kinds/kind-rules.js';
import {
  COST_LINE_LABELS,
  DEVICE_CHOICE_LABELS,
  KEY_KIND_LABELS,
  NATURE_LABELS,
  PAID_TO_LABELS,
  PAYMENT_LABELS,
  POPULATION_CHOICE_LABELS,
  STATUS_QUO_LABELS,
} from './labels.js';

export interface Aspect {
  label: string;
  value: string;
}

export interface AspectChange {
  label: string;
  before: string;
  after: string;
}

/** A commune's name from its INSEE code. */
export type NameOf = (insee: string) => string;
/** A usage metric's label from its key. */
export type MetricLabel = (key: string) => string;

const participationOf = (name: string) => `Participation ${ofName(name)}`;
const yearsText = ({ first, last }: { first: number; last: number }) => (first === last ? String(first) : `${first}–${last}`);
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Whether an aspect says that a commune takes part (« Participation de Moissac »). */
export const isParticipation = (label: string) => /^Participation (de |d’|du |des )/.test(label);

export function describeKey(key: AllocationKey, nameOf: NameOf): string {
  switch (key.kind) {
    case 'population':
      return POPULATION_CHOICE_LABELS[key.population];
    case 'devices':
      return `Équipements : ${key.devices.map((d) => lower(DEVICE_CHOICE_LABELS[d])).join(' + ')}`;
    case 'usage':
      return `Métrique d’usage : ${key.unitLabel}`;
    case 'percentages':
      return `Pourcentages fixés : ${Object.entries(key.percents)
        .map(([insee, value]) => `${nameOf(insee)} ${percent(value)}`)
        .join(', ')}`;
    case 'composite':
      return `Clé composite : ${key.parts.map((part) => `${percent(part.percent)} ${lower(describeKey(part.key, nameOf))}`).join(' + ')}`;
    default:
      return KEY_KIND_LABELS[key.kind];
  }
}

function describePrice(price: PriceComponent): string {
  switch (price.kind) {
    case 'flat':
      return `${formatEuros(price.amountCents)} par commune`;
    case 'perInhabitant':
      return `${rate(price.rateCents)} par habitant (${lower(POPULATION_CHOICE_LABELS[price.population])})`;
    case 'perUnit':
      return `${rate(price.rateCents)} × ${price.unitLabel}`;
    case 'bands':
      return `tranches de ${lower(POPULATION_CHOICE_LABELS[price.population])} : ${price.bands
        .map((band) => `${band.upTo === null ? 'au-delà' : `jusqu’à ${band.upTo}`} ${rate(band.rateCents)}`)
        .join(', ')}`;
  }
}

/** The sharing rule in one sentence. */
export function describeRule(rule: AllocationRule, nameOf: NameOf): string {
  if (rule.kind === 'tariff') {
    const indexed = rule.indexationPercent ? `, indexé de ${percent(rule.indexationPercent)} par an` : '';
    return `Tarif : ${rule.price.map(describePrice).join(' + ')}${indexed} — ${lower(PAID_TO_LABELS[rule.paidTo])}`;
  }
  const parts = [`Clé : ${lower(describeKey(rule.key, nameOf))}`];
  if (rule.epciShare) {
    parts.push(`part de l’intercommunalité : ${rule.epciShare.kind === 'percent' ? percent(rule.epciShare.percent) : formatEuros(rule.epciShare.amountCents)}`);
  }
  if (rule.fixedPartCents) parts.push(`part fixe de ${formatEuros(rule.fixedPartCents)} par commune`);
  if (rule.bounds?.floorCents !== undefined) parts.push(`plancher ${formatEuros(rule.bounds.floorCents)}`);
  if (rule.bounds?.ceilingCents !== undefined) parts.push(`plafond ${formatEuros(rule.bounds.ceilingCents)}`);
  return parts.join(' ; ');
}

function describeLine(line: EnteredCostLine): string {
  const indexed = line.kind !== 'oneOff' && line.indexationPercent ? `, indexé de ${percent(line.indexationPercent)} par an` : '';
  switch (line.kind) {
    case 'staff':
      return `${COST_LINE_LABELS.staff} « ${line.label} » : ${typedDecimal(line.etp)} ETP × ${formatEuros(line.loadedAnnualCostCents)}, ${yearsText(line.years)}${indexed}`;
    case 'yearly':
      return `${COST_LINE_LABELS.yearly} « ${line.label} » (${lower(NATURE_LABELS[line.nature])}) : ${formatEuros(line.amountCents)} par an, ${yearsText(line.years)}${indexed}`;
    case 'oneOff':
      return `${COST_LINE_LABELS.oneOff} « ${line.label} » (${lower(NATURE_LABELS[line.nature])}) : ${formatEuros(line.amountCents)} en ${line.year}`;
  }
}

function statusQuoText(action: SchemeAction, metricLabel: MetricLabel): string {
  const rule = action.statusQuo;
  switch (rule.kind) {
    case 'ENTERED':
      return STATUS_QUO_LABELS.ENTERED;
    case 'FLAT':
      return `${formatEuros(rule.amountCents)} par commune et par an`;
    case 'PER_INHABITANT':
      return `${rate(rule.rateCents)} par habitant (${lower(POPULATION_CHOICE_LABELS[rule.population])})`;
    case 'METRIC':
      return `${rate(rule.unitPriceCents)} × ${metricLabel(rule.metric)}`;
  }
}

/** Every aspect of an action a drafter may change, in the form's order. */
export function actionAspects(action: SchemeAction, nameOf: NameOf, metricLabel: MetricLabel): Aspect[] {
  const ownBounds = action.allocation?.kind === 'split' ? (action.allocation.bounds?.byCommune ?? {}) : {};
  const participants = action.participants.flatMap((p) => {
    const name = nameOf(p.insee);
    const own = ownBounds[p.insee];
    return [
      { label: participationOf(name), value: 'oui' },
      { label: `Paiement ${ofName(name)}`, value: PAYMENT_LABELS[p.payment] },
      ...(p.statusQuoCents !== null ? [{ label: `Situation actuelle ${ofName(name)}`, value: `${formatEuros(p.statusQuoCents)} par an` }] : []),
      ...(p.etpTransferred !== null ? [{ label: `ETP transférés par ${name}`, value: typedDecimal(p.etpTransferred) }] : []),
      ...(own?.floorCents !== undefined ? [{ label: `Plancher ${ofName(name)}`, value: `${formatEuros(own.floorCents)} par an` }] : []),
      ...(own?.ceilingCents !== undefined ? [{ label: `Plafond ${ofName(name)}`, value: `${formatEuros(own.ceilingCents)} par an` }] : []),
    ];
  });
  return [
    { label: 'Nature', value: ACTION_KIND_LABELS[action.kind] },
    { label: 'Titre', value: action.title },
    { label: 'Description', value: action.description || ABSENT },
    { label: 'Thème', value: action.theme ? THEME_LABELS[action.theme] : ABSENT },
    { label: 'Obligations', value: action.obligations.map((o) => OBLIGATION_LABELS[o]).join(', ') || ABSENT },
    { label: 'Années', value: yearsText(action.years) },
    ...participants,
    { label: 'Situation actuelle', value: statusQuoText(action, metricLabel) },
    ...action.costLines.map((line, i) => ({ label: `Ligne de coût ${i + 1}`, value: describeLine(line) })),
    { label: 'Répartition', value: action.allocation ? describeRule(action.allocation, nameOf) : 'Fixée par la nature de l’action' },
    { label: 'ETP gagnés par l’intercommunalité', value: action.epciEtpGained === null ? ABSENT : typedDecimal(action.epciEtpGained) },
    ...rulesOf(action.details).describe(action.details, action, nameOf, metricLabel),
  ];
}

/** An aspect's value, or what its absence means: « non » for a participation, « — » otherwise. */
export function aspectValue(aspects: readonly Aspect[], label: string): string {
  return aspects.find((a) => a.label === label)?.value ?? (isParticipation(label) ? 'non' : ABSENT);
}

/** What differs from one state to the other, aspect by aspect. */
export function aspectChanges(before: readonly Aspect[], after: readonly Aspect[]): AspectChange[] {
  const labels = [...new Set([...before.map((a) => a.label), ...after.map((a) => a.label)])];
  return labels.flatMap((label) => {
    const was = aspectValue(before, label);
    const is = aspectValue(after, label);
    return was === is ? [] : [{ label, before: was, after: is }];
  });
}
