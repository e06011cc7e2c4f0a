import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useState } from 'react';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Loading } from '../../../shared/ui/Loading';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { roleLabels } from '../../auth/labels';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useCommuneOptions } from '../hooks/useCommuneOptions';
import { useMemberActions, type RoleChoice } from '../hooks/useMemberActions';
import { useMembers } from '../hooks/useMembers';
import { CreateMemberForm } from './CreateMemberForm';
import { EditRoleDialog } from './EditRoleDialog';
import { MembersTable } from './MembersTable';
import { ofName } from '@mutualis/domain/text';

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
  // The page's one success message: each change replaces the previous one, so none stays stale.
  const [done, setDone] = useState<string>();

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
      setDone(undefined);
      try {
        await actions.setDisabled(member.user.id, disabling);
        setDone(disabling ? `Le compte ${ofName(member.user.name)} est désactivé.` : `Le compte ${ofName(member.user.name)} est réactivé.`);
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
      setDone(undefined);
      try {
        await actions.remove(member.user.id);
        setDone(`${member.user.name} n'a plus accès à ${epciName}.`);
      } catch (failure) {
        setActionError(apiErrorMessage(failure));
      }
    },
    [actions, modals, epciName],
  );

  const resendInvitation = useCallback(
    async (member: MemberFieldsFragment) => {
      setActionError(undefined);
      setDone(undefined);
      try {
        await actions.resendInvitation(member.user.id);
        setDone(`Une nouvelle invitation a été envoyée à ${member.user.email}.`);
      } catch (failure) {
        setActionError(apiErrorMessage(failure));
      }
    },
    [actions],
  );

  async function changeRole(member: MemberFieldsFragment, choice: RoleChoice) {
    setDone(undefined);
    await actions.changeRole(member.user.id, choice);
    const commune = choice.role === 'REVIEWER' ? communeOptions.find((c) => c.value === choice.communeId)?.label : undefined;
    const was = `${roleLabels[member.role]}${member.commune ? ` pour ${member.commune.name}` : ''}`;
    setDone(`${member.user.name} est maintenant ${roleLabels[choice.role].toLowerCase()}${commune ? ` pour ${commune}` : ''} (auparavant : ${was.toLowerCase()}).`);
  }

  if (error) return <QueryFailure error={error} />;
  return (
    <>
      <section aria-labelledby="members-title">
        <h2 id="members-title">Membres</h2>
        {actionError && <Notice type="error">{actionError}</Notice>}
        <SuccessMessage>{done}</SuccessMessage>
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
        <CreateMemberForm
          communeOptions={communeOptions}
          onCreate={async (member) => {
            setDone(undefined);
            await actions.create(member);
            setDone(`${member.name} est membre de l’intercommunalité. Un nouveau compte reçoit une invitation par courriel pour choisir son mot de passe.`);
          }}
        />
      </section>
      {editing && (
        <EditRoleDialog
          member={editing}
          communeOptions={communeOptions}
          onSave={(choice) => changeRole(editing, choice)}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
