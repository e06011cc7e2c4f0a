/** The office files of a draft or a version, whole or one commune's part (served by the backend's exports module). */
export type ExportSource = 'DRAFT' | 'VERSION';
export type ExportFormat = 'xlsx' | 'csv' | 'docx';

export function exportUrl(source: ExportSource, id: string, format: ExportFormat, insee?: string): string {
  const path = `/exports/${source === 'DRAFT' ? 'schemes' : 'versions'}/${encodeURIComponent(id)}/${format}`;
  return insee ? `${path}?commune=${encodeURIComponent(insee)}` : path;
}

/** The file name the server gives (RFC 6266: the UTF-8 `filename*` first, then `filename`). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (encoded) return decodeURIComponent(encoded[1]);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}
