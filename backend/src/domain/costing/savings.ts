// One sign convention for what a collectivity gains: a saving is positive, an extra cost negative,
// whether it is the whole saving or its operating or investment part. The engine states the
// operating impact as the legal statement does, a change in expenses (a rise is positive); these
// helpers turn it around so that a page or a file never shows the same gain with two signs.
import type { Cents } from '../money.js';
import type { CommuneFigures, Impact } from './types.js';

/** The saving on operating expenses: the fall in expenses, negative when they rise. */
export const operatingSavingCents = (impact: Pick<Impact, 'operatingExpenseChangeCents'>): Cents => 0 - impact.operatingExpenseChangeCents;

/**
 * A commune's saving (status quo − scheme cost + receipts) in its two parts, which add up to it:
 * operating (the fall in operating expenses, plus the receipts, which are operating revenue) and
 * investment (the status quo's investment minus the commune's share of the scheme's investment).
 */
export function savingParts(figures: Pick<CommuneFigures, 'savingCents' | 'receiptCents' | 'impact'>): { operatingCents: Cents; investmentCents: Cents } {
  const operatingCents = operatingSavingCents(figures.impact) + (figures.receiptCents ?? 0);
  return { operatingCents, investmentCents: figures.savingCents - operatingCents };
}
