// From the costed actions to what the scheme reports: each commune's cost, status quo, saving and
// impact per year and over the mandate, the EPCI's, and the totals.
import { add, roundHalfUp, type Cents, type Ratio } from './exact.js';
import { actionScope, failOutOfRange } from '../errors.js';
import type { ActionCosting, CommuneFigures, CostingInput, CostingResult, EpciFigures, Share, Totals, YearRange } from '../types.js';

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
  etp: Ratio;
}

export function summarise(input: CostingInput, actions: readonly CostedAction[]): CostingResult {
  const { first, last } = input.mandate;
  const yearCount = last - first + 1;
  const newTallies = (): Tally[] => Array.from({ length: yearCount }, () => ({ scheme: 0, operating: 0, statusQuo: 0, statusQuoOperating: 0, acDeduction: 0, receipt: 0, etp: { num: 0n, den: 1n } }));
  const epci = newTallies();
  const communes = new Map(input.communes.map((commune) => [commune.insee, newTallies()]));
  const totals = Array.from({ length: yearCount }, () => 0);
  // Every figure below is a part of this sum of magnitudes: while it is a safe integer, every sum
  // is exact. The action that would take it beyond is refused.
  let magnitude = 0;

  for (const action of actions) {
    const statusQuoPerYear = action.members.reduce((sum, member) => sum + member.statusQuoOperating + member.statusQuoInvestment, 0);
    for (const row of action.costing.years) magnitude += Math.abs(row.totalCents) + statusQuoPerYear;
    if (!Number.isSafeInteger(magnitude)) failOutOfRange(actionScope({ id: action.costing.actionId, title: action.costing.title }));
    const tallies = action.members.map((member) => communes.get(member.insee)!);
    for (const row of action.costing.years) {
      const y = row.year - first;
      totals[y] += row.totalCents;
      const { shares } = row;
      tally(epci[y], shares[0]);
      for (let k = 0; k < tallies.length; k++) tally(tallies[k][y], shares[k + 1]);
      if (action.epciEtpGained.num !== 0n) epci[y].etp = add(epci[y].etp, action.epciEtpGained);
      action.members.forEach((member, k) => tallyStatusQuo(tallies[k][y], member));
    }
  }

  const yearOf = (y: number): number => first + y;
  return {
    mandate: input.mandate,
    actions: actions.map((action) => action.costing),
    communes: input.communes.map((commune) => {
      const tallies = communes.get(commune.insee)!;
      const population = commune.population.municipale;
      return {
        insee: commune.insee,
        name: commune.name,
        population,
        years: tallies.map((tally, y) => ({ year: yearOf(y), ...communeFigures(tally, population) })),
        mandate: communeFigures(overMandate(tallies), population),
      };
    }),
    epci: { years: epci.map((tally, y) => ({ year: yearOf(y), ...epciFigures(tally) })), mandate: epciFigures(overMandate(epci)) },
    totals: {
      years: totals.map((total, y) => ({ year: yearOf(y), ...totalsOf(epci[y].scheme, total) })),
      mandate: totalsOf(
        epci.reduce((sum, tally) => sum + tally.scheme, 0),
        totals.reduce((sum, total) => sum + total, 0),
      ),
    },
  };
}

function tally(into: Tally, share: Share): void {
  into.scheme += share.cents;
  into.operating += share.operatingCents;
  if (share.payment === 'AC_DEDUCTION') into.acDeduction += share.cents;
}

function tallyStatusQuo(into: Tally, member: MemberFacts): void {
  into.statusQuo += member.statusQuoOperating + member.statusQuoInvestment;
  into.statusQuoOperating += member.statusQuoOperating;
  into.receipt += member.receipt;
  if (member.etpTransferred.num !== 0n) into.etp = add(into.etp, { num: -member.etpTransferred.num, den: member.etpTransferred.den });
}

/** Sums over the mandate; ETP being a stock, the mandate keeps its last year's change. */
function overMandate(tallies: readonly Tally[]): Tally {
  const sum = (pick: (tally: Tally) => Cents): Cents => tallies.reduce((total, tally) => total + pick(tally), 0);
  return {
    scheme: sum((t) => t.scheme),
    operating: sum((t) => t.operating),
    statusQuo: sum((t) => t.statusQuo),
    statusQuoOperating: sum((t) => t.statusQuoOperating),
    acDeduction: sum((t) => t.acDeduction),
    receipt: sum((t) => t.receipt),
    etp: tallies[tallies.length - 1].etp,
  };
}

function communeFigures(tally: Tally, population: number): CommuneFigures {
  return {
    schemeCents: tally.scheme,
    statusQuoCents: tally.statusQuo,
    savingCents: tally.statusQuo - tally.scheme + tally.receipt,
    costPerInhabitantCents: population > 0 ? roundHalfUp({ num: BigInt(tally.scheme), den: BigInt(population) }) : null,
    acDeductionCents: tally.acDeduction,
    receiptCents: tally.receipt,
    impact: { etpChange: toNumber(tally.etp), operatingExpenseChangeCents: tally.operating - tally.statusQuoOperating },
  };
}

/** The EPCI's figures are net of what the communes reimburse it. */
function epciFigures(tally: Tally): EpciFigures {
  return { schemeCents: tally.scheme, impact: { etpChange: toNumber(tally.etp), operatingExpenseChangeCents: tally.operating } };
}

function totalsOf(epciCents: Cents, totalCents: Cents): Totals {
  return { epciCents, communesCents: totalCents - epciCents, totalCents };
}

/** The exact decimal as the nearest JSON number (2.5 → 2.5). */
function toNumber(value: Ratio): number {
  return Number(value.num) / Number(value.den);
}
