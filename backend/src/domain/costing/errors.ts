// The one error the engine throws: impossible input, with a machine reason and a French message
// a drafter can act on. Mapped to a GraphQL BAD_USER_INPUT error at the edge.

import { AmountOutOfRange } from '../money.js';
import { ofName } from '../text.js';

export type CostingErrorReason =
  | 'INVALID_NUMBER'
  | 'NEGATIVE_AMOUNT'
  | 'INVALID_YEARS'
  | 'YEAR_OUTSIDE_MANDATE'
  | 'YEAR_OUTSIDE_ACTION'
  | 'DUPLICATE'
  | 'UNKNOWN_COMMUNE'
  | 'MISSING_FIGURE'
  | 'ZERO_WEIGHTS'
  | 'PERCENTAGES_NOT_100'
  | 'PERCENT_OVER_100'
  | 'AC_DEDUCTION_NOT_ALLOWED'
  | 'FLOOR_ABOVE_CEILING'
  | 'BOUNDS_UNREACHABLE'
  | 'FIXED_PART_OVER_COST'
  | 'INVALID_BANDS'
  | 'EMPTY_TARIFF'
  | 'AMOUNT_OUT_OF_RANGE';

export class CostingError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly reason: CostingErrorReason,
    message: string,
    /** The action at fault, so a page can point at it. */
    readonly actionId: string | null = null,
  ) {
    super(message);
    this.name = 'CostingError';
  }
}

/** Where an error arose, to word its message: the action (if any). */
export interface Scope {
  actionId: string | null;
  /** « Action « DPO mutualisé » », or « Le schéma » outside any action. */
  subject: string;
}

export const SCHEME_SCOPE: Scope = { actionId: null, subject: 'Le schéma' };

export function actionScope(action: { id: string; title: string }): Scope {
  return { actionId: action.id, subject: `Action « ${action.title} »` };
}

export function fail(scope: Scope, reason: CostingErrorReason, detail: string): never {
  throw new CostingError(reason, `${scope.subject} : ${detail}.`, scope.actionId);
}

/** An action whose amounts, or whose share of the scheme's totals, go beyond exact arithmetic. */
export function failOutOfRange(scope: Scope): never {
  fail(scope, 'AMOUNT_OUT_OF_RANGE', 'les montants dépassent ce que le calcul garde exact (90 000 milliards d’euros au total) : vérifiez les tarifs, les quantités et les chiffres des communes');
}

/** Runs an action's computation, turning an amount beyond exact arithmetic into the action's error. */
export function withinExactRange<T>(scope: Scope, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AmountOutOfRange) failOutOfRange(scope);
    throw error;
  }
}

/** « Commune de Moissac : le nombre de postes de travail est manquant pour la clé « postes »
 * (action « DSI mutualisée »). » */
export function failForCommune(scope: Scope, communeName: string, reason: CostingErrorReason, detail: string): never {
  const where = scope.actionId === null ? '' : ` (${scope.subject.charAt(0).toLowerCase()}${scope.subject.slice(1)})`;
  throw new CostingError(reason, `${communeLabel(communeName)} : ${detail}${where}.`, scope.actionId);
}

/** « Commune de Moissac », « Commune d’Anglet », « Commune du Mans ». */
const communeLabel = (name: string) => `Commune ${ofName(name)}`;
