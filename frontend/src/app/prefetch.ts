import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { print } from '@apollo/client/utilities';

/**
 * Reads a route's loader starts as soon as the address is known, before React renders and while
 * the page's chunk downloads, instead of one after the other (session, chunk, then the page's
 * query: three round trips on a slow link). The page's own query then joins the request in flight
 * (Apollo deduplicates identical operations) or finds its answer in the cache.
 */
const started = new Set<string>();

const keyOf = (query: DocumentNode, variables: OperationVariables) => `${print(query)}\n${JSON.stringify(variables)}`;

/** Starts a read from the server for the page being opened; its failure is the page's to show. */
export function prefetch<TData, TVariables extends OperationVariables>(client: ApolloClient, query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  started.add(keyOf(query, variables));
  client.query({ query, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<TData, TVariables>).catch(() => undefined);
}

/** Whether this visit's loader has just read it afresh (once: the next visit reads again). */
export function takePrefetched<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  return started.delete(keyOf(query, variables));
}
