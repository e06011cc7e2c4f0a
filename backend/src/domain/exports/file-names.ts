import { searchKey } from '../text.js';
import type { ExportSubject } from './export-subject.js';

export type ExportFormat = 'xlsx' | 'csv' | 'docx';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Lower-case words joined by hyphens, accents dropped: « CC Terres des Confluences » → « cc-terres-des-confluences ». */
export const slug = (text: string) => searchKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A name that says what the file is: `mutualis-cc-terres-des-confluences-v3-2027-03-14.xlsx`,
 * `…-projet-r12-….docx` for the draft, `…-communes-….csv` for the per-commune table, and the
 * commune's name for its own part.
 */
export function exportFileName(subject: Pick<ExportSubject, 'epci' | 'state' | 'scope' | 'content'>, format: ExportFormat, today: Date): string {
  const { state, scope } = subject;
  const which = state.kind === 'VERSION' ? `v${state.number}` : `projet-r${state.revision}`;
  const date = isoDate(state.kind === 'VERSION' ? state.frozenAt : today);
  const commune = scope.kind === 'COMMUNE' ? subject.content.communes.find((c) => c.insee === scope.insee)?.name ?? scope.insee : null;
  const parts = ['mutualis', slug(subject.epci.name), which, format === 'csv' ? 'communes' : null, commune && slug(commune), date];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

/** Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187 filename*). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]|["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
