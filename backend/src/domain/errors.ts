/** What went wrong, in terms a client can act on; mapped to GraphQL error codes in one place. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'TOO_MANY_REQUESTS';

/** An expected failure with a French message meant for the user. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} introuvable.`);
export const forbidden = (message = "Vous n'avez pas le droit de faire cela.") => new DomainError('FORBIDDEN', message);
export const badInput = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, details);
