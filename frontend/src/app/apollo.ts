import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, of } from 'rxjs';
import { MeQuery } from '../features/auth/graphql/session';
import { hasApiErrorCode } from '../shared/graphql/errors';
import { primeCache, takeEarlyRead } from './early-reads';

export function createApolloClient() {
  // A scheme's costing has no id of its own: the sheet of a commune adds its shares to the costing
  // the scheme page read, rather than replacing it.
  const cache = new InMemoryCache({ typePolicies: { SchemeCosting: { merge: true } } });
  primeCache(cache);

  // A session that expired or was revoked: mark the user signed out. The session guard then
  // sends them to the login page, remembering where they were.
  const sessionLink = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && hasApiErrorCode(error, 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });

  // The session is an httpOnly cookie; JSON requests satisfy the server's CSRF prevention.
  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  // An answer src/early.ts asked for and still awaited is taken as the server's; if that request
  // failed, the operation goes to the server as usual.
  const earlyReadLink = new ApolloLink((operation, forward) => {
    const early = takeEarlyRead(operation.operationName, operation.variables);
    if (!early) return forward(operation);
    return from(early.then((answer) => ({ answer: answer as ApolloLink.Result }), () => null)).pipe(
      mergeMap((got) => (got ? of(got.answer) : forward(operation))),
    );
  });

  return new ApolloClient({ cache, link: ApolloLink.from([sessionLink, earlyReadLink, httpLink]) });
}
