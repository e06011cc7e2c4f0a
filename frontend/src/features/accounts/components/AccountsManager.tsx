import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useState } from 'react';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useCommuneOptions } from '../hooks/useCommuneOptions';
import { useMemberActions } from '../hooks/useMemberActions';
import { useMembers } from '../hooks/useMembers';
import { CreateMemberForm } from './CreateMemberForm';
import { EditRoleDialog } from './EditRoleDialog';
import { MembersTable } from './MembersTable';

interface AccountsManagerProps {
  epciId: string;
  epciName: string;
  currentUserId: string;
}

export function AccountsManager({ epciId, epciName, currentUserId }: AccountsManagerProps) {
  const { members, error } = useMembers(epciId);
  const communeOptions = useCommuneOptions(epciId);
  const actions = useMemberActions(epciId);
  const modals = useModals();
  const [editing, setEditing] = useState<MemberFieldsFragment>();
  const [actionError, setActionError] = useState<string>();
  const [actionDone, setActionDone] = useState<string>();

  const toggleDisabled = useCallback(
    async (member: MemberFieldsFragment) => {
      const disabling = !member.user.disabled;
      const decision = await modals.confirmationModal({
        title: disabling ? 'Désactiver ce compte ?' : 'Réactiver ce compte ?',
        children: disabling
          ? `${member.user.name} ne pourra plus se connecter à Mutualis. Vous pourrez réactiver son compte plus tard.`
          : `${member.user.name} pourra de nouveau se connecter à Mutualis.`,
        hideCloseButton: true,
      });
      if (decision !== 'yes') return;
      setActionError(undefined);
      try {
        await actions.setDisabled(member.user.id, disabling);
      } catch (failure) {
        setActionError(apiErrorMessage(failure));
      }
    },
    [actions, modals],
  );

  const remove = useCallback(
    async (member: MemberFieldsFragment) => {
      const decision = await modals.confirmationModal({
        title: 'Retirer ce membre ?',
        children: `${member.user.name} n'aura plus accès à ${epciName}. Son compte reste ouvert pour ses autres intercommunalités.`,
        hideCloseButton: true,
      });
      if (decision !== 'yes') return;
      setActionError(undefined);
      try {
        await actions.remove(member.user.id);
      } catch (failure) {
        setActionError(apiErrorMessage(failure));
      }
    },
    [actions, modals, epciName],
  );

  const resendInvitation = useCallback(
    async (member: MemberFieldsFragment) => {
      setActionError(undefined);
      setActionDone(undefined);
      try {
        await actions.resendInvitation(member.user.id);
        setActionDone(`Une nouvelle invitation a été envoyée à ${member.user.email}.`);
      } catch (failure) {
        setActionError(apiErrorMessage(failure));
      }
    },
    [actions],
  );

  if (error) return <QueryFailure error={error} />;
  return (
    <>
      <section aria-labelledby="members-title">
        <h2 id="members-title">Membres</h2>
        {actionError && <Notice type="error">{actionError}</Notice>}
        {actionDone && <Notice type="success">{actionDone}</Notice>}
        {!members ? (
          <Loading />
        ) : (
          <MembersTable
            epciName={epciName}
            members={members}
            currentUserId={currentUserId}
            onEditRole={setEditing}
            onToggleDisabled={toggleDisabled}
            onRemove={remove}
            onResendInvitation={resendInvitation}
          />
        )}
      </section>
      <section aria-labelledby="new-member-title">
        <h2 id="new-member-title">Inviter une personne</h2>
        <CreateMemberForm communeOptions={communeOptions} onCreate={actions.create} />
      </section>
      {editing && (
        <EditRoleDialog
          member={editing}
          communeOptions={communeOptions}
          onSave={(choice) => actions.changeRole(editing.user.id, choice)}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
