/**
 * Figures as drafters type them (« 1 234,56 », « 1,10 », « 2,5 ») and as the domain stores them
 * (integer cents, cents as decimal text, decimals as dot-separated text) — exactly, never through
 * a binary float.
 */
import { readEurosAsCents } from '@mutualis/domain/opsn/opsn';
import { eurosToCents, readFrenchNumber, typedCentsText } from '@mutualis/domain/territory/numbers';

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

const MAX_EUROS = 1_000_000_000;

/** « 10 000,00 » → 1 000 000 cents; at most two decimals. */
export function readEuros(typed: string): Reading<number> {
  const reading = readFrenchNumber(typed, 2, MAX_EUROS);
  return reading.ok ? { ok: true, value: eurosToCents(reading.value) } : reading;
}

/** A rate in euros that may go below the cent (« 0,375 » per inhabitant) → cents as decimal text. */
export function readEuroRate(typed: string): Reading<string> {
  const reading = readEurosAsCents(typed);
  return reading.ok ? { ok: true, value: reading.cents } : reading;
}

/** A decimal figure (ETP, percentage, quantity) → dot-separated decimal text. */
export function readDecimalFigure(typed: string, maxDecimals: number, max: number): Reading<string> {
  const reading = readFrenchNumber(typed, maxDecimals, max);
  return reading.ok ? { ok: true, value: reading.value } : reading;
}

/** A whole number such as a count of years. */
export function readWhole(typed: string, max: number): Reading<number> {
  const reading = readFrenchNumber(typed, 0, max);
  return reading.ok ? { ok: true, value: Number(reading.value) } : reading;
}

/** 123 450 cents → « 1 234,50 », ready to be edited again. */
export function typedEuros(cents: number): string {
  return typedCentsText(String(cents));
}
