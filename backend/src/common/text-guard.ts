import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { badInput } from '../domain/errors.js';

/** A NUL byte, or half of a surrogate pair without its other half: text PostgreSQL cannot store as UTF-8. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = 'Le texte saisi contient un caractère invalide (caractère nul ou caractère Unicode incomplet) : retirez-le.';
export const isUnstorable = (text: string) => UNSTORABLE.test(text);

/** Where, in an input of any shape, a string holds unstorable text; null when there is none. */
export function unstorableTextAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = unstorableTextAt(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * Runs on every resolver argument (and request body), before validation: a NUL byte or a lone surrogate is refused
 * once, here, instead of reaching the database as an encoding error (or as U+FFFD, which made two
 * different inputs collide on a unique key).
 */
@Injectable()
export class TextGuardPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata) {
    // GraphQL arguments arrive as 'body'; the parent object, the context and the caller are ours.
    if (metadata.type !== 'body') return value;
    const field = unstorableTextAt(value, metadata.data ?? 'input');
    if (field) {
      throw badInput(UNSTORABLE_TEXT_MESSAGE, { field });
    }
    return value;
  }
}
