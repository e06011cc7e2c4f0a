// Cost lines: what an action costs each year, operating and investment apart.
import { growthFactor, mul, pow, roundHalfUp, type Cents, type Ratio } from './exact.js';
import { fail, type Scope } from '../errors.js';
import { formatEuros } from './explain.js';
import { readCents, readDecimal } from './figures.js';
import type { CostLine, DecimalInput, ExpenseNature, YearRange } from '../types.js';

export interface YearCost {
  operating: Cents;
  investment: Cents;
}

interface PreparedLine {
  nature: ExpenseNature;
  years: YearRange;
  /** Amount of the line's first year, in cents (exact: ETP × cost may have decimals). */
  base: Ratio;
  /** Yearly factor 1 + indexation, or null when not indexed. */
  growth: Ratio | null;
}

/** Reads and checks the lines once; returns the cost of any year of the action. */
export function prepareLines(lines: readonly CostLine[], period: Period, scope: Scope): (year: number) => YearCost {
  const prepared = lines.flatMap((line) => (line.kind === 'depreciation' ? depreciationLines(line, period, scope).lines : [prepareLine(line, period, scope)]));
  return (year) => {
    const cost = { operating: 0, investment: 0 };
    for (const line of prepared) {
      if (year < line.years.first || year > line.years.last) continue;
      const amount = amountIn(line, year);
      if (line.nature === 'OPERATING') cost.operating += amount;
      else cost.investment += amount;
    }
    return cost;
  };
}

/** Half-up to the cent, per line and per year, after compounding the indexation from the line's
 * first year: amount × (1 + rate)^(year − first). */
function amountIn(line: PreparedLine, year: number): Cents {
  const elapsed = year - line.years.first;
  return roundHalfUp(line.growth && elapsed > 0 ? mul(line.base, pow(line.growth, elapsed)) : line.base);
}

type DepreciationLine = Extract<CostLine, { kind: 'depreciation' }>;

/**
 * Straight-line depreciation: the annuity is the acquisition divided by the number of years,
 * rounded down to the cent; the last annuity takes the cents left, so the annuities add up to the
 * acquisition exactly (« dernière annuité ajustée »). Only the years inside the period are charged.
 */
function depreciationLines(line: DepreciationLine, period: Period, scope: Scope): { lines: PreparedLine[]; notes: (year: number) => string } {
  const what = `la ligne « ${line.label} »`;
  const amount = readCents(line.amountCents, scope, `le montant de ${what}`);
  checkYears({ first: line.acquisitionYear, last: line.acquisitionYear }, period, scope, what);
  const count = line.depreciationYears;
  if (!Number.isSafeInteger(count) || count < 1) fail(scope, 'INVALID_YEARS', `la durée d’amortissement de ${what} est invalide (${String(count)})`);
  const first = line.from === 'NEXT_YEAR' ? line.acquisitionYear + 1 : line.acquisitionYear;
  const last = first + count - 1;
  const annuity = Math.floor(amount / count);
  const lastAnnuity = amount - annuity * (count - 1);
  const inPeriod = (years: YearRange): YearRange | null => {
    const clipped = { first: Math.max(years.first, period.years.first), last: Math.min(years.last, period.years.last) };
    return clipped.first <= clipped.last ? clipped : null;
  };
  const flat = (years: YearRange | null, cents: Cents): PreparedLine[] => (years ? [{ nature: 'OPERATING', years, base: { num: BigInt(cents), den: 1n }, growth: null }] : []);
  const lines = [...flat(count > 1 ? inPeriod({ first, last: last - 1 }) : null, annuity), ...flat(inPeriod({ first: last, last }), lastAnnuity)];
  const charged = (year: number) => (year < first ? 0 : year >= last ? amount : annuity * (year - first + 1));
  const end = period.years.last;
  const remaining = amount - charged(end);
  const tail = remaining > 0 ? ` ; reste à amortir après ${end} : ${formatEuros(remaining)}` : '';
  const intro = `Amortissement de « ${line.label} » (${formatEuros(amount)} sur ${count} an${count > 1 ? 's' : ''} à partir de ${first})`;
  return {
    lines,
    notes: (year) => {
      const inSpan = year >= first && year <= last;
      const text = inSpan ? `${intro} : annuité ${year - first + 1}/${count} = ${formatEuros(year === last ? lastAnnuity : annuity)}` : '';
      if (year !== end) return text;
      return text ? `${text}${tail}` : remaining > 0 ? `${intro}${tail}` : '';
    },
  };
}

/** What a year's cost owes to depreciation, in French, to add to every share's explanation of
 * that year; null when the lines hold no depreciation (the common case costs nothing). */
export function prepareLineNotes(lines: readonly CostLine[], period: Period, scope: Scope): ((year: number) => string) | null {
  const notes = lines.flatMap((line) => (line.kind === 'depreciation' ? [depreciationLines(line, period, scope).notes] : []));
  if (notes.length === 0) return null;
  return (year) => notes.map((note) => note(year)).filter((text) => text !== '').join(' ; ');
}

function prepareLine(line: Exclude<CostLine, DepreciationLine>, period: Period, scope: Scope): PreparedLine {
  const what = `la ligne « ${line.label} »`;
  switch (line.kind) {
    case 'oneOff':
      return {
        nature: line.nature,
        years: checkYears({ first: line.year, last: line.year }, period, scope, what),
        base: { num: BigInt(readCents(line.amountCents, scope, `le montant de ${what}`)), den: 1n },
        growth: null,
      };
    case 'yearly':
      return {
        nature: line.nature,
        years: checkYears(line.years, period, scope, what),
        base: { num: BigInt(readCents(line.amountCents, scope, `le montant de ${what}`)), den: 1n },
        growth: readGrowth(line.indexationPercent, scope, `l’indexation de ${what}`),
      };
    case 'staff': {
      const etp = readDecimal(line.etp, scope, `les ETP de ${what}`);
      const annualCost = readCents(line.loadedAnnualCostCents, scope, `le coût annuel chargé de ${what}`);
      return {
        nature: 'OPERATING',
        years: checkYears(line.years, period, scope, what),
        base: mul(etp, { num: BigInt(annualCost), den: 1n }),
        growth: readGrowth(line.indexationPercent, scope, `l’indexation de ${what}`),
      };
    }
  }
}

/** The yearly factor 1 + rate of an optional indexation in percent; `what` names it in French. */
export function readGrowth(percent: DecimalInput | undefined, scope: Scope, what: string): Ratio | null {
  return percent === undefined ? null : growthFactor(readDecimal(percent, scope, what));
}

/** The period years must fall in: the mandate, or an action's own years. */
export interface Period {
  years: YearRange;
  /** « du mandat », « de l’action » */
  of: string;
  reason: 'YEAR_OUTSIDE_MANDATE' | 'YEAR_OUTSIDE_ACTION';
}

/** A range of whole years, first ≤ last, inside the period. */
export function checkYears(years: YearRange, period: Period, scope: Scope, what: string): YearRange {
  checkRange(years, scope, what);
  if (years.first < period.years.first || years.last > period.years.last) {
    fail(scope, period.reason, `${what} porte sur ${span(years)}, hors de la période ${period.of} (${span(period.years)})`);
  }
  return years;
}

export function checkRange(years: YearRange, scope: Scope, what: string): YearRange {
  const { first, last } = years;
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || first > last) {
    fail(scope, 'INVALID_YEARS', `les années de ${what} sont invalides (${first}–${last})`);
  }
  return years;
}

function span({ first, last }: YearRange): string {
  return first === last ? `${first}` : `${first}–${last}`;
}
