import { badInput } from '../errors.js';

/** A comment can be corrected by its author for this long; after that it can only be withdrawn. */
export const COMMENT_EDIT_MINUTES = 15;
export const MAX_COMMENT_LENGTH = 4000;

export const editableUntil = (createdAt: Date): Date => new Date(createdAt.getTime() + COMMENT_EDIT_MINUTES * 60_000);

export function checkCommentBody(body: string): string {
  const text = body.trim();
  if (text === '' || text.length > MAX_COMMENT_LENGTH) throw badInput(`Un commentaire compte de 1 à ${MAX_COMMENT_LENGTH} caractères.`, { field: 'body' });
  return text;
}
