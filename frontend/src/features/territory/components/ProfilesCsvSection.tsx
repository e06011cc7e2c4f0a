import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { downloadTextFile } from '../../../shared/files/textFiles';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { useProfilesCsv } from '../hooks/useProfilesCsv';
import { ProfilesCsvImport } from './ProfilesCsvImport';

interface ProfilesCsvSectionProps {
  epci: { id: string; siren: string };
  canImport: boolean;
}

/** The figures as a spreadsheet file, to fill in elsewhere and bring back. */
export function ProfilesCsvSection({ epci, canImport }: ProfilesCsvSectionProps) {
  const csvFiles = useProfilesCsv(epci.id);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();

  async function exportCsv() {
    setFailure(undefined);
    try {
      downloadTextFile(`profils-communes-${epci.siren}.csv`, await csvFiles.exportCsv(), 'text/csv;charset=utf-8');
    } catch (error) {
      setFailure(apiErrorMessage(error));
    }
  }

  function imported(message: string) {
    setImporting(false);
    setDone(message);
  }

  return (
    <section aria-labelledby="csv-title">
      <h2 id="csv-title">Échange avec un tableur (CSV)</h2>
      <p>
        Le fichier s'ouvre dans un tableur (point-virgule, virgule décimale) : une ligne par commune, une colonne par
        chiffre.
      </p>
      {failure && <Notice type="error">{failure}</Notice>}
      <SuccessMessage>{done}</SuccessMessage>
      <div className="row-actions">
        <Button color="neutral" variant="bordered" onClick={exportCsv}>
          Exporter (CSV)
        </Button>
        {canImport && (
          <Button
            color="neutral"
            variant="bordered"
            aria-expanded={importing}
            onClick={() => {
              setImporting(!importing);
              setDone(undefined);
            }}
          >
            Importer un fichier CSV
          </Button>
        )}
      </div>
      {importing && <ProfilesCsvImport epciId={epci.id} onImported={imported} />}
    </section>
  );
}
