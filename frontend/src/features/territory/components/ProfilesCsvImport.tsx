import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useId, useState, type ChangeEvent } from 'react';
import { readTextFile } from '../../../shared/files/textFiles';
import { TextAreaField } from '../../../shared/forms/fields';
import { formatInteger } from '../../../shared/format/french';
import { apiErrorMessage, hasApiErrorCode } from '../../../shared/graphql/errors';
import { Notice } from '../../../shared/ui/Notice';
import { useProfilesCsv, type ProfilesImportPreview as Preview } from '../hooks/useProfilesCsv';
import { previewSummary, ProfilesImportPreview } from './ProfilesImportPreview';

interface ProfilesCsvImportProps {
  epciId: string;
  /** Said once the import is applied. */
  onImported: (message: string) => void;
}

/** Choose or paste a file, see what it would change, then apply exactly that. */
export function ProfilesCsvImport({ epciId, onImported }: ProfilesCsvImportProps) {
  const csvFiles = useProfilesCsv(epciId);
  const ids = useId();
  const [pasted, setPasted] = useState('');
  /** `source`: the file's name, or the pasted text. */
  const [previewed, setPreviewed] = useState<{ csv: string; source: string; preview: Preview }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; outOfDate: boolean }>();

  async function showPreview(csv: string, source: string) {
    setBusy(true);
    setFailure(undefined);
    setPreviewed(undefined);
    try {
      const preview = await csvFiles.preview(csv);
      if (preview) setPreviewed({ csv, source, preview });
    } catch (error) {
      setFailure({ message: apiErrorMessage(error), outOfDate: false });
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    // Emptied so that choosing the same file again, once corrected, reads it again.
    input.value = '';
    await showPreview(await readTextFile(file), `« ${file.name} »`);
  }

  async function apply() {
    if (!previewed || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const changed = await csvFiles.apply(previewed.csv, previewed.preview.digest);
      onImported(`Import terminé : les chiffres de ${formatInteger(changed)} commune${changed > 1 ? 's' : ''} ont été mis à jour.`);
    } catch (error) {
      setFailure({ message: apiErrorMessage(error), outOfDate: hasApiErrorCode(error, 'CONFLICT') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="csv-import">
      <div className="form-field">
        <label className="field-label" htmlFor={`${ids}-file`}>
          Fichier CSV à importer
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${ids}-hint`}
          onChange={chooseFile}
        />
        <p id={`${ids}-hint`} className="field-hint">
          Comme l'export : point-virgule entre les colonnes, virgule décimale, une ligne par commune repérée par son code
          INSEE. Une colonne absente ne change rien ; une cellule vide efface la valeur.
        </p>
      </div>
      <TextAreaField
        id={`${ids}-pasted`}
        name="pasted"
        label="Ou collez son contenu (depuis un tableur par exemple)"
        value={pasted}
        rows={4}
        onChange={(event) => setPasted(event.target.value)}
      />
      <Button color="neutral" variant="bordered" onClick={() => pasted.trim() && !busy && showPreview(pasted, 'Le texte collé')}
        aria-disabled={busy || !pasted.trim()}>
        Voir l'aperçu du texte collé
      </Button>
      <div role="status">
        {busy ? 'Lecture en cours…' : previewed ? previewSummary(previewed.source, previewed.preview) : ''}
      </div>
      <div role="alert">
        {failure && (
          <Notice type="error">
            {failure.message}
            {failure.outOfDate && (
              <>
                {' '}
                <Button
                  size="small"
                  color="neutral"
                  variant="bordered"
                  onClick={() => showPreview(previewed!.csv, previewed!.source)}
                >
                  Relancer l'aperçu
                </Button>
              </>
            )}
          </Notice>
        )}
      </div>
      {previewed && (
        <ProfilesImportPreview
          preview={previewed.preview}
          busy={busy}
          onApply={apply}
          onCancel={() => setPreviewed(undefined)}
        />
      )}
    </div>
  );
}
