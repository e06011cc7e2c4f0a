import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { print } from '@apollo/client/utilities';

/**
 * Reads a route's loader starts as soon as the address is known, before React renders and while
 * the page's chunk downloads, instead of one after the other (session, chunk, then the page's
 * query: three round trips on a slow link). The page's own query then joins the request in flight
 * (Apollo deduplicates identical operations) or finds its answer in the cache.
 */
const reads = new Map<string, 'pending' | 'done'>();

const keyOf = (query: DocumentNode, variables: OperationVariables) => `${print(query)}\n${JSON.stringify(variables)}`;

/** Starts a read from the server for the page being opened; its failure is the page's to show. */
export function prefetch<TData, TVariables extends OperationVariables>(client: ApolloClient, query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  const key = keyOf(query, variables);
  reads.set(key, 'pending');
  client
    .query({ query, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<TData, TVariables>)
    .then(() => reads.get(key) === 'pending' && reads.set(key, 'done'))
    .catch(() => reads.delete(key));
}

/**
 * Whether this visit's loader has already brought the answer into the cache: the page may read it
 * from there. While the read is in flight the page asks the network as usual and joins it, so
 * it never shows an older answer meanwhile. Once only: the next visit reads again.
 */
export function takePrefetched<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  const key = keyOf(query, variables);
  const done = reads.get(key) === 'done';
  reads.delete(key);
  return done;
}
