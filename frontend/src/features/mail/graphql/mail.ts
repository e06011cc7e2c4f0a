import { graphql } from '../../../gql';

export const MailsQuery = graphql(`
  query Mails($epciId: ID) {
    mails(epciId: $epciId) {
      id
      kind
      recipient
      subject
      status
      attempts
      lastError
      createdAt
      sentAt
      textBody
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input)
  }
`);
