import { Button, useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SchemeSummaryFieldsFragment } from '../../../../gql/graphql';
import { apiErrorMessage } from '../../../../shared/graphql/errors';
import { conflictOf } from '../../apiErrors';
import { Loading } from '../../../../shared/ui/Loading';
import { Notice, SuccessMessage } from '../../../../shared/ui/Notice';
import { QueryFailure } from '../../../../shared/ui/QueryFailure';
import { useSchemeListActions, useSchemes } from '../../hooks/useSchemes';
import { ArchivedSchemes } from './ArchivedSchemes';
import { DuplicateSchemeDialog } from './DuplicateSchemeDialog';
import { DEFAULT_MANDATE, SchemeDetailsDialog } from './SchemeDetailsDialog';
import { SchemesTable } from './SchemesTable';

type SchemeRow = SchemeSummaryFieldsFragment;

interface SchemesManagerProps {
  epciId: string;
  epciName: string;
  canEdit: boolean;
}

/** The EPCI's draft schemes: open one, start one, copy one to explore a variant, archive one, bring an archived one back. */
export function SchemesManager({ epciId, epciName, canEdit }: SchemesManagerProps) {
  const { schemes, error, refetch } = useSchemes(epciId);
  const actions = useSchemeListActions(epciId);
  const modals = useModals();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [duplicating, setDuplicating] = useState<SchemeRow>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const archive = useCallback(
    async (scheme: SchemeRow) => {
      const decision = await modals.confirmationModal({
        title: 'Archiver ce schéma ?',
        children: `« ${scheme.title} » quittera la liste des schémas en préparation. Rien n’est effacé : il reste dans le journal d’audit.`,
        hideCloseButton: true,
      });
      if (decision !== 'yes') return;
      setDone(undefined);
      setFailure(undefined);
      try {
        await actions.archive(scheme.id, scheme.revision);
        setDone(`Le schéma « ${scheme.title} » a été archivé.`);
      } catch (problem) {
        setFailure(apiErrorMessage(problem));
        // Someone changed it meanwhile: show its latest revision, from which a retry can succeed.
        if (conflictOf(problem)) await refetch();
      }
    },
    [actions, modals, refetch],
  );

  const unarchive = useCallback(
    async (scheme: { id: string; title: string; revision: number }) => {
      setDone(undefined);
      setFailure(undefined);
      try {
        await actions.unarchive(scheme.id, scheme.revision);
        setDone(`Le schéma « ${scheme.title} » est de nouveau dans la liste.`);
      } catch (problem) {
        setFailure(apiErrorMessage(problem));
      }
    },
    [actions],
  );

  const startDuplicate = useCallback((scheme: SchemeRow) => setDuplicating(scheme), []);

  if (error) return <QueryFailure error={error} />;
  return (
    <>
      {canEdit && (
        <p>
          <Button onClick={() => setCreating(true)}>Nouveau schéma</Button>
        </p>
      )}
      <SuccessMessage>{done}</SuccessMessage>
      {failure && <Notice type="error">{failure}</Notice>}
      {!schemes ? (
        <Loading />
      ) : schemes.length === 0 ? (
        <p>Aucun schéma en préparation pour l’instant.{canEdit ? ' Commencez par en créer un.' : ''}</p>
      ) : (
        <SchemesTable epciName={epciName} schemes={schemes} canEdit={canEdit} onDuplicate={startDuplicate} onArchive={archive} />
      )}
      <ArchivedSchemes epciId={epciId} canEdit={canEdit} onUnarchive={unarchive} />
      {creating && (
        <SchemeDetailsDialog
          title="Nouveau schéma de mutualisation"
          submitLabel="Créer le schéma"
          initial={{ title: '', description: '', mandate: DEFAULT_MANDATE }}
          onSubmit={async (details) => {
            const created = await actions.create(details);
            navigate(created.id);
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {duplicating && (
        <DuplicateSchemeDialog
          sourceTitle={duplicating.title}
          onDuplicate={async (title) => {
            setDone(undefined);
            await actions.duplicate(duplicating.id, title);
            setDone(`La copie « ${title} » a été créée.`);
          }}
          onClose={() => setDuplicating(undefined)}
        />
      )}
    </>
  );
}
