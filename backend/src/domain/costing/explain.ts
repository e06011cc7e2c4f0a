// French formatting of figures for the explanations shown to mayors: « 1 234,50 € », « 12,5 % ».
import { divideHalfUp, divideHalfUpNumber, type Cents, type Ratio } from '../money.js';

/** French typography: narrow no-break space between thousands, no-break space before a unit. */
const THOUSANDS_SEPARATOR = '\u202f';
const UNIT_SPACE = '\u00a0';

// Formatting runs for every share of every year: safe integers are formatted arithmetically, with
// these small tables, rather than through intermediate digit strings.
/** « 000 » … « 999 », a group of thousands after the first. */
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
/** « ,00 € » … « ,99 € », the end of an amount in euros. */
const CENTS_AND_UNIT = Array.from({ length: 100 }, (_, n) => `,${String(n).padStart(2, '0')}${UNIT_SPACE}€`);
/** « » … « ,99 »: the end of a figure with at most two decimals, trailing zeros dropped. */
const TWO_DECIMALS = Array.from({ length: 100 }, (_, n) => (n === 0 ? '' : `,${String(n).padStart(2, '0').replace(/0$/, '')}`));
/** The same, with the unit of a percentage. */
const TWO_DECIMALS_AND_PERCENT = TWO_DECIMALS.map((decimals) => `${decimals}${UNIT_SPACE}%`);
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) => 10 ** n);
const BIG_POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) => 10n ** BigInt(n));
/** Below this, the formatting can multiply by 10^6 and divide in doubles exactly. */
const SMALL = 2 ** 30;

function formatInteger(value: bigint | number): string {
  if (typeof value === 'number' ? Number.isSafeInteger(value) : value <= MAX_SAFE && value >= -MAX_SAFE) {
    const n = Number(value);
    return n < 0 ? `-${groupNumber(-n)}` : groupNumber(n);
  }
  return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A safe integer ≥ 0 with its thousands grouped. */
function groupNumber(n: number): string {
  if (n < 1000) return String(n);
  const high = Math.floor(n / 1000);
  return groupNumber(high) + THOUSANDS_SEPARATOR + THREE_DIGITS[n - high * 1000];
}

function groupThousands(digits: string): string {
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += THOUSANDS_SEPARATOR + digits.slice(i, i + 3);
  return grouped;
}

/** « 25 000,00 € » */
export function formatEuros(cents: Cents | bigint): string {
  if (typeof cents === 'number' && Number.isSafeInteger(cents)) {
    const magnitude = cents < 0 ? -cents : cents;
    const euros = Math.floor(magnitude / 100);
    const text = groupNumber(euros) + CENTS_AND_UNIT[magnitude - euros * 100];
    return cents < 0 ? `-${text}` : text;
  }
  return `${formatFixed(cents, 2, 2)}${UNIT_SPACE}€`;
}

/** A rate in cents, shown in euros with every significant decimal: « 1,10 € », « 0,375 € ». */
export function formatRate(rateCents: Ratio): string {
  return `${formatDecimal({ num: rateCents.num, den: rateCents.den * 100n }, 2, 6)}${UNIT_SPACE}€`;
}

/** « 2,5 », « 1 234 »: at least `minDecimals`, at most `maxDecimals` (rounded half-up). */
export function formatDecimal(value: Ratio, minDecimals = 0, maxDecimals = 2): string {
  const { num, den } = value;
  if (den === 1n && minDecimals === 0) return formatInteger(num);
  if (maxDecimals <= 6 && num >= 0n && num < SMALL_BIG && den < SMALL_BIG) {
    if (minDecimals === 0 && maxDecimals === 2) return hundredthsText(divideHalfUpNumber(Number(num) * 100, Number(den)), TWO_DECIMALS);
    return formatFixed(divideHalfUpNumber(Number(num) * POWERS_OF_TEN[maxDecimals], Number(den)), minDecimals, maxDecimals);
  }
  return formatFixed(divideHalfUp(num * (BIG_POWERS_OF_TEN[maxDecimals] ?? 10n ** BigInt(maxDecimals)), den), minDecimals, maxDecimals);
}

const SMALL_BIG = BigInt(SMALL);

/** part / whole (0 ≤ part ≤ whole) as a percentage with at most two decimals: « 12,35 % ».
 * Nothing of nothing (whole = 0) is « 0 % ». */
export function formatShare(part: bigint | number, whole: bigint | number): string {
  if (whole === 0 || whole === 0n) return `0${UNIT_SPACE}%`;
  // Hundredths of a percent, half-up; in doubles when exact there (the common case, and hot).
  if (whole < SHARE_IN_DOUBLES) return hundredthsText(divideHalfUpNumber(Number(part) * 10_000, Number(whole)), TWO_DECIMALS_AND_PERCENT);
  return `${formatFixed(divideHalfUp(BigInt(part) * 10_000n, BigInt(whole)), 0, 2)}${UNIT_SPACE}%`;
}

/** formatFixed(hundredths, 0, 2) for a safe integer ≥ 0, followed by what `ends` adds. */
function hundredthsText(hundredths: number, ends: readonly string[]): string {
  const whole = Math.floor(hundredths / 100);
  return groupNumber(whole) + ends[hundredths - whole * 100];
}

const SHARE_IN_DOUBLES = 2 ** 38;

/** « 33,33 % » */
export function formatPercent(percent: Ratio): string {
  return `${formatDecimal(percent)}${UNIT_SPACE}%`;
}

/** Formats an integer holding `decimals` implied decimals, keeping at least `minDecimals`. */
function formatFixed(scaled: bigint | number, minDecimals: number, decimals: number): string {
  if (typeof scaled === 'number' && Number.isSafeInteger(scaled) && decimals < POWERS_OF_TEN.length) {
    const magnitude = scaled < 0 ? -scaled : scaled;
    const unit = POWERS_OF_TEN[decimals];
    const whole = Math.floor(magnitude / unit);
    let fraction = magnitude - whole * unit;
    let digits = decimals;
    while (digits > minDecimals && fraction % 10 === 0) {
      fraction /= 10;
      digits--;
    }
    const text = digits > 0 ? `${groupNumber(whole)},${digits === 3 ? THREE_DIGITS[fraction] : String(fraction).padStart(digits, '0')}` : groupNumber(whole);
    return scaled < 0 ? `-${text}` : text;
  }
  const negative = scaled < 0;
  const digits = String(negative ? -scaled : scaled).padStart(decimals + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  let fraction = digits.slice(digits.length - decimals);
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const text = fraction ? `${whole},${fraction}` : whole;
  return negative ? `-${text}` : text;
}
