import { apiErrorMessage, hasApiErrorCode } from '../graphql/errors';
import { Notice } from './Notice';
import { AccessDenied, NotFound } from './StatusPages';

/** What a page shows when its main query failed. */
export function QueryFailure({ error }: { error: unknown }) {
  if (hasApiErrorCode(error, 'NOT_FOUND')) return <NotFound />;
  if (hasApiErrorCode(error, 'FORBIDDEN')) return <AccessDenied />;
  return <Notice type="error">{apiErrorMessage(error)}</Notice>;
}
