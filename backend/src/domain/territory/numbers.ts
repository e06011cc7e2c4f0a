/**
 * Numbers as French users type them and French spreadsheets write them: "1 234,5", "1234.5",
 * "12 500" (with ordinary, non-breaking or narrow spaces). Read exactly, as decimal text, never
 * through a binary float.
 */
export type NumberReading =
  | { ok: true; value: string }
  | { ok: false; problem: string };

const SPACES = /[\s\u00a0\u202f]/g;

/** Reads a non-negative decimal with at most `maxDecimals` decimals (0: a whole number) and at most `max`. */
export function readFrenchNumber(raw: string | number, maxDecimals: number, max: number): NumberReading {
  const typed = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : 'NaN') : raw.trim();
  let text = typed.replace(SPACES, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  // With both marks, the rightmost one is the decimal separator and the other groups thousands.
  if (lastComma >= 0 && lastDot >= 0) text = lastComma > lastDot ? text.replace(/\./g, '') : text.replace(/,/g, '');
  text = text.replace(',', '.');
  if (/^-\d/.test(text)) return { ok: false, problem: `« ${typed} » : la valeur ne peut pas être négative.` };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, problem: `« ${typed} » n'est pas un nombre.` };
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > maxDecimals) {
    return {
      ok: false,
      problem: maxDecimals === 0 ? `« ${typed} » : un nombre entier est attendu.` : `« ${typed} » : au plus ${maxDecimals} décimales.`,
    };
  }
  const value = decimals ? `${whole}.${decimals}` : whole;
  if (Number(value) > max) return { ok: false, problem: `« ${typed} » : valeur trop grande (au plus ${formatFrenchNumber(String(max))}).` };
  return { ok: true, value };
}

/** "1234567.5" → "1 234 567,5" (narrow no-break space between thousands, as French typography has it). */
export function formatFrenchNumber(value: string): string {
  const [whole, decimals] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return decimals ? `${grouped},${decimals}` : grouped;
}

/** Euros as decimal text → integer cents ("1234,5" read as "1234.5" → 123450). */
export function eurosToCents(value: string): number {
  const [whole, decimals = ''] = value.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** Integer cents → euros as decimal text (123450 → "1234.5"). */
export function centsToEuros(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0').replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

/** Cents as decimal text → euros as a French user types them: "37.5" → « 0,375 », "25000" → « 250,00 ». */
export function typedCentsText(cents: string | number): string {
  const [whole, decimals = ''] = String(cents).split('.');
  const padded = whole.padStart(3, '0');
  const euros = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  return formatFrenchNumber(`${euros}.${padded.slice(-2)}${decimals}`);
}

/** A decimal stored as "2.5" → « 2,5 » (or '' for nothing). */
export function typedDecimal(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : formatFrenchNumber(String(value));
}
