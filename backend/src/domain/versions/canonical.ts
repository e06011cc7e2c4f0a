/**
 * The canonical writing of a version's content: JSON with object keys sorted at every level and
 * no spaces, so the same content always gives the same text, and so the same SHA-256, whatever
 * stored it (PostgreSQL's jsonb reorders keys).
 *
 * A version of the largest EPCI is megabytes. Writing it key by key in JavaScript took most of a
 * freeze, so the value is copied with its keys inserted in sorted order and the copy is written by
 * the engine's JSON.stringify, ten times faster. JSON.stringify follows the insertion order except
 * for array-index keys ("9", "64102"), which come first in numeric order: an object with such keys
 * is checked, and a value where that order is not the sorted one is written key by key instead.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== INDEX_KEYS_OUT_OF_ORDER) throw error;
    return slowCanonicalJson(value);
  }
}

const INDEX_KEYS_OUT_OF_ORDER = new Error('array-index keys out of sorted order');
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** The value as canonicalJson writes it, in plain objects and arrays JSON.stringify writes alike. */
function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const copy = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i]);
        return copy;
      }
      return sortedObject(value as Record<string, unknown>);
    }
    default:
      // undefined, functions, symbols and bigints, as canonicalJson has always written them in an array.
      return null;
  }
}

function sortedObject(object: Record<string, unknown>): Record<string, unknown> {
  // The default sort compares UTF-16 code units, as `<` does.
  const keys = Object.keys(object).sort();
  const copy: Record<string, unknown> = {};
  let indexKeys = false;
  for (const key of keys) {
    const value = object[key];
    if (value === undefined) continue;
    if (key === '__proto__') Object.defineProperty(copy, key, { value: sortedCopy(value), enumerable: true, writable: true, configurable: true });
    else copy[key] = sortedCopy(value);
    indexKeys ||= ARRAY_INDEX.test(key);
  }
  if (indexKeys) {
    const written = Object.keys(copy);
    const sorted = keys.filter((key) => object[key] !== undefined);
    if (written.some((key, i) => key !== sorted[i])) throw INDEX_KEYS_OUT_OF_ORDER;
  }
  return copy;
}

/** Key by key, for the rare value whose array-index keys JSON.stringify would not write in sorted order. */
function slowCanonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${Array.from(value, slowCanonicalJson).join(',')}]`;
      const object = value as Record<string, unknown>;
      const members = Object.keys(object)
        .sort()
        .filter((key) => object[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${slowCanonicalJson(object[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      return 'null';
  }
}
