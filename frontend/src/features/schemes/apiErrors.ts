import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldProblem } from './model/readDraft';

/** Someone saved the scheme after the user opened it; nothing of the user's change was saved. */
export interface SchemeConflict {
  message: string;
  currentRevision: number;
  updatedBy: string | null;
  updatedAt: string;
}

function extensionsOf(error: unknown, code: string) {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.extensions?.['code'] === code);
}

export function conflictOf(error: unknown): SchemeConflict | null {
  const found = extensionsOf(error, 'CONFLICT');
  if (!found) return null;
  const ext = found.extensions ?? {};
  return {
    message: found.message,
    currentRevision: Number(ext['currentRevision']),
    updatedBy: typeof ext['updatedBy'] === 'string' ? ext['updatedBy'] : null,
    updatedAt: String(ext['updatedAt'] ?? ''),
  };
}

/** The server's refusal of an input, field by field when it says which field. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  const found = extensionsOf(error, 'BAD_USER_INPUT');
  if (!found) return [];
  const problems = found.extensions?.['problems'];
  if (Array.isArray(problems)) return problems as FieldProblem[];
  const field = found.extensions?.['field'];
  return [{ field: typeof field === 'string' ? field : '', message: found.message }];
}
