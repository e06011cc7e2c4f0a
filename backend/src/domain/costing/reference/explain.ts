// French formatting of figures for the explanations shown to mayors: « 1 234,50 € », « 12,5 % ».
import { divideHalfUp, type Cents, type Ratio } from './exact.js';

/** French typography: narrow no-break space between thousands, no-break space before a unit. */
const THOUSANDS_SEPARATOR = '\u202f';
const UNIT_SPACE = '\u00a0';

function formatInteger(value: bigint | number): string {
  return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
}

function groupThousands(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += THOUSANDS_SEPARATOR + digits.slice(i, i + 3);
  return grouped;
}

/** « 25 000,00 € » */
export function formatEuros(cents: Cents | bigint): string {
  return `${formatFixed(cents, 2, 2)}${UNIT_SPACE}€`;
}

/** A rate in cents, shown in euros with every significant decimal: « 1,10 € », « 0,375 € ». */
export function formatRate(rateCents: Ratio): string {
  return `${formatDecimal({ num: rateCents.num, den: rateCents.den * 100n }, 2, 6)}${UNIT_SPACE}€`;
}

/** « 2,5 », « 1 234 »: at least `minDecimals`, at most `maxDecimals` (rounded half-up). */
export function formatDecimal(value: Ratio, minDecimals = 0, maxDecimals = 2): string {
  if (value.den === 1n && minDecimals === 0) return formatInteger(value.num);
  return formatFixed(divideHalfUp(value.num * 10n ** BigInt(maxDecimals), value.den), minDecimals, maxDecimals);
}

/** part / whole (0 ≤ part ≤ whole) as a percentage with at most two decimals: « 12,35 % ». */
export function formatShare(part: bigint, whole: bigint): string {
  return `${formatFixed(divideHalfUp(part * 10_000n, whole), 0, 2)}${UNIT_SPACE}%`;
}

/** « 33,33 % » */
export function formatPercent(percent: Ratio): string {
  return `${formatDecimal(percent)}${UNIT_SPACE}%`;
}

/** Formats an integer holding `decimals` implied decimals, keeping at least `minDecimals`. */
function formatFixed(scaled: bigint | number, minDecimals: number, decimals: number): string {
  const negative = scaled < 0;
  const digits = String(negative ? -scaled : scaled).padStart(decimals + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  let fraction = digits.slice(digits.length - decimals);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const text = fraction ? `${whole},${fraction}` : whole;
  return negative ? `-${text}` : text;
}
