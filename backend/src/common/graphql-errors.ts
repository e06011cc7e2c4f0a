import type { FastifyBaseLogger } from 'fastify';
import { GraphQLError } from 'graphql';
import { DomainError } from '../domain/errors.js';
import { withoutSuggestions } from './graphql-limits.js';

interface Execution {
  data?: Record<string, unknown> | null;
  errors: readonly GraphQLError[];
}

/** Mercurius's own refusals of a request (CSRF, depth limit, bad document) carry an HTTP status. */
interface RequestError extends Error {
  statusCode: number;
  errors?: Error[];
}
const isRequestError = (e: unknown): e is RequestError => e instanceof Error && typeof (e as RequestError).statusCode === 'number';

/**
 * The one place errors become GraphQL errors. Domain errors keep their code and French message;
 * refused requests keep their status; anything unexpected is logged with its stack and answered
 * with a generic message, so no stack trace or SQL ever reaches a client. In production, messages
 * about the document stop suggesting field names.
 */
export function formatGraphQLErrors(log: FastifyBaseLogger, production: boolean) {
  const documentMessage = (message: string) => (production ? withoutSuggestions(message) : message);
  return (execution: Execution) => {
    const refused = execution.errors.map((e) => e.originalError ?? e).find(isRequestError);
    // A scalar's own refusal of a variable (ActionDefinition's guard) is the client's input, said in French.
    const refusedInput = refused?.errors?.map(causeOf).find((r) => r instanceof DomainError);
    if (refusedInput) {
      return { statusCode: 200, response: { data: null, errors: [{ message: refusedInput.message, extensions: { code: refusedInput.code, ...refusedInput.details } }] } };
    }
    if (refused) {
      const reasons = refused.errors?.length ? refused.errors : [refused];
      return {
        statusCode: refused.statusCode,
        response: { data: null, errors: reasons.map((r) => ({ message: documentMessage(r.message), extensions: { code: 'BAD_REQUEST' } })) },
      };
    }
    return { statusCode: 200, response: { data: execution.data ?? null, errors: execution.errors.map((error) => toClientError(error, log, documentMessage)) } };
  };
}

/** What a GraphQL error wraps, through graphql-js's own layers (a variable's coercion wraps twice). */
function causeOf(error: Error): Error {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

function toClientError(error: GraphQLError, log: FastifyBaseLogger, documentMessage: (message: string) => string) {
  const original = error.originalError;
  const where = { locations: error.locations, path: error.path };
  if (original instanceof DomainError) {
    return { message: original.message, ...where, extensions: { code: original.code, ...original.details } };
  }
  if (!original || original instanceof GraphQLError) {
    // The document itself is wrong (unknown field, bad variable): the client's own mistake.
    return { message: documentMessage(error.message), ...where, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  log.error({ err: original, path: error.path }, 'unexpected error in a resolver');
  return { message: 'Une erreur interne est survenue.', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
