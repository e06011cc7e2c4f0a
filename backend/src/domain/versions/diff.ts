/**
 * What changed between two versions of a scheme: actions added, removed or changed (field by
 * field, in words), communes joining or leaving an action, and the money, per commune and per
 * year. Only what differs is listed, so a diff's size follows the changes, not the scheme.
 */
import type { Cents } from '../money.js';
import type { AllocationKey, CommuneProfile, CostingResult, Share, TaxRegime, YearRange } from '../costing/types.js';
import type { SchemeAction } from '../scheme/action.js';
import { actionAspects, aspectChanges, isParticipation, type Aspect } from '../scheme/describe-action.js';
import type { ActionProblem } from '../scheme/to-costing.js';
import { canonicalJson } from './canonical.js';

/** Everything a version freezes: the draft, the communes' figures it used, and its costing. */
export interface VersionContent {
  scheme: { title: string; description: string; mandate: YearRange; taxRegime: TaxRegime };
  actions: SchemeAction[];
  communes: CommuneProfile[];
  costing: CostingResult;
  problems: ActionProblem[];
  /** What does not add up in costed actions; absent from versions frozen before warnings existed. */
  warnings?: ActionProblem[];
  /** The costing rules the costing followed (see COSTING_RULES_VERSION); absent means 1. */
  rulesVersion?: number;
}

/**
 * What a comparison needs of a version: its draft, the communes' names and, of the costing, each
 * commune's cost per year and the totals (not the shares and their explanations, most of a
 * version's size). A whole VersionContent is one.
 */
export interface ComparableContent {
  scheme: VersionContent['scheme'];
  actions: SchemeAction[];
  communes: Pick<CommuneProfile, 'insee' | 'name'>[];
  costing: {
    communes: { insee: string; name: string; years: { year: number; schemeCents: Cents }[]; mandate: { schemeCents: Cents } }[];
    totals: { mandate: Pick<CostingResult['totals']['mandate'], 'epciCents' | 'communesCents' | 'totalCents'> };
    /** The costings of the actions the other side lacks (see unmatchedActionIds), to say what each added or removed one costs. */
    actions?: CostedAction[];
  };
}

/**
 * A version's comparable content, stored beside it when it is frozen so a comparison reads
 * kilobytes, not the megabytes of shares and explanations. Verified against the content it is
 * taken from (see version:verify).
 */
export function comparableOf(content: VersionContent): ComparableContent {
  return {
    scheme: content.scheme,
    actions: content.actions,
    communes: content.communes.map(({ insee, name }) => ({ insee, name })),
    costing: {
      communes: content.costing.communes.map(({ insee, name, mandate, years }) => ({
        insee,
        name,
        mandate: { schemeCents: mandate.schemeCents },
        years: years.map(({ year, schemeCents }) => ({ year, schemeCents })),
      })),
      totals: { mandate: content.costing.totals.mandate },
    },
  };
}

/** What a comparison reads of an action's costing: its years and who pays what (an ActionCosting is one). */
export interface CostedAction {
  actionId: string;
  years: { year: number; totalCents: Cents; shares: Pick<Share, 'payer' | 'cents'>[] }[];
}

/** What an added or removed action costs: over the mandate, the EPCI's part, each year, each commune's part. */
export interface ActionCost {
  totalCents: Cents;
  epciCents: Cents;
  years: { year: number; totalCents: Cents }[];
  /** The communes that pay a part, the largest part first. */
  communes: { insee: string; name: string; cents: Cents }[];
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export const ACTION_CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ActionChangeKind = (typeof ACTION_CHANGE_KINDS)[number];

export interface ActionChange {
  actionId: string;
  title: string;
  change: ActionChangeKind;
  fields: FieldChange[];
  joined: string[];
  left: string[];
  /** For an action added or removed, what it costs in the version that has it; null for a changed one. */
  cost: ActionCost | null;
}

export interface MoneyChange {
  before: Cents;
  after: Cents;
  difference: Cents;
}

export interface CommuneMoneyChange {
  insee: string;
  name: string;
  years: (MoneyChange & { year: number })[];
  mandate: MoneyChange;
}

export interface VersionDiff {
  scheme: FieldChange[];
  actions: ActionChange[];
  /** Communes whose cost changes, the largest rise first. */
  communes: CommuneMoneyChange[];
  totals: { epci: MoneyChange; communes: MoneyChange; total: MoneyChange };
}

const money = (before: Cents, after: Cents): MoneyChange => ({ before, after, difference: after - before });

function fieldChanges(before: readonly [string, string][], after: readonly [string, string][]): FieldChange[] {
  const old = new Map(before);
  const next = new Map(after);
  const labels = [...new Set([...old.keys(), ...next.keys()])];
  return labels.flatMap((label) => {
    const a = old.get(label) ?? '—';
    const b = next.get(label) ?? '—';
    return a === b ? [] : [{ label, before: a, after: b }];
  });
}

/** The usage metrics' labels the actions carry (usage keys, prices per unit); the last action naming a metric wins. */
function metricLabels(actions: readonly SchemeAction[]): Map<string, string> {
  const labels = new Map<string, string>();
  const fromKey = (key: AllocationKey) => {
    if (key.kind === 'usage') labels.set(key.metric, key.unitLabel);
    if (key.kind === 'composite') key.parts.forEach((part) => fromKey(part.key));
  };
  for (const { allocation } of actions) {
    if (allocation?.kind === 'tariff') for (const price of allocation.price) if (price.kind === 'perUnit') labels.set(price.metric, price.unitLabel);
    if (allocation && allocation.kind !== 'tariff') fromKey(allocation.key);
  }
  return labels;
}

/** Field by field, in the words of the action form; who joins or leaves is said once, by `joined` and `left`. */
function actionChange(before: SchemeAction, after: SchemeAction, describe: (action: SchemeAction) => Aspect[], name: (insee: string) => string): ActionChange | null {
  // Most actions are untouched between two versions, and describing them was most of a comparison.
  // Both sides are usually read from jsonb, keys in the same order: the plain writing then suffices.
  if (JSON.stringify(before) === JSON.stringify(after) || canonicalJson(before) === canonicalJson(after)) return null;
  const was = new Set(before.participants.map((p) => p.insee));
  const is = new Set(after.participants.map((p) => p.insee));
  const joined = [...is].filter((insee) => !was.has(insee)).map(name);
  const left = [...was].filter((insee) => !is.has(insee)).map(name);
  const fields = aspectChanges(describe(before), describe(after)).filter((change) => !isParticipation(change.label));
  if (fields.length === 0 && joined.length === 0 && left.length === 0) return null;
  return { actionId: after.id, title: after.title, change: 'CHANGED', fields, joined, left, cost: null };
}

function communeChanges(before: ComparableContent['costing'], after: ComparableContent['costing']): CommuneMoneyChange[] {
  const old = new Map(before.communes.map((c) => [c.insee, c]));
  const next = new Map(after.communes.map((c) => [c.insee, c]));
  const changes = [...new Set([...old.keys(), ...next.keys()])].flatMap((insee) => {
    const a = old.get(insee);
    const b = next.get(insee);
    const yearsBefore = new Map((a?.years ?? []).map((y) => [y.year, y.schemeCents]));
    const yearsAfter = new Map((b?.years ?? []).map((y) => [y.year, y.schemeCents]));
    const years = [...new Set([...yearsBefore.keys(), ...yearsAfter.keys()])]
      .sort((x, y) => x - y)
      .map((year) => ({ year, ...money(yearsBefore.get(year) ?? 0, yearsAfter.get(year) ?? 0) }))
      .filter((y) => y.difference !== 0);
    if (years.length === 0) return [];
    return [{ insee, name: (b ?? a)!.name, years, mandate: money(a?.mandate.schemeCents ?? 0, b?.mandate.schemeCents ?? 0) }];
  });
  return changes.sort((x, y) => y.mandate.difference - x.mandate.difference || x.insee.localeCompare(y.insee));
}

/** The ids of the actions that `others` lacks: those whose costing a comparison needs. */
export function unmatchedActionIds(actions: readonly Pick<SchemeAction, 'id'>[], others: readonly Pick<SchemeAction, 'id'>[]): string[] {
  const known = new Set(others.map((a) => a.id));
  return actions.filter((a) => !known.has(a.id)).map((a) => a.id);
}

export function actionCost(costing: CostedAction, name: (insee: string) => string): ActionCost {
  let epciCents = 0;
  const communes = new Map<string, Cents>();
  for (const year of costing.years) {
    for (const { payer, cents } of year.shares) {
      if (payer.kind === 'EPCI') epciCents += cents;
      else communes.set(payer.insee, (communes.get(payer.insee) ?? 0) + cents);
    }
  }
  return {
    totalCents: costing.years.reduce((sum, y) => sum + y.totalCents, 0),
    epciCents,
    years: costing.years.map(({ year, totalCents }) => ({ year, totalCents })),
    communes: [...communes]
      .map(([insee, cents]) => ({ insee, name: name(insee), cents }))
      .sort((x, y) => y.cents - x.cents || x.insee.localeCompare(y.insee)),
  };
}

export function diffVersions(before: ComparableContent, after: ComparableContent): VersionDiff {
  const names = new Map([...before.communes, ...after.communes].map((c) => [c.insee, c.name]));
  const name = (insee: string) => names.get(insee) ?? insee;
  const metrics = metricLabels([...before.actions, ...after.actions]);
  const describe = (action: SchemeAction) => actionAspects(action, name, (key) => metrics.get(key) ?? key);
  const old = new Map(before.actions.map((a) => [a.id, a]));
  const next = new Map(after.actions.map((a) => [a.id, a]));
  const costOf = (side: ComparableContent, actionId: string) => {
    const costing = side.costing.actions?.find((a) => a.actionId === actionId);
    return costing ? actionCost(costing, name) : null;
  };
  const actions: ActionChange[] = [
    ...after.actions.flatMap((a): ActionChange[] => {
      const previous = old.get(a.id);
      if (!previous) return [{ actionId: a.id, title: a.title, change: 'ADDED', fields: [], joined: a.participants.map((p) => name(p.insee)), left: [], cost: costOf(after, a.id) }];
      const changed = actionChange(previous, a, describe, name);
      return changed ? [changed] : [];
    }),
    ...before.actions
      .filter((a) => !next.has(a.id))
      .map((a): ActionChange => ({ actionId: a.id, title: a.title, change: 'REMOVED', fields: [], joined: [], left: a.participants.map((p) => name(p.insee)), cost: costOf(before, a.id) })),
  ];
  const schemeFields = fieldChanges(
    [['Titre', before.scheme.title], ['Description', before.scheme.description], ['Mandat', `${before.scheme.mandate.first}–${before.scheme.mandate.last}`]],
    [['Titre', after.scheme.title], ['Description', after.scheme.description], ['Mandat', `${after.scheme.mandate.first}–${after.scheme.mandate.last}`]],
  );
  const [a, b] = [before.costing.totals.mandate, after.costing.totals.mandate];
  return {
    scheme: schemeFields,
    actions,
    communes: communeChanges(before.costing, after.costing),
    totals: { epci: money(a.epciCents, b.epciCents), communes: money(a.communesCents, b.communesCents), total: money(a.totalCents, b.totalCents) },
  };
}
