import { graphql } from '../../../gql';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: RedeemLinkInput!) {
    acceptInvitation(input: $input) {
      ...SessionUser
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: RedeemLinkInput!) {
    resetPassword(input: $input) {
      ...SessionUser
    }
  }
`);

export const RequestNewInvitationMutation = graphql(`
  mutation RequestNewInvitation($token: String!) {
    requestNewInvitation(token: $token)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const MyAccountQuery = graphql(`
  query MyAccount {
    myAccount {
      name
      email
      notifyReminders
      notifyOpinions
    }
  }
`);

export const UpdateMyAccountMutation = graphql(`
  mutation UpdateMyAccount($input: MyAccountInput!) {
    updateMyAccount(input: $input) {
      name
      email
      notifyReminders
      notifyOpinions
    }
  }
`);

export const SetMyNotificationsMutation = graphql(`
  mutation SetMyNotifications($input: MyNotificationsInput!) {
    setMyNotifications(input: $input) {
      name
      email
      notifyReminders
      notifyOpinions
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input)
  }
`);
