import './exports.css';
import { Button, Loader } from '@gouvfr-lasuite/cunningham-react';
import { Notice } from '../../../shared/ui/Notice';
import { useDownload } from '../hooks/useDownload';
import { exportUrl, type ExportFormat, type ExportSource } from '../paths';

interface ExportDownloadsProps {
  source: ExportSource;
  id: string;
  /** One commune's part only (the fiche commune). */
  insee?: string;
}

const FILES: { format: ExportFormat; label: string; preparing: string }[] = [
  { format: 'xlsx', label: 'Classeur de répartition (.xlsx)', preparing: 'Préparation du classeur' },
  { format: 'docx', label: 'Rapport (.docx)', preparing: 'Préparation du rapport' },
  { format: 'csv', label: 'Tableau par commune (.csv)', preparing: 'Préparation du tableau' },
];

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} Ko`;

/** Downloads of the office files, with what is under way said aloud while a large file is generated. */
export function ExportDownloads({ source, id, insee }: ExportDownloadsProps) {
  const { state, download } = useDownload();
  const files = insee ? FILES.filter((f) => f.format !== 'csv') : FILES;
  return (
    <div className="exports no-print">
      <div className="row-actions" role="group" aria-label="Télécharger">
        {files.map((file) => (
          <Button
            key={file.format}
            size="small"
            variant="bordered"
            color="neutral"
            disabled={state.kind === 'RUNNING'}
            onClick={() => download(exportUrl(source, id, file.format, insee), file.preparing, `mutualis.${file.format}`)}
          >
            {file.label}
          </Button>
        ))}
      </div>
      <p role="status" className="exports__status">
        {state.kind === 'RUNNING' && (
          <>
            <span aria-hidden="true">
              <Loader size="small" />
            </span>{' '}
            {state.label}…{' '}
            {state.received > 0 && (state.total ? `${Math.round((state.received / state.total) * 100)} %` : `${kilobytes(state.received)} reçus`)}
          </>
        )}
      </p>
      {state.kind === 'FAILED' && <Notice type="error">{state.message}</Notice>}
    </div>
  );
}
