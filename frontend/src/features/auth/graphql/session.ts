import { graphql } from '../../../gql';

export const SessionUserFields = graphql(`
  fragment SessionUser on Me {
    id
    name
    email
    isOperator
    platformPermissions
    memberships {
      role
      permissions
      epci {
        id
        name
      }
      commune {
        id
        name
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
