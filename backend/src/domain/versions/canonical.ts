/**
 * The canonical writing of a version's content: JSON with object keys sorted at every level and
 * no spaces, so the same content always gives the same text, and so the same SHA-256, whatever
 * stored it (PostgreSQL's jsonb reorders keys).
 *
 * Written in one pass into one string: a version of the largest EPCI is megabytes, and freezing it
 * writes this text once, both to hash and to store.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? arrayJson(value) : objectJson(value as Record<string, unknown>);
    default:
      // undefined, functions and symbols, as JSON.stringify writes them in an array.
      return 'null';
  }
}

function arrayJson(values: readonly unknown[]): string {
  let text = '[';
  for (let i = 0; i < values.length; i++) text += (i === 0 ? '' : ',') + canonicalJson(values[i]);
  return `${text}]`;
}

/** Keys quoted once: a version repeats the same few dozen keys tens of thousands of times. */
const quotedKeys = new Map<string, string>();

function objectJson(object: Record<string, unknown>): string {
  // The default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(object).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const value = object[key];
    if (value === undefined) continue;
    let quoted = quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = JSON.stringify(key);
      if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
    }
    text += (first ? '' : ',') + quoted + ':' + canonicalJson(value);
    first = false;
  }
  return `${text}}`;
}
