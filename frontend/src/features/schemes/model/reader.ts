/** Reads what a drafter typed in the action form, collecting a French problem per figure it cannot read. */
import type { ActionFieldProblem } from '@mutualis/domain/scheme/check-action';
import { readDecimalFigure, readEuroRate, readEuros, readWhole, type Reading } from './amounts';

/** `unreadable`: what was typed is not a figure — worth saying at once, before any save. */
export type FieldProblem = ActionFieldProblem & { unreadable?: boolean };

export const MAX_PERCENT = 100;
export const MAX_ETP = 10_000;
export const MAX_QUANTITY = 1_000_000_000;

/** Collects problems while reading; each reader returns a fallback so reading can go on. */
export class Reader {
  readonly problems: FieldProblem[] = [];

  private take<T>(reading: Reading<T>, field: string, what: string, fallback: T): T {
    if (reading.ok) return reading.value;
    this.problems.push({ field, message: `${what} : ${reading.problem}`, unreadable: true });
    return fallback;
  }

  private missing<T>(field: string, message: string, fallback: T): T {
    this.problems.push({ field, message });
    return fallback;
  }

  euros(typed: string, field: string, what: string): number {
    return typed.trim() === '' ? this.missing(field, `${what} : indiquez un montant.`, 0) : this.take(readEuros(typed), field, what, 0);
  }

  optionalEuros(typed: string, field: string, what: string): number | undefined {
    return typed.trim() === '' ? undefined : this.take(readEuros(typed), field, what, 0);
  }

  rate(typed: string, field: string, what: string): string {
    return typed.trim() === '' ? this.missing(field, `${what} : indiquez un montant.`, '0') : this.take(readEuroRate(typed), field, what, '0');
  }

  decimal(typed: string, field: string, what: string, decimals: number, max: number): string {
    return typed.trim() === '' ? this.missing(field, `${what} : indiquez une valeur.`, '0') : this.take(readDecimalFigure(typed, decimals, max), field, what, '0');
  }

  optionalDecimal(typed: string, field: string, what: string, decimals: number, max: number): string | undefined {
    return typed.trim() === '' ? undefined : this.take(readDecimalFigure(typed, decimals, max), field, what, '0');
  }

  whole(typed: string, field: string, what: string, max: number): number {
    return typed.trim() === '' ? this.missing(field, `${what} : indiquez un nombre.`, 0) : this.take(readWhole(typed, max), field, what, 0);
  }

  require(ok: boolean, field: string, message: string) {
    if (!ok) this.problems.push({ field, message });
  }
}
