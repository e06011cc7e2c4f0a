import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useRef, useState } from 'react';
import { apiErrorDetail, apiErrorMessage, hasApiErrorCode } from '../../../shared/graphql/errors';
import { useUnsavedChangesWarning } from '../../../shared/hooks/useUnsavedChangesWarning';
import { toProfileInput, type Epci } from '../communeProfiles';
import { useProfileDrafts, type DraftAction } from '../hooks/useProfileDrafts';
import { useSaveProfiles } from '../hooks/useSaveProfiles';
import { CommunesTable } from './CommunesTable';
import { ProfilesSaveBar, type SaveOutcome } from './ProfilesSaveBar';

interface CommuneProfilesEditorProps {
  epci: Epci;
  ownCommuneId: string | undefined;
  /** Fetches the EPCI again: the latest figures, under the user's unsaved changes. */
  reload: () => Promise<unknown>;
}

/** The communes table with its figures as inputs, saved all together (or none) from the save bar. */
export function CommuneProfilesEditor({ epci, ownCommuneId, reload }: CommuneProfilesEditorProps) {
  const metrics = epci.usageMetrics;
  const { drafts, dispatch, rows } = useProfileDrafts(epci.communes, metrics);
  const save = useSaveProfiles(epci.id);
  const modals = useModals();
  const tableRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const changedRows = rows.filter((row) => row.draft);
  useUnsavedChangesWarning(changedRows.length > 0);

  // A success message would be stale once the user edits again.
  const edit = useCallback(
    (action: DraftAction) => {
      setOutcome((current) => (current?.kind === 'saved' ? undefined : current));
      dispatch(action);
    },
    [dispatch],
  );

  async function saveChanges() {
    if (busy) return;
    const problems = changedRows.reduce((count, row) => count + (row.checked?.problems.length ?? 0), 0);
    if (problems > 0) {
      setOutcome({ kind: 'invalid', problems });
      const invalid = tableRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      // Centred in the table's box and in the window: its whole row and its message in view, clear
      // of the save bar, which grows with the alert (WCAG 2.4.11).
      invalid?.focus({ preventScroll: true });
      invalid?.scrollIntoView({ block: 'center', inline: 'nearest' });
      return;
    }
    const sent = drafts;
    setBusy(true);
    try {
      await save(changedRows.map((row) => toProfileInput(row.commune, row.draft!, metrics)));
      dispatch({ type: 'saved', sent });
      setOutcome({ kind: 'saved', communes: changedRows.length });
    } catch (error) {
      setOutcome(conflictOutcome(error) ?? { kind: 'failed', message: apiErrorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  /** Someone else saved some of these communes meanwhile: the API names them by INSEE code. */
  function conflictOutcome(error: unknown): SaveOutcome | undefined {
    const stale = hasApiErrorCode(error, 'CONFLICT') ? apiErrorDetail(error, 'communes') : undefined;
    const codes: unknown[] = Array.isArray(stale) ? stale : [];
    const communeNames = epci.communes.filter((c) => codes.includes(c.inseeCode)).map((c) => c.name);
    return communeNames.length > 0 ? { kind: 'conflict', communeNames } : undefined;
  }

  async function reloadLatest() {
    try {
      await reload();
      setOutcome({ kind: 'reloaded' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: apiErrorMessage(error) });
    }
  }

  async function discardChanges() {
    const decision = await modals.confirmationModal({
      title: 'Abandonner vos saisies ?',
      children: `Vos saisies non enregistrées (${changedRows.length > 1 ? `${changedRows.length} communes` : 'une commune'}) seront perdues.`,
      hideCloseButton: true,
    });
    if (decision !== 'yes') return;
    dispatch({ type: 'discarded' });
    setOutcome(undefined);
  }

  return (
    <>
      <p className="muted">
        Saisissez les chiffres dans les cellules. Flèches haut et bas : même colonne, ligne voisine ; Entrée : valider la
        cellule ; Échap : annuler la saisie en cours, puis revenir à la valeur enregistrée.
      </p>
      <div ref={tableRef}>
        <CommunesTable epciName={epci.name} rows={rows} metrics={metrics} ownCommuneId={ownCommuneId} onEdit={edit} />
      </div>
      <ProfilesSaveBar
        changedCommunes={changedRows.length}
        busy={busy}
        outcome={outcome}
        onSave={saveChanges}
        onDiscard={discardChanges}
        onReload={reloadLatest}
      />
    </>
  );
}
