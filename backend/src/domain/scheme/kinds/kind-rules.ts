/**
 * What a kind of action (service commun, groupement de commandes…) brings to the generic rules of
 * an action: how its details are checked, what the costing engine reads of it, how it is described
 * in words. Each kind has its file beside this one; `index.ts` holds them by kind.
 */
import type { ActionKind, AllocationRule, CommuneProfile, CostLine, DecimalInput, Participant, YearRange } from '../../costing/types.js';
import { parseDecimal, type Ratio } from '../../money.js';
import { typedCentsText, typedDecimal } from '../../territory/numbers.js';
import type { ActionParticipant, DetailsOf, SchemeAction } from '../action.js';
import type { ActionFieldProblem } from '../check-action.js';
import type { Aspect, MetricLabel, NameOf } from '../describe-action.js';
import type { JsonFields } from '../json-fields.js';
import type { OpsnDetails } from '../../opsn/opsn.js';

/** What parsing an action needs beyond its JSON: the EPCI's OPSN registry, where the fees come from. */
export interface ActionParseContext {
  opsns: readonly (Pick<OpsnDetails, 'name' | 'services'> & { id: string })[];
}

/** What a kind receives to turn its action into the engine's view. */
export interface KindCosting {
  action: SchemeAction;
  /** The participating communes, with their figures. */
  members: readonly CommuneProfile[];
  /** A participant as the engine reads it, its status quo derived by the action's rule. */
  participant: (p: ActionParticipant, extra?: Partial<Participant>) => Participant;
  /** The sharing rule the drafter entered (equal shares while none is). */
  enteredRule: AllocationRule;
}

/** The engine's view of an action's costs and sharing, as the kind sets them. */
export interface KindCostingParts {
  /** The years charged, when not the action's own. */
  years?: YearRange;
  participants: Participant[];
  costLines: CostLine[];
  allocation: AllocationRule;
}

export interface KindRules<K extends ActionKind> {
  /** The drafter enters the sharing rule; otherwise the kind sets it. */
  entersRule: boolean;
  /**
   * The details from the JSON a client sent (`fields` is `details`): refuses a wrong field in
   * French with its path, gives absent optional fields their default.
   */
  parseDetails(fields: JsonFields, context: ActionParseContext): DetailsOf<K>;
  /**
   * Adds the problems of the details to `problems` (those already found come first);
   * `participants` holds the INSEE codes taking part.
   */
  check(details: DetailsOf<K>, action: SchemeAction, participants: ReadonlySet<string>, problems: ActionFieldProblem[]): void;
  /** Throws CostingError when a figure it needs is missing. */
  toCosting(details: DetailsOf<K>, costing: KindCosting): KindCostingParts;
  /** The details' aspects, in the form's order. */
  describe(details: DetailsOf<K>, action: SchemeAction, nameOf: NameOf, metricLabel: MetricLabel): Aspect[];
  /** The usage metrics the details read (the sharing rule's are read elsewhere). */
  metricsUsed?(details: DetailsOf<K>): string[];
}

/** A kind whose costs and sharing are just what the drafter entered: its lines, its participants, its rule. */
export const costedAsEntered = (_details: unknown, { action, participant, enteredRule }: KindCosting): KindCostingParts => ({
  participants: action.participants.map((p) => participant(p)),
  costLines: action.costLines,
  allocation: enteredRule,
});

export const ratio = (value: DecimalInput): Ratio => parseDecimal(value) ?? { num: 0n, den: 1n };

/** An exact product of decimals as decimal text (decimal × decimal is always a finite decimal). */
export function decimalText(value: Ratio): string {
  const digits = String(value.den).length - 1;
  const text = (value.num < 0n ? -value.num : value.num).toString().padStart(digits + 1, '0');
  const sign = value.num < 0n ? '-' : '';
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export const yearly = (label: string, years: YearRange, amountCents: number): CostLine => ({ kind: 'yearly', label, nature: 'OPERATING', years, amountCents });

/** The sharing rule of a cost the EPCI bears alone. */
export const epciPaysAll = (): AllocationRule => ({ kind: 'split', epciShare: { kind: 'percent', percent: 100 }, key: { kind: 'equal' } });

export const within = (years: YearRange, range: YearRange) => years.first >= range.first && years.last <= range.last && years.first <= years.last;

export const isNonNegativeDecimal = (value: DecimalInput) => {
  const read = parseDecimal(value);
  return read !== null && read.num >= 0n;
};

/** The words of an absent value. */
export const ABSENT = '—';
export const rate = (cents: DecimalInput) => `${typedCentsText(cents)} €`;
export const percent = (value: DecimalInput) => `${typedDecimal(value)} %`;
