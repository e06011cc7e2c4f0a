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

/** The product's sign convention, said once under every costing table. */
export const SIGN_CONVENTION =
  'Signes : un coût est positif ; une recette (« Recette », par exemple le remboursement d’une mise à disposition de services à l’intercommunalité) est précédée d’un signe moins ; une économie est positive, un surcoût négatif.';

/** A commune's receipt, with a minus (see SIGN_CONVENTION): « −480,00 € »; « — » without any
 * (costings frozen under rules version 1 carry none). */
export function formatReceipt(cents: number | undefined): string {
  return cents ? `−${formatEuros(cents)}` : '—';
}

/** A change in staff: « +1,5 ETP », « −2 ETP », « 0 ETP ». */
export function formatEtpChange(etp: number): string {
  return `${etpFormat.format(etp)} ETP`;
}

export const formatMandate = ({ first, last }: { first: number; last: number }) => `${first}–${last}`;
