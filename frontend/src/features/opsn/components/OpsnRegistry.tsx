import { Button, useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useState } from 'react';
import { apiErrorMessage, hasApiErrorCode } from '../../../shared/graphql/errors';
import { Loading } from '../../../shared/ui/Loading';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useOpsnActions, useOpsnRegistry, useOpsnSuggestions } from '../hooks/useOpsnRegistry';
import type { Opsn } from '../opsnForm';
import { OpsnDialog } from './OpsnDialog';
import { OpsnTable } from './OpsnTable';

interface OpsnRegistryProps {
  epciId: string;
  epciName: string;
  editable: boolean;
}

/** The OPSN the EPCI's territory works with, their services and published fees. */
export function OpsnRegistry({ epciId, epciName, editable }: OpsnRegistryProps) {
  const { opsns, error, reload } = useOpsnRegistry(epciId);
  const suggestions = useOpsnSuggestions();
  const actions = useOpsnActions(epciId);
  const modals = useModals();
  // `opsn` absent: a new entry.
  const [editing, setEditing] = useState<{ opsn?: Opsn }>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const edit = useCallback((opsn: Opsn) => setEditing({ opsn }), []);
  const remove = useCallback(
    async (opsn: Opsn) => {
      const decision = await modals.deleteConfirmationModal({
        title: `Retirer « ${opsn.name} » du registre ?`,
        children: 'Ses services et ses tarifs seront retirés aussi (le journal des modifications les garde).',
        hideCloseButton: true,
      });
      if (decision !== 'delete') return;
      setFailure(undefined);
      try {
        await actions.remove(opsn.id, opsn.revision);
        setDone(`« ${opsn.name} » a été retiré du registre.`);
      } catch (failed) {
        setFailure(apiErrorMessage(failed));
        if (hasApiErrorCode(failed, 'CONFLICT')) await reload();
      }
    },
    [actions, modals, reload],
  );

  if (error) return <QueryFailure error={error} />;
  return (
    <>
      {failure && <Notice type="error">{failure}</Notice>}
      <SuccessMessage>{done}</SuccessMessage>
      {editable && (
        <p>
          <Button onClick={() => setEditing({})}>Ajouter un OPSN</Button>
        </p>
      )}
      {!opsns ? (
        <Loading />
      ) : opsns.length === 0 ? (
        <p>Le registre ne compte encore aucun OPSN.</p>
      ) : (
        <OpsnTable
          epciName={epciName}
          opsns={opsns}
          onEdit={editable ? edit : undefined}
          onRemove={editable ? remove : undefined}
        />
      )}
      {editing && (
        <OpsnDialog
          opsn={editing.opsn}
          suggestions={suggestions}
          onSave={(input, expectedRevision) =>
            editing.opsn ? actions.update(editing.opsn.id, expectedRevision ?? editing.opsn.revision, input) : actions.create(input)
          }
          onConflict={reload}
          onSaved={setDone}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
