import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Codes the API puts in `extensions.code`: the backend's own list. */
import type { ErrorCode as ApiErrorCode } from '@mutualis/domain/errors';

export type { ApiErrorCode };

const UNREACHABLE_MESSAGE =
  'Le service ne répond pas. Vérifiez votre connexion puis réessayez.';

export function apiErrorCodes(error: unknown): ApiErrorCode[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const code = e.extensions?.['code'];
    return typeof code === 'string' ? [code as ApiErrorCode] : [];
  });
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return apiErrorCodes(error).includes(code);
}

/** A detail the API gives next to the code, e.g. the communes a CONFLICT is about. */
export function apiErrorDetail(error: unknown, key: string): unknown {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.extensions?.[key] !== undefined)?.extensions?.[key];
}

/**
 * The message to show the user. The server writes its messages in French for that purpose;
 * anything else (network failure, unparsable response) gets a generic French message.
 */
export function apiErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = new Set(error.errors.map((e) => e.message));
    return [...messages].join(' ');
  }
  return UNREACHABLE_MESSAGE;
}
