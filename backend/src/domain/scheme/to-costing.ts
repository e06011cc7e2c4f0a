/**
 * From the scheme as drafted to what the costing engine reads: each kind of action sets its own
 * cost lines and sharing rule where the law or practice fixes them (D5211-16 reimbursement, a
 * group purchase's prices, an OPSN's fees), and the status quo is derived by its rule.
 */
import { computeCosting } from '../costing/engine.js';
import { CostingError, actionScope, failForCommune, withinExactRange } from '../costing/errors.js';
import { formatDecimal } from '../costing/explain.js';
import type { Action, CommuneProfile, CostingResult, Participant, TaxRegime, YearRange } from '../costing/types.js';
import { add, mul, roundHalfUp, type Ratio } from '../money.js';
import type { SchemeAction } from './action.js';
import { rulesOf } from './kinds/index.js';
import { decimalText, ratio } from './kinds/kind-rules.js';

/**
 * The costing rules a costing follows; a version records it, so that a version frozen under older
 * rules still reads as it did. 1: a shared asset's acquisition charged at once, a group purchase
 * every year of the action, no receipts. 2: depreciation, one-off or contract-long group
 * purchases, receipts of ascending provisions, ETP derived and checked.
 */
export const COSTING_RULES_VERSION = 2;

export interface SchemeContext {
  mandate: YearRange;
  taxRegime: TaxRegime;
  /** Every member commune with its figures. */
  communes: CommuneProfile[];
}

/** A problem that keeps one action out of the costing until the drafter or the figures fix it;
 * as a warning, something that does not add up but does not stop the costing. */
export interface ActionProblem {
  actionId: string;
  reason: string;
  message: string;
}

/** What each participant pays today by the action's status-quo rule, in cents a year. */
function statusQuoOf(action: SchemeAction, participant: SchemeAction['participants'][number], commune: CommuneProfile): number | null {
  const rule = action.statusQuo;
  const scope = actionScope(action);
  switch (rule.kind) {
    case 'ENTERED':
      return participant.statusQuoCents;
    case 'FLAT':
      return rule.amountCents;
    case 'PER_INHABITANT': {
      const inhabitants = commune.population[rule.population];
      if (inhabitants === undefined) failForCommune(scope, commune.name, 'MISSING_FIGURE', 'la population DGF est manquante pour calculer la situation actuelle');
      return roundHalfUp(mul(ratio(rule.rateCents), { num: BigInt(inhabitants), den: 1n }));
    }
    case 'METRIC': {
      const value = commune.usage?.[rule.metric];
      if (value === undefined) failForCommune(scope, commune.name, 'MISSING_FIGURE', `la métrique « ${rule.metric} » est manquante pour calculer la situation actuelle`);
      return roundHalfUp(mul(ratio(rule.unitPriceCents), ratio(value)));
    }
  }
}

/** The engine's view of one action. Throws CostingError when a figure it needs is missing. */
export function toCostingAction(action: SchemeAction, communes: ReadonlyMap<string, CommuneProfile>): Action {
  const members = action.participants.map((p) => communes.get(p.insee)).filter((c): c is CommuneProfile => c !== undefined);
  const participant = (p: SchemeAction['participants'][number], extra: Partial<Participant> = {}): Participant => {
    const commune = communes.get(p.insee);
    const statusQuo = commune ? statusQuoOf(action, p, commune) : null;
    return {
      insee: p.insee,
      payment: p.payment,
      ...(statusQuo !== null ? { statusQuo: { operatingCents: statusQuo } } : {}),
      ...(p.etpTransferred !== null ? { etpTransferred: p.etpTransferred } : {}),
      ...extra,
    };
  };
  const transferred = transferredEtp(action);
  // The ETP the communes transfer go to the EPCI unless the drafter says otherwise.
  const epciEtpGained = action.epciEtpGained ?? (transferred.num > 0n ? decimalText(transferred) : null);
  const base = {
    id: action.id,
    title: action.title,
    kind: action.kind,
    years: action.years,
    ...(epciEtpGained !== null ? { epciEtpGained } : {}),
  };
  const enteredRule = action.allocation ?? { kind: 'split' as const, key: { kind: 'equal' as const } };
  return { ...base, ...rulesOf(action.details).toCosting(action.details, { action, members, participant, enteredRule }) };
}

const transferredEtp = (action: SchemeAction): Ratio =>
  action.participants.reduce((sum, p) => (p.etpTransferred === null ? sum : add(sum, ratio(p.etpTransferred))), { num: 0n, den: 1n });

/** When the ETP the EPCI gains are typed and differ from those the communes transfer, says so:
 * the impact statement must add up, although the EPCI may also recruit. */
export function etpWarning(action: SchemeAction): ActionProblem | null {
  if (action.epciEtpGained === null) return null;
  const transferred = transferredEtp(action);
  const gained = ratio(action.epciEtpGained);
  if (transferred.num === 0n || transferred.num * gained.den === gained.num * transferred.den) return null;
  return {
    actionId: action.id,
    reason: 'ETP_MISMATCH',
    message: `Les communes transfèrent ${formatDecimal(transferred)} ETP mais l’intercommunalité en reçoit ${formatDecimal(gained)}.`,
  };
}

/**
 * Costs a draft: every action that can be costed is; an action held up by a missing figure or an
 * impossible rule is left out and reported, so the rest of the scheme still shows. Warnings are
 * about actions costed all the same.
 */
export function costScheme(
  context: SchemeContext,
  actions: readonly SchemeAction[],
): { result: CostingResult; problems: ActionProblem[]; warnings: ActionProblem[] } {
  const warnings = actions.flatMap((action) => etpWarning(action) ?? []);
  const communes = new Map(context.communes.map((c) => [c.insee, c]));
  const problems: ActionProblem[] = [];
  const report = (error: unknown, actionId: string) => {
    if (!(error instanceof CostingError)) throw error;
    problems.push({ actionId: error.actionId ?? actionId, reason: error.reason, message: error.message });
  };
  let costable: Action[] = actions.flatMap((action) => {
    try {
      return [withinExactRange(actionScope(action), () => toCostingAction(action, communes))];
    } catch (error) {
      report(error, action.id);
      return [];
    }
  });
  for (;;) {
    try {
      return { result: computeCosting({ mandate: context.mandate, taxRegime: context.taxRegime, communes: context.communes, actions: costable }), problems, warnings };
    } catch (error) {
      const failed = error instanceof CostingError ? error.actionId : null;
      if (failed === null || !costable.some((a) => a.id === failed)) throw error;
      report(error, failed);
      costable = costable.filter((a) => a.id !== failed);
    }
  }
}
