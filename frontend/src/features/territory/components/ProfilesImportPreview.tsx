import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatInteger } from '../../../shared/format/french';
import { Notice } from '../../../shared/ui/Notice';
import type { ProfilesImportPreview as Preview } from '../hooks/useProfilesCsv';

type Change = Preview['changes'][number];

/** The changes commune by commune, in file order. */
function byCommune(changes: readonly Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.inseeCode, [...(groups.get(change.inseeCode) ?? []), change]);
  return [...groups.values()];
}

const shown = (value: string) => value || '(vide)';

const plural = (count: number, word: string) => `${formatInteger(count)} ${word}${count > 1 ? 's' : ''}`;

/** One sentence for the live region: what the file would do. `source`: « fichier.csv » or « Le texte collé ». */
export function previewSummary(source: string, preview: Preview): string {
  if (preview.problems.length > 0) {
    return `${source} est refusé : ${plural(preview.problems.length, 'problème')} à corriger ; rien n'a été importé.`;
  }
  const read = `${source} : ${plural(preview.rowsRead, 'ligne')} lue${preview.rowsRead > 1 ? 's' : ''}`;
  if (preview.communesChanged === 0) return `${read}, aucun chiffre ne changerait.`;
  return `${read}, l'import changerait les chiffres de ${plural(preview.communesChanged, 'commune')}.`;
}

interface ProfilesImportPreviewProps {
  preview: Preview;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}

export function ProfilesImportPreview({ preview, busy, onApply, onCancel }: ProfilesImportPreviewProps) {
  if (preview.problems.length > 0) {
    return (
      <Notice type="error">
        <ul className="import-problems">
          {preview.problems.map((problem) => (
            <li key={`${problem.line}-${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  return (
    <div className="import-preview">
      {preview.changes.length > 0 && (
        <ul className="import-changes" aria-label="Modifications prévues, par commune">
          {byCommune(preview.changes).map((changes) => (
            <li key={changes[0].inseeCode}>
              <strong>
                {changes[0].communeName} ({changes[0].inseeCode})
              </strong>
              <ul>
                {changes.map((change) => (
                  <li key={change.field}>
                    {change.fieldLabel} : {shown(change.before)} <span aria-hidden="true">→</span>
                    <span className="visually-hidden">devient</span> {shown(change.after)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        {preview.changes.length > 0 && (
          <Button onClick={onApply} aria-disabled={busy}>
            {busy ? 'Import en cours…' : 'Appliquer ces modifications'}
          </Button>
        )}
        <Button color="neutral" variant="bordered" onClick={onCancel}>
          {preview.changes.length > 0 ? 'Annuler' : 'Fermer'}
        </Button>
      </div>
    </div>
  );
}
