// From the costed actions to what the scheme reports: each commune's cost, status quo, saving and
// impact per year and over the mandate, the EPCI's, and the totals.
import { add, divideHalfUpNumber, negate, roundHalfUp, type Cents, type Ratio } from '../money.js';
import { actionScope, failOutOfRange } from './errors.js';
import type { ActionCosting, CommuneCosting, CommuneFigures, CostingInput, CostingResult, Share, YearRange } from './types.js';

export interface CostedAction {
  costing: ActionCosting;
  years: YearRange;
  epciEtpGained: Ratio;
  /** In the same order as the commune shares of every year. */
  members: MemberFacts[];
}

export interface MemberFacts {
  insee: string;
  statusQuoOperating: Cents;
  statusQuoInvestment: Cents;
  etpTransferred: Ratio;
  /** Received each year of the action. */
  receipt: Cents;
}

/** Running sums for one payer in one year. */
interface Tally {
  scheme: Cents;
  operating: Cents;
  statusQuo: Cents;
  statusQuoOperating: Cents;
  acDeduction: Cents;
  receipt: Cents;
  /** ETP change, exact: etpNum / etpDen in doubles while they are safe integers, else etpBig. */
  etpNum: number;
  etpDen: number;
  etpBig: Ratio | null;
}

/** An exact ETP figure in doubles when it fits, to add to tallies; null when it is zero. */
interface Etp {
  num: number;
  den: number;
  exact: Ratio;
  fits: boolean;
}

function newTallies(yearCount: number): Tally[] {
  const tallies: Tally[] = [];
  for (let y = 0; y < yearCount; y++) tallies.push({ scheme: 0, operating: 0, statusQuo: 0, statusQuoOperating: 0, acDeduction: 0, receipt: 0, etpNum: 0, etpDen: 1, etpBig: null });
  return tallies;
}

function etpOf(value: Ratio, sign: 1 | -1): Etp | null {
  if (value.num === 0n) return null;
  const exact = sign === 1 ? value : { num: -value.num, den: value.den };
  const num = Number(exact.num);
  const den = Number(exact.den);
  return { num, den, exact, fits: Number.isSafeInteger(num) && Number.isSafeInteger(den) };
}

export function summarise(input: CostingInput, actions: readonly CostedAction[]): CostingResult {
  const { first, last } = input.mandate;
  const yearCount = last - first + 1;
  const epci = newTallies(yearCount);
  const communes = new Map<string, Tally[]>();
  for (const commune of input.communes) communes.set(commune.insee, newTallies(yearCount));
  const totals: Cents[] = new Array<Cents>(yearCount).fill(0);
  // Every tally is a part of this running sum of magnitudes: while it stays a safe integer, every
  // sum below is exact. The action that would take it beyond is refused (costScheme reports it).
  let magnitude = 0;

  for (const action of actions) {
    const { members } = action;
    let statusQuoPerYear = 0;
    for (const member of members) statusQuoPerYear += member.statusQuoOperating + member.statusQuoInvestment;
    for (const row of action.costing.years) magnitude += Math.abs(row.totalCents) + statusQuoPerYear;
    if (!Number.isSafeInteger(magnitude)) failOutOfRange(actionScope({ id: action.costing.actionId, title: action.costing.title }));
    const tallies = members.map((member) => communes.get(member.insee)!);
    const gained = etpOf(action.epciEtpGained, 1);
    const transferred = members.map((member) => etpOf(member.etpTransferred, -1));
    for (const row of action.costing.years) {
      const y = row.year - first;
      totals[y] += row.totalCents;
      const { shares } = row;
      tally(epci[y], shares[0]);
      for (let k = 0; k < tallies.length; k++) tally(tallies[k][y], shares[k + 1]);
      if (gained) addEtp(epci[y], gained);
      for (let k = 0; k < members.length; k++) {
        const into = tallies[k][y];
        const member = members[k];
        into.statusQuo += member.statusQuoOperating + member.statusQuoInvestment;
        into.statusQuoOperating += member.statusQuoOperating;
        into.receipt += member.receipt;
        const etp = transferred[k];
        if (etp) addEtp(into, etp);
      }
    }
  }

  const communeRows = Array.from(input.communes, (commune): CommuneCosting => {
    const tallies = communes.get(commune.insee)!;
    const population = commune.population.municipale;
    const years = Array.from({ length: yearCount }, (_, y) => communeFigures(first + y, tallies[y], population));
    return { insee: commune.insee, name: commune.name, population, years, mandate: communeFigures(null, overMandate(tallies), population) };
  });
  const epciYears = Array.from({ length: yearCount }, (_, y) => ({
    year: first + y,
    schemeCents: epci[y].scheme,
    impact: { etpChange: etpNumber(epci[y]), operatingExpenseChangeCents: epci[y].operating },
  }));
  const totalYears = Array.from({ length: yearCount }, (_, y) => ({ year: first + y, epciCents: epci[y].scheme, communesCents: totals[y] - epci[y].scheme, totalCents: totals[y] }));
  let epciSum = 0;
  let totalSum = 0;
  for (let y = 0; y < yearCount; y++) {
    epciSum += epci[y].scheme;
    totalSum += totals[y];
  }
  const epciMandate = overMandate(epci);
  return {
    mandate: input.mandate,
    actions: actions.map((action) => action.costing),
    communes: communeRows,
    epci: { years: epciYears, mandate: { schemeCents: epciMandate.scheme, impact: { etpChange: etpNumber(epciMandate), operatingExpenseChangeCents: epciMandate.operating } } },
    totals: { years: totalYears, mandate: { epciCents: epciSum, communesCents: totalSum - epciSum, totalCents: totalSum } },
  };
}

function tally(into: Tally, share: Share): void {
  into.scheme += share.cents;
  into.operating += share.operatingCents;
  if (share.payment === 'AC_DEDUCTION') into.acDeduction += share.cents;
}

/** Adds exactly, as money.add does (same numerator and denominator), in doubles while every
 * product is a safe integer (one beyond 2^53 rounds to an unsafe one, so it shows). */
function addEtp(into: Tally, etp: Etp): void {
  if (into.etpBig === null && etp.fits) {
    const [a, aDen, b, bDen] = [into.etpNum, into.etpDen, etp.num, etp.den];
    let num: number;
    let den: number;
    if (aDen === bDen) {
      num = a + b;
      den = aDen;
    } else if (aDen % bDen === 0) {
      num = a + exactProduct(b, aDen / bDen);
      den = aDen;
    } else if (bDen % aDen === 0) {
      num = exactProduct(a, bDen / aDen) + b;
      den = bDen;
    } else {
      num = exactProduct(a, bDen) + exactProduct(b, aDen);
      den = exactProduct(aDen, bDen);
    }
    if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) {
      into.etpNum = num;
      into.etpDen = den;
      return;
    }
  }
  into.etpBig = add(into.etpBig ?? { num: BigInt(into.etpNum), den: BigInt(into.etpDen) }, etp.exact);
}

function exactProduct(x: number, y: number): number {
  const product = x * y;
  return Number.isSafeInteger(product) ? product : NaN;
}

/** The exact decimal as the nearest JSON number (2.5 → 2.5). */
function etpNumber(tally: Tally): number {
  return tally.etpBig ? Number(tally.etpBig.num) / Number(tally.etpBig.den) : tally.etpNum / tally.etpDen;
}

/** Sums over the mandate; ETP being a stock, the mandate keeps its last year's change. */
function overMandate(tallies: readonly Tally[]): Tally {
  const sum: Tally = { ...tallies[tallies.length - 1], scheme: 0, operating: 0, statusQuo: 0, statusQuoOperating: 0, acDeduction: 0, receipt: 0 };
  for (const t of tallies) {
    sum.scheme += t.scheme;
    sum.operating += t.operating;
    sum.statusQuo += t.statusQuo;
    sum.statusQuoOperating += t.statusQuoOperating;
    sum.acDeduction += t.acDeduction;
    sum.receipt += t.receipt;
  }
  return sum;
}

function communeFigures(year: number, tally: Tally, population: number): CommuneFigures & { year: number };
function communeFigures(year: null, tally: Tally, population: number): CommuneFigures;
/** A year's figures (`year` first, as the rows list it), or the mandate's (`year` null). */
function communeFigures(year: number | null, tally: Tally, population: number): CommuneFigures | (CommuneFigures & { year: number }) {
  const costPerInhabitantCents = population > 0 ? perInhabitant(tally.scheme, population) : null;
  const impact = { etpChange: etpNumber(tally), operatingExpenseChangeCents: tally.operating - tally.statusQuoOperating };
  const [schemeCents, statusQuoCents, acDeductionCents, receiptCents] = [tally.scheme, tally.statusQuo, tally.acDeduction, tally.receipt];
  const savingCents = statusQuoCents - schemeCents + receiptCents;
  return year === null
    ? { schemeCents, statusQuoCents, savingCents, costPerInhabitantCents, acDeductionCents, receiptCents, impact }
    : { year, schemeCents, statusQuoCents, savingCents, costPerInhabitantCents, acDeductionCents, receiptCents, impact };
}

/** cents / population, half-up: in doubles when exact there. */
function perInhabitant(cents: Cents, population: number): Cents {
  const limit = 2 ** 50;
  if (population <= limit && cents <= limit && cents >= -limit) return cents < 0 ? negate(divideHalfUpNumber(-cents, population)) : divideHalfUpNumber(cents, population);
  return roundHalfUp({ num: BigInt(cents), den: BigInt(population) });
}
