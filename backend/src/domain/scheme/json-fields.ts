/**
 * Reading the fields of a JSON object a client sent, each refused with a French message naming its
 * path (« details.lots.0.label »). The pieces parse-action.ts and the kinds' `parseDetails` build on:
 * only the fields read are kept, absent optional fields take the default the caller gives.
 */
import type { DecimalInput } from '../costing/types.js';
import { badInput } from '../errors.js';
import { BOUNDED_DECIMAL, MAX_FIGURE_CENTS } from '../money.js';

export const CENTS_MESSAGE = 'Un montant doit être un nombre entier de centimes positif.';
export const TOO_LARGE_MESSAGE = 'Un montant ne peut pas dépasser 10 milliards d’euros.';
export const DECIMAL_MESSAGE = 'Un nombre décimal est attendu (par exemple 2.5), avec au plus 12 chiffres avant la virgule et 6 après.';
export const INSEE_MESSAGE = 'Un code INSEE a 5 caractères.';

const refuse = (path: string, message: string): never => {
  throw badInput(message, { field: path });
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === undefined || value === null;

/** A number of cents: a whole number from 0 to MAX_FIGURE_CENTS. */
export function readCents(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return refuse(path, CENTS_MESSAGE);
  if (value > MAX_FIGURE_CENTS) return refuse(path, TOO_LARGE_MESSAGE);
  return value;
}

/** A decimal figure, as text ("2.5") or as a number whose writing is a bounded decimal; kept as sent. */
export function readDecimal(value: unknown, path: string): DecimalInput {
  const writing = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
  if (writing === null || writing.length > 30 || !BOUNDED_DECIMAL.test(writing)) return refuse(path, DECIMAL_MESSAGE);
  return value as DecimalInput;
}

export function readInsee(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length !== 5) return refuse(path, INSEE_MESSAGE);
  return value;
}

export interface TextRule {
  max: number;
  /** At least this many characters (after trimming, when trimmed). */
  min?: number;
  trim?: boolean;
  /** Said when the text is too short or too long. */
  message?: string;
}

/** The fields of one JSON object; `path` names it in messages (empty at the top). */
export class JsonFields {
  private constructor(
    private readonly value: Record<string, unknown>,
    readonly path: string,
  ) {}

  /** The object at `path`, refused when the value is not one. */
  static of(value: unknown, path: string): JsonFields {
    if (!isObject(value)) return refuse(path, path ? `« ${path} » : un objet est attendu.` : 'Un objet est attendu.');
    return new JsonFields(value, path);
  }

  at(key: string | number): string {
    return this.path ? `${this.path}.${key}` : String(key);
  }

  raw(key: string): unknown {
    return this.value[key];
  }

  has(key: string): boolean {
    return !absent(this.value[key]);
  }

  /** The field's value, or `missing` said (by default « Il manque le champ … ») when it is absent or null. */
  required(key: string, missing?: string): unknown {
    if (!this.has(key)) return refuse(this.at(key), missing ?? `Il manque le champ « ${this.at(key)} ».`);
    return this.value[key];
  }

  text(key: string, rule: TextRule, missing?: string): string {
    return this.readText(key, this.required(key, missing ?? rule.message), rule);
  }

  /** Absent or null: null. Trimmed texts left empty are null too. */
  optionalText(key: string, rule: TextRule): string | null {
    if (!this.has(key)) return null;
    const text = this.readText(key, this.value[key], rule);
    return rule.trim && text === '' ? null : text;
  }

  private readText(key: string, value: unknown, rule: TextRule): string {
    const path = this.at(key);
    if (typeof value !== 'string') return refuse(path, rule.message ?? `« ${path} » : un texte est attendu.`);
    const text = rule.trim ? value.trim() : value;
    if (text.length < (rule.min ?? 0) || text.length > rule.max) {
      return refuse(path, rule.message ?? `« ${path} » : ${rule.max} caractères au plus${rule.min ? `, ${rule.min} au moins` : ''}.`);
    }
    return text;
  }

  cents(key: string, missing?: string): number {
    return readCents(this.required(key, missing), this.at(key));
  }

  optionalCents(key: string): number | null {
    return this.has(key) ? readCents(this.value[key], this.at(key)) : null;
  }

  decimal(key: string, missing?: string): DecimalInput {
    return readDecimal(this.required(key, missing), this.at(key));
  }

  optionalDecimal(key: string): DecimalInput | null {
    return this.has(key) ? readDecimal(this.value[key], this.at(key)) : null;
  }

  int(key: string, missing?: string): number {
    const value = this.required(key, missing);
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) return refuse(this.at(key), `« ${this.at(key)} » : un nombre entier est attendu.`);
    return value;
  }

  optionalInt(key: string): number | null {
    return this.has(key) ? this.int(key) : null;
  }

  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) return fallback;
    const value = this.value[key];
    if (typeof value !== 'boolean') return refuse(this.at(key), `« ${this.at(key)} » : vrai ou faux est attendu.`);
    return value;
  }

  /** One of `choices`; `unknown` is said for any other value. */
  oneOf<T extends string>(key: string, choices: readonly T[], unknown?: string, missing?: string): T {
    return readChoice(this.required(key, missing ?? unknown), this.at(key), choices, unknown);
  }

  optionalOneOf<T extends string>(key: string, choices: readonly T[], unknown?: string): T | null {
    return this.has(key) ? readChoice(this.value[key], this.at(key), choices, unknown) : null;
  }

  object(key: string, missing?: string): JsonFields {
    return JsonFields.of(this.required(key, missing), this.at(key));
  }

  optionalObject(key: string): JsonFields | null {
    return this.has(key) ? JsonFields.of(this.value[key], this.at(key)) : null;
  }

  /** A list of at most `max` items, each read at its path; absent or null: an empty list. */
  list<T>(key: string, max: number, read: (item: unknown, path: string, index: number) => T): T[] {
    if (!this.has(key)) return [];
    const path = this.at(key);
    const value = this.value[key];
    if (!Array.isArray(value)) return refuse(path, `« ${path} » : une liste est attendue.`);
    if (value.length > max) return refuse(path, `« ${path} » : ${max} éléments au plus.`);
    return value.map((item, i) => read(item, `${path}.${i}`, i));
  }

  /** Values by INSEE code (at most `max` communes); absent or null: none. */
  byCommune<T>(key: string, max: number, read: (value: unknown, path: string) => T): Record<string, T> {
    if (!this.has(key)) return {};
    const fields = JsonFields.of(this.value[key], this.at(key));
    const entries = Object.entries(fields.value);
    if (entries.length > max) return refuse(fields.path, `« ${fields.path} » : ${max} communes au plus.`);
    return Object.fromEntries(entries.map(([insee, value]) => [readInsee(insee, fields.at(insee)), read(value, fields.at(insee))]));
  }
}

/** One of `choices`; `unknown` is said for any other value. */
export function readChoice<T extends string>(value: unknown, path: string, choices: readonly T[], unknown?: string): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) return refuse(path, unknown ?? `« ${path} » : valeur inconnue.`);
  return value as T;
}
