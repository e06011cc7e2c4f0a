import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatInteger } from '../../../shared/format/french';
import { Notice } from '../../../shared/ui/Notice';

/** What the last save attempt came to. */
export type SaveOutcome =
  | { kind: 'saved'; communes: number }
  | { kind: 'invalid'; problems: number }
  | { kind: 'conflict'; communeNames: string[] }
  | { kind: 'reloaded' }
  | { kind: 'failed'; message: string };

interface ProfilesSaveBarProps {
  changedCommunes: number;
  busy: boolean;
  outcome: SaveOutcome | undefined;
  onSave: () => void;
  onDiscard: () => void;
  /** After a conflict: load the latest figures under the user's changes. */
  onReload: () => void;
}

const plural = (count: number, one: string, many: string) => `${formatInteger(count)} ${count > 1 ? many : one}`;

function listOfNames(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}` : names.join('');
}

function successText(outcome: SaveOutcome | undefined): string | undefined {
  if (outcome?.kind === 'saved') {
    return `Les chiffres de ${plural(outcome.communes, 'commune', 'communes')} ont été enregistrés.`;
  }
  if (outcome?.kind === 'reloaded') {
    return 'Les derniers chiffres sont chargés sous vos saisies. Vérifiez-les, puis enregistrez de nouveau.';
  }
  return undefined;
}

function errorText(outcome: SaveOutcome | undefined): string | undefined {
  switch (outcome?.kind) {
    case 'invalid':
      return `${plural(outcome.problems, 'valeur est', 'valeurs sont')} à corriger avant d'enregistrer : voyez les cellules signalées.`;
    case 'conflict': {
      const names = outcome.communeNames;
      const changed = names.length > 1 ? 'ont été modifiées' : 'a été modifiée';
      return `${listOfNames(names)} ${changed} par quelqu'un d'autre pendant votre saisie. Rien n'a été enregistré ; vos saisies sont conservées.`;
    }
    case 'failed':
      return outcome.message;
    default:
      return undefined;
  }
}

/**
 * Sticky at the bottom of the window while changes are unsaved, so that saving is always at hand
 * in a long table. Its status and alert regions stay in the page so that changes are announced.
 */
export function ProfilesSaveBar({ changedCommunes, busy, outcome, onSave, onDiscard, onReload }: ProfilesSaveBarProps) {
  const success = successText(outcome);
  const error = errorText(outcome);
  return (
    <div className={changedCommunes > 0 ? 'save-bar save-bar--active' : 'save-bar'}>
      <div role="alert">{error && <Notice type="error">{error}</Notice>}</div>
      {outcome?.kind === 'conflict' && (
        <p>
          <Button size="small" color="neutral" variant="bordered" onClick={onReload}>
            {`Charger ${outcome.communeNames.length > 1 ? 'leurs' : 'ses'} derniers chiffres en gardant mes saisies`}
          </Button>
        </p>
      )}
      <div role="status">{success && <Notice type="success">{success}</Notice>}</div>
      <div className="save-bar__actions">
        <p role="status" className="save-bar__count">
          {changedCommunes > 0 && (
            // A box of its own size: the count changing at each cell committed lays out this box
            // alone, not the page, which would lay out the communes table again.
            <span className="save-bar__count-text">{plural(changedCommunes, 'commune modifiée', 'communes modifiées')}</span>
          )}
        </p>
        {changedCommunes > 0 && (
          <>
            <Button onClick={onSave} aria-disabled={busy}>
              {busy ? 'Enregistrement…' : 'Enregistrer'}
            </Button>
            <Button color="neutral" variant="bordered" onClick={onDiscard}>
              Annuler les modifications
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
