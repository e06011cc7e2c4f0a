/**
 * Calendar dates as the law counts them: whole days in Paris, written "YYYY-MM-DD". Arithmetic runs
 * on UTC midnights, where every day has 24 hours, so daylight-saving changes never shift a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const utc = (date: IsoDate): number => {
  const [, y, m, d] = ISO_DATE.exec(date)!;
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
};
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** Whether the text is a real calendar date written YYYY-MM-DD (no 31 April, no 29 February 2027). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number(match[1]) >= 1900 && fromUtc(ms) === text;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Paris at an instant: what "today" means for a French council. */
export const parisDate = (instant: Date): IsoDate => PARIS_DAY.format(instant);

export const addDays = (date: IsoDate, days: number): IsoDate => fromUtc(utc(date) + days * DAY_MS);

/** Whole days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((utc(to) - utc(from)) / DAY_MS);

/**
 * The same day `months` calendar months later or, when that month is shorter, its last day
 * (30 November + 3 months = 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [, y, m, d] = ISO_DATE.exec(date)!;
  const monthIndex = Number(y) * 12 + Number(m) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(Number(d), lastDay)));
}

const FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** « 14 mars 2027 », « 1er mars 2027 »: how a date reads in a French sentence. */
export function formatFrenchDate(date: IsoDate): string {
  const text = FRENCH_DAY.format(new Date(utc(date)));
  return text.startsWith('1 ') ? `1er ${text.slice(2)}` : text;
}
