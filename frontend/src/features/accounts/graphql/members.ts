import { graphql } from '../../../gql';

export const MemberFields = graphql(`
  fragment MemberFields on Member {
    role
    createdAt
    user {
      id
      name
      email
      disabled
      invitationPending
    }
    commune {
      id
      name
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($epciId: ID!) {
    members(epciId: $epciId) {
      ...MemberFields
    }
  }
`);

export const EpciCommuneOptionsQuery = graphql(`
  query EpciCommuneOptions($id: ID!) {
    epci(id: $id) {
      id
      name
      communes {
        id
        name
        inseeCode
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberFields
    }
  }
`);

export const SetMemberRoleMutation = graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      ...MemberFields
    }
  }
`);
