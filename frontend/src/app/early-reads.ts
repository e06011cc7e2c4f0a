import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument, print } from '@apollo/client/utilities';

/**
 * Reads started by src/early.ts while the application's code is still downloading, kept until
 * Apollo asks for the same operation (earlyReadLink in apollo.ts). Each answer is handed over
 * once: the next visit reads afresh.
 */
const answers = new Map<string, Promise<unknown>>();

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
  // Not an unhandled rejection if the application never asks: it then reads by itself.
  answer.catch(() => undefined);
  answers.set(keyOf(operationName, variables), answer);
}

/** The early answer to this operation, if one was started and not handed over yet. */
export function takeEarlyRead(operationName: string | undefined, variables: OperationVariables): Promise<unknown> | undefined {
  const key = keyOf(operationName, variables);
  const answer = answers.get(key);
  answers.delete(key);
  return answer;
}
