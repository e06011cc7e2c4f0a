import type { ApolloCache, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument, print } from '@apollo/client/utilities';

/**
 * Reads started by src/early.ts while the application's code is still downloading. When the
 * application starts, those already answered go into the cache (primeCache), so its first render
 * shows them rather than a loading state; the others are handed to Apollo when it asks for the
 * same operation (earlyReadLink in apollo.ts). Each answer is used once: the next visit reads afresh.
 */
interface EarlyRead {
  query: TypedDocumentNode<unknown, OperationVariables>;
  variables: OperationVariables;
  answer: Promise<unknown>;
  /** The answer, once it has come. */
  arrived?: { data?: unknown; errors?: unknown };
}

const reads = new Map<string, EarlyRead>();

const keyOf = (operationName: string | undefined, variables: OperationVariables) => `${operationName}\n${JSON.stringify(variables)}`;

/** Sends the query as Apollo would (same body and headers, __typename added as its cache does). */
export function readEarly<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
  const document = addTypenameToDocument(query);
  const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const operationName = definition?.name?.value;
  const answer = fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
    body: JSON.stringify({ operationName, variables, query: print(document) }),
  }).then((response) => {
    // Anything but a plain answer (a refusal of the request, a server error) is left to Apollo's
    // own request, which reports it as usual.
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  });
  const read: EarlyRead = { query: query as TypedDocumentNode<unknown, OperationVariables>, variables, answer };
  // Not an unhandled rejection if the application never asks: it then reads by itself.
  answer.then((arrived) => (read.arrived = arrived), () => undefined);
  reads.set(keyOf(operationName, variables), read);
}

/** Writes the answers already come (errors aside: Apollo reports them when it asks) into the cache. */
export function primeCache(cache: ApolloCache) {
  for (const [key, { query, variables, arrived }] of reads) {
    if (!arrived?.data || arrived.errors) continue;
    cache.writeQuery({ query, variables, data: arrived.data });
    reads.delete(key);
  }
}

/** The early answer to this operation, if one was started and not used yet. */
export function takeEarlyRead(operationName: string | undefined, variables: OperationVariables): Promise<unknown> | undefined {
  const key = keyOf(operationName, variables);
  const read = reads.get(key);
  reads.delete(key);
  return read?.answer;
}
