import { formatEuros } from '@mutualis/domain/costing/explain';

export { formatEuros };

// Built once: tables format hundreds of cells.
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const etpFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** « 12 mars 2026 à 14:05 », Paris time whatever the browser's zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A change in cents with its sign: « +1 234,00 € », « −12,00 € », « 0,00 € ». */
export function formatEurosChange(cents: number): string {
  if (cents === 0) return formatEuros(0);
  return cents > 0 ? `+${formatEuros(cents)}` : `−${formatEuros(-cents)}`;
}

/** A change in staff: « +1,5 ETP », « −2 ETP », « 0 ETP ». */
export function formatEtpChange(etp: number): string {
  return `${etpFormat.format(etp)} ETP`;
}

export const formatMandate = ({ first, last }: { first: number; last: number }) => `${first}–${last}`;
