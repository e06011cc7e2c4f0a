import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { Role } from '../../../gql/graphql';
import {
  CreateMemberMutation,
  MembersQuery,
  RemoveMemberMutation,
  SetMemberRoleMutation,
  SetUserDisabledMutation,
} from '../graphql/members';
import { ResendInvitationMutation } from '../../mail/graphql/mail';

export interface RoleChoice {
  role: Role;
  /** Only for REVIEWER: the commune the reviewer speaks for. */
  communeId: string | undefined;
}

export interface NewMember extends RoleChoice {
  name: string;
  email: string;
}

/**
 * Mutations on an EPCI's accounts. A Member has no id of its own (it is a user's place in one
 * EPCI), so the cache cannot update the list by itself: each change refetches it.
 */
export function useMemberActions(epciId: string) {
  const refetch = { refetchQueries: [{ query: MembersQuery, variables: { epciId } }], awaitRefetchQueries: true };
  const [createMember] = useMutation(CreateMemberMutation, refetch);
  const [setMemberRole] = useMutation(SetMemberRoleMutation, refetch);
  const [setUserDisabled] = useMutation(SetUserDisabledMutation, refetch);
  const [removeMember] = useMutation(RemoveMemberMutation, refetch);
  const [resendInvitation] = useMutation(ResendInvitationMutation);

  return useMemo(
    () => ({
      create: (member: NewMember) => createMember({ variables: { input: { epciId, ...member } } }),
      changeRole: (userId: string, { role, communeId }: RoleChoice) =>
        setMemberRole({ variables: { input: { epciId, userId, role, communeId } } }),
      setDisabled: (userId: string, disabled: boolean) =>
        setUserDisabled({ variables: { input: { epciId, userId, disabled } } }),
      remove: (userId: string) => removeMember({ variables: { input: { epciId, userId } } }),
      resendInvitation: (userId: string) => resendInvitation({ variables: { input: { epciId, userId } } }),
    }),
    [epciId, createMember, setMemberRole, setUserDisabled, removeMember, resendInvitation],
  );
}
