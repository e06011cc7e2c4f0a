import fc from 'fast-check';
import { canonicalJson } from './canonical.js';

/** The plain writing of the canonical JSON that versions were first hashed with: the reference. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('sorts keys at every level, INSEE-like and numeric keys as text', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], '64102': 'x', '2A004': true, '9': -0, a: undefined })).toBe(
      '{"2A004":true,"64102":"x","9":0,"b":[{"a":null,"z":1}]}',
    );
  });

  it('writes exactly what versions were first hashed with, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(value) === reference(value)));
  });

  it('writes exactly the reference for objects keyed by INSEE codes, numeric, Corsican or with a leading zero, at any depth', () => {
    const insee = fc.oneof(fc.integer({ min: 0, max: 99_999 }).map(String), fc.constantFrom('2A004', '2B033', '01001', '09122', '__proto__', 'a'));
    const keyed = fc.dictionary(insee, fc.oneof(fc.integer(), fc.string()));
    fc.assert(fc.property(fc.array(fc.record({ units: keyed, nested: fc.array(keyed) })), (value) => canonicalJson(value) === reference(value)));
  });

  it('writes undefined, infinite numbers and functions as JSON would in an array', () => {
    expect(canonicalJson([undefined, Infinity, Number.NaN, () => 1])).toBe(reference([undefined, Infinity, Number.NaN, () => 1]));
  });
});
