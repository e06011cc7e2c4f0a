// Builders for the scheme's specs: an action as the drafter saves it, with only what a test looks at set.
import type { SchemeAction } from './action.js';

/** Moissac and Castelsarrasin, paying by invoice, with no status quo or ETP entered. */
export const twoCommunes = (etp: [string | null, string | null] = [null, null]): SchemeAction['participants'] =>
  ['82112', '82033'].map((insee, i) => ({ insee, payment: 'INVOICE', statusQuoCents: null, etpTransferred: etp[i] }));

/** An action of the two communes, with no cost line and no sharing rule entered yet. */
export function schemeAction(overrides: Partial<SchemeAction> & Pick<SchemeAction, 'kind' | 'details' | 'years'>): SchemeAction {
  return {
    id: 'a1',
    title: 'Action',
    description: '',
    theme: null,
    obligations: [],
    participants: twoCommunes(),
    statusQuo: { kind: 'ENTERED' },
    costLines: [],
    allocation: null,
    epciEtpGained: null,
    ...overrides,
  };
}
