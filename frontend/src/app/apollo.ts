import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../features/auth/graphql/session';
import { hasApiErrorCode } from '../shared/graphql/errors';

export function createApolloClient() {
  // A scheme's costing has no id of its own: the sheet of a commune adds its shares to the costing
  // the scheme page read, rather than replacing it.
  const cache = new InMemoryCache({ typePolicies: { SchemeCosting: { merge: true } } });

  // A session that expired or was revoked: mark the user signed out. The session guard then
  // sends them to the login page, remembering where they were.
  const sessionLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && hasApiErrorCode(error, 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });

  // The session is an httpOnly cookie; JSON requests satisfy the server's CSRF prevention.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({ cache, link: ApolloLink.from([sessionLink, httpLink]) });
}
