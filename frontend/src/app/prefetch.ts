import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { print } from '@apollo/client/utilities';

/**
 * Reads a route's loader starts as soon as the address is known, before React renders and while
 * the page's chunk downloads, instead of one after the other (session, chunk, then the page's
 * query: three round trips on a slow link). The page's own query then joins the request in flight
 * (Apollo deduplicates identical operations) or finds its answer in the cache.
 */
const reads = new Map<string, 'pending' | 'cacheable'>();

const keyOf = (query: DocumentNode, variables: OperationVariables) => `${print(query)}\n${JSON.stringify(variables)}`;

/** Starts a read from the server for the page being opened; its failure is the page's to show. */
export function prefetch<TData, TVariables extends OperationVariables>(client: ApolloClient, query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  const key = keyOf(query, variables);
  // With no older answer in the cache, the page may read from the cache at once: it then waits
  // for this read in flight, or finds its answer if it has come meanwhile (a page renders before
  // it subscribes; asking the network then would read twice).
  const olderAnswer = client.readQuery({ query, variables } as ApolloClient.ReadQueryOptions<TData, TVariables>) !== null;
  reads.set(key, olderAnswer ? 'pending' : 'cacheable');
  client
    .query({ query, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<TData, TVariables>)
    .then(() => reads.get(key) === 'pending' && reads.set(key, 'cacheable'))
    .catch(() => reads.delete(key));
}

/**
 * Whether the page may read this visit's answer from the cache: it has come, or nothing older
 * was there. While the read is in flight over an older answer the page asks the network as usual
 * and joins it, so it never shows the older answer meanwhile. The same answer however often the
 * page renders (React may render it again from scratch); the next visit's loader reads again.
 */
export function isPrefetched<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  return reads.get(keyOf(query, variables)) === 'cacheable';
}
