// Invariants of every split, and the fast engine against the plain reference, checked on generated
// schemes (fast-check).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  computeCosting,
  CostingError,
  type Action,
  type AllocationKey,
  type AllocationRule,
  type CommuneProfile,
  type CostingInput,
  type CostingResult,
  type CostLine,
  type Participant,
  type YearRange,
} from './index.js';
import { computeCosting as computeReferenceCosting } from './reference/engine.js';
import { action, commune, scheme, sharesOf, yearlyCost } from './test-builders.js';

const communeArb = (index: number) =>
  fc.record({ population: fc.integer({ min: 0, max: 500_000 }), workstations: fc.integer({ min: 0, max: 5000 }), days: fc.integer({ min: 0, max: 400 }) }).map(
    ({ population, workstations, days }): CommuneProfile =>
      commune(String(64000 + index * 7), `Commune ${index}`, { population: { municipale: population, totale: population }, devices: { workstations }, usage: { days: `${Math.floor(days / 10)}.${days % 10}` } }),
  );
const communesArb = fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => communeArb(i))));
const proportionalKeyArb = fc.constantFrom<AllocationKey>(
  { kind: 'population', population: 'municipale' },
  { kind: 'devices', devices: ['workstations'] },
  { kind: 'usage', metric: 'days', unitLabel: 'jours' },
);
const keyArb = fc.oneof(
  fc.constant<AllocationKey>({ kind: 'equal' }),
  proportionalKeyArb,
  fc.tuple(proportionalKeyArb, fc.integer({ min: 0, max: 100 })).map(
    ([key, percent]): AllocationKey => ({ kind: 'composite', parts: [{ percent, key }, { percent: 100 - percent, key: { kind: 'equal' } }] }),
  ),
);
const ruleArb = fc.record({ key: keyArb, epciPercent: fc.integer({ min: 0, max: 10_000 }) }).map(
  ({ key, epciPercent }): AllocationRule => ({ kind: 'split', key, epciShare: { kind: 'percent', percent: `${Math.floor(epciPercent / 100)}.${String(epciPercent % 100).padStart(2, '0')}` } }),
);
const centsArb = fc.integer({ min: 0, max: 10_000_000_000 });

/** Costs one action over 2026–2028, or null when the generated key has only zero weights. */
function cost(communes: CommuneProfile[], rule: AllocationRule, operating: number, investment = 0): CostingResult | null {
  const mandate = { first: 2026, last: 2028 };
  const costLines = [
    { kind: 'yearly' as const, label: 'Fonctionnement', nature: 'OPERATING' as const, years: mandate, amountCents: operating, indexationPercent: '3.7' },
    { kind: 'oneOff' as const, label: 'Équipement', nature: 'INVESTMENT' as const, year: 2027, amountCents: investment },
  ];
  try {
    return computeCosting(scheme(communes, [action(communes, { costLines, allocation: rule })], { mandate }));
  } catch (error) {
    if (error instanceof CostingError && error.reason === 'ZERO_WEIGHTS') return null;
    throw error;
  }
}

describe('every split', () => {
  it('adds up to its total to the cent, operating and investment alike, with no negative share', () => {
    fc.assert(
      fc.property(communesArb, ruleArb, centsArb, centsArb, (communes, rule, operating, investment) => {
        const result = cost(communes, rule, operating, investment);
        fc.pre(result !== null);
        for (const row of result.actions[0].years) {
          const sum = (pick: (s: (typeof row.shares)[number]) => number) => row.shares.reduce((total, share) => total + pick(share), 0);
          expect(sum((s) => s.cents)).toBe(row.totalCents);
          expect(sum((s) => s.operatingCents)).toBe(row.operatingCents);
          expect(sum((s) => s.investmentCents)).toBe(row.investmentCents);
          for (const share of row.shares) expect(share.operatingCents >= 0 && share.investmentCents >= 0).toBe(true);
        }
        expect(result.totals.mandate.totalCents).toBe(result.actions[0].totalCents);
      }),
    );
  });

  it('costs nothing to anyone when every cost is removed', () => {
    fc.assert(
      fc.property(communesArb, ruleArb, (communes, rule) => {
        const result = cost(communes, rule, 0);
        fc.pre(result !== null);
        for (const row of result.actions[0].years) for (const share of row.shares) expect(share.cents).toBe(0);
        for (const row of result.communes) expect(row.mandate.schemeCents).toBe(0);
        expect(result.totals.mandate).toEqual({ epciCents: 0, communesCents: 0, totalCents: 0 });
      }),
    );
  });
});

describe('a proportional key', () => {
  it('never charges a participant with a larger figure less than one with a smaller figure', () => {
    fc.assert(
      fc.property(communesArb, proportionalKeyArb, centsArb, (communes, key, total) => {
        const result = cost(communes, { kind: 'split', key }, total);
        fc.pre(result !== null);
        const figure = (c: CommuneProfile) => (key.kind === 'population' ? c.population.municipale : key.kind === 'devices' ? c.devices!.workstations! : Number(c.usage!.days));
        const shares = sharesOf(result, 'a1', 2027);
        for (const x of communes) for (const y of communes) if (figure(x) > figure(y)) expect(shares[x.insee]).toBeGreaterThanOrEqual(shares[y.insee]);
      }),
    );
  });

  it('never raises the others’ total when a participant joins, nor anyone’s share beyond one cent of rounding', () => {
    // One cent is the largest-remainder rounding: a newcomer can reorder the remainders
    // (Hamilton's "new states paradox"), never the exact shares, which can only fall.
    fc.assert(
      fc.property(communesArb, communeArb(99), proportionalKeyArb, centsArb, (communes, newcomer, key, total) => {
        const before = cost(communes, { kind: 'split', key }, total);
        const after = cost([...communes, newcomer], { kind: 'split', key }, total);
        fc.pre(before !== null && after !== null);
        const [old, now] = [sharesOf(before, 'a1', 2026), sharesOf(after, 'a1', 2026)];
        for (const c of communes) expect(now[c.insee]).toBeLessThanOrEqual(old[c.insee] + 1);
        expect(communes.reduce((sum, c) => sum + now[c.insee], 0)).toBeLessThanOrEqual(communes.reduce((sum, c) => sum + old[c.insee], 0));
      }),
    );
  });
});

describe('indexation', () => {
  it('compounds yearly from the line’s first year, rounded half-up each year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 2026, max: 2030 }), (base, rateHundredths, first) => {
        const rate = `${Math.floor(rateHundredths / 100)}.${String(rateHundredths % 100).padStart(2, '0')}`;
        const mandate = { first: 2026, last: 2032 };
        const line = { kind: 'yearly' as const, label: 'Licences', nature: 'OPERATING' as const, years: { first, last: 2032 }, amountCents: base, indexationPercent: rate };
        const c = commune('64001', 'Aast');
        const years = computeCosting(scheme([c], [action([c], { costLines: [line] })], { mandate })).actions[0].years;
        for (const row of years) {
          if (row.year < first) {
            expect(row.totalCents).toBe(0);
            continue;
          }
          const k = BigInt(row.year - first);
          // base × ((10 000 + rate) / 10 000)^k, half-up: (2 × num + den) / (2 × den).
          const [num, den] = [BigInt(base) * (10_000n + BigInt(rateHundredths)) ** k, 10_000n ** k];
          expect(row.totalCents).toBe(Number((2n * num + den) / (2n * den)));
        }
      }),
    );
  });
});

describe('floors and ceilings', () => {
  it('keep every share within its bounds, add up, and split the rest by the key', () => {
    const boundsArb = fc.record({ floor: fc.integer({ min: 0, max: 200_000 }), extra: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }) });
    fc.assert(
      fc.property(communesArb, fc.array(boundsArb, { minLength: 25, maxLength: 25 }), fc.integer({ min: 0, max: 5_000_000 }), (communes, bounds, total) => {
        const byCommune = Object.fromEntries(
          communes.map((c, i) => [c.insee, { floorCents: bounds[i].floor, ceilingCents: bounds[i].extra === undefined ? undefined : bounds[i].floor + bounds[i].extra }]),
        );
        const key: AllocationKey = { kind: 'population', population: 'municipale' };
        let result: CostingResult | null;
        try {
          result = cost(communes, { kind: 'split', key, bounds: { byCommune } }, total);
        } catch (error) {
          // Only when the bounds cannot be met: floors above the cost, ceilings below it, or a rest
          // left to communes whose key is zero.
          expect(error instanceof CostingError && error.reason === 'BOUNDS_UNREACHABLE').toBe(true);
          return;
        }
        fc.pre(result !== null);
        const shares = sharesOf(result, 'a1', 2026);
        const row = result.actions[0].years[0];
        expect(communes.reduce((sum, c) => sum + shares[c.insee], 0)).toBe(row.totalCents);
        for (const c of communes) {
          const { floorCents, ceilingCents } = byCommune[c.insee];
          if (row.totalCents > 0) expect(shares[c.insee]).toBeGreaterThanOrEqual(floorCents);
          if (ceilingCents !== undefined) expect(shares[c.insee]).toBeLessThanOrEqual(ceilingCents);
        }
        // Communes strictly within their bounds pay in proportion to their key, to a cent; a commune
        // at its ceiling (floor) would pay at least (at most) that bound at their rate, to a cent.
        const inside = communes.filter((c) => shares[c.insee] > byCommune[c.insee].floorCents && shares[c.insee] < (byCommune[c.insee].ceilingCents ?? Infinity));
        for (const y of inside) {
          const py = y.population.municipale;
          for (const x of communes) {
            const px = x.population.municipale;
            const { floorCents, ceilingCents } = byCommune[x.insee];
            if (inside.includes(x)) expect(Math.abs(shares[x.insee] * py - shares[y.insee] * px)).toBeLessThanOrEqual(Math.max(px, py));
            else if (shares[x.insee] === ceilingCents && ceilingCents > floorCents) expect((shares[y.insee] + 1) * px).toBeGreaterThanOrEqual((ceilingCents - 1) * py);
            else if (shares[x.insee] === floorCents && floorCents !== ceilingCents) expect(Math.max(0, shares[y.insee] - 1) * px).toBeLessThanOrEqual((floorCents + 1) * py);
          }
        }
      }),
    );
  });
});

describe('floors and ceilings, with huge weights', () => {
  it('pin the same communes and give the same shares as the same proportions in small figures', () => {
    // The same key with every figure × 10^20: the same proportions, but weights beyond 2^53, where
    // the splits leave doubles for BigInt.
    const scaled = (c: CommuneProfile): CommuneProfile => ({ ...c, usage: { days: `${String(c.usage!.days).replace('.', '')}${'0'.repeat(19)}` } });
    const boundsArb = fc.record({ floor: fc.integer({ min: 0, max: 300_000 }), extra: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }) });
    fc.assert(
      fc.property(communesArb, fc.array(boundsArb, { minLength: 25, maxLength: 25 }), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 2_000 }), (communes, bounds, total, fixedPartCents) => {
        const byCommune = Object.fromEntries(
          communes.map((c, i) => [c.insee, { floorCents: bounds[i].floor, ceilingCents: bounds[i].extra === undefined ? undefined : fixedPartCents + bounds[i].floor + bounds[i].extra }]),
        );
        const rule: AllocationRule = { kind: 'split', key: { kind: 'usage', metric: 'days', unitLabel: 'jours' }, fixedPartCents, bounds: { byCommune } };
        const outcome = (list: CommuneProfile[]) => {
          try {
            const result = cost(list, rule, total, Math.floor(total / 3));
            return result?.actions[0].years.map((row) => row.shares.map((share) => `${share.cents} ${share.explanation.split(' ')[0]}`));
          } catch (error) {
            if (error instanceof CostingError) return error.reason;
            throw error;
          }
        };
        expect(outcome(communes)).toEqual(outcome(communes.map(scaled)));
      }),
    );
  });
});

describe('the fast engine', () => {
  const MANDATE: YearRange = { first: 2026, last: 2030 };
  // Figures as drafters type them: whole or decimal, as a JSON number or a string; now and then
  // huge (× 10^15), which sends every split and rounding off its fast paths.
  const decimalArb = (max: number, huge = false) =>
    fc
      .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('number', 'string', ...(huge ? ['huge'] : [])))
      .map(([whole, hundredths, as]) => (as === 'huge' ? `${whole}${hundredths}000000000000000` : as === 'number' ? whole + hundredths / 100 : `${whole}.${String(hundredths).padStart(2, '0')}`));
  const amountArb = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) }, fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.constant(0));
  const yearArb = fc.integer({ min: 2026, max: 2030 });
  const profileArb = (index: number) =>
    fc
      .record({
        population: fc.integer({ min: 0, max: 300_000 }),
        dgf: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
        agents: decimalArb(400, true),
        workstations: fc.integer({ min: 0, max: 3000 }),
        phones: fc.integer({ min: 0, max: 500 }),
        potentiel: fc.integer({ min: 0, max: 10_000_000_000 }),
        days: decimalArb(300, true),
      })
      .map(
        (f): CommuneProfile => ({
          // Codes not in input order, so that ties are broken by code and not by position.
          insee: String(64000 + ((index * 37) % 101)),
          name: `Commune ${index}`,
          population: { municipale: f.population, totale: f.population + 10, ...(f.dgf === undefined ? {} : { dgf: f.dgf }) },
          agentsEtp: f.agents,
          devices: { workstations: f.workstations, phones: f.phones },
          potentielFinancierCents: f.potentiel,
          usage: { days: f.days },
        }),
      );
  const simpleKeyArb = fc.constantFrom<AllocationKey>(
    { kind: 'equal' },
    { kind: 'population', population: 'municipale' },
    { kind: 'population', population: 'totale' },
    { kind: 'agents' },
    { kind: 'devices', devices: ['workstations', 'phones'] },
    { kind: 'usage', metric: 'days', unitLabel: 'jours' },
    { kind: 'potentielFinancier' },
  );
  const keyArb = (communes: readonly CommuneProfile[]) =>
    fc.oneof(
      { weight: 4, arbitrary: simpleKeyArb },
      fc.tuple(simpleKeyArb, simpleKeyArb, fc.integer({ min: 0, max: 10_000 })).map(
        ([a, b, p]): AllocationKey => ({ kind: 'composite', parts: [{ percent: `${p / 100}`, key: a }, { percent: `${(10_000 - p) / 100}`, key: b }] }),
      ),
      fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: communes.length, maxLength: communes.length }).map((raw): AllocationKey => {
        // Percentages summing to exactly 100, in hundredths.
        const sum = raw.reduce((a, b) => a + b, 0);
        const hundredths = raw.map((r) => Math.floor((r * 10_000) / sum));
        hundredths[0] += 10_000 - hundredths.reduce((a, b) => a + b, 0);
        return { kind: 'percentages', percents: Object.fromEntries(communes.map((c, i) => [c.insee, (hundredths[i] / 100).toFixed(2)])) };
      }),
    );
  const boundsArb = fc.record({ floor: fc.integer({ min: 0, max: 300_000 }), extra: fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: undefined }) });
  const splitArb = (communes: readonly CommuneProfile[]) =>
    fc
      .record({
        key: keyArb(communes),
        epci: fc.oneof(fc.constant(undefined), decimalArb(99).map((percent) => ({ kind: 'percent' as const, percent })), amountArb.map((amountCents) => ({ kind: 'amount' as const, amountCents }))),
        fixedPartCents: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
        bounds: fc.option(fc.array(boundsArb, { minLength: communes.length, maxLength: communes.length }), { nil: undefined }),
      })
      .map(
        ({ key, epci, fixedPartCents, bounds }): AllocationRule => ({
          kind: 'split',
          key,
          ...(epci ? { epciShare: epci } : {}),
          ...(fixedPartCents === undefined ? {} : { fixedPartCents }),
          ...(bounds
            ? { bounds: { byCommune: Object.fromEntries(communes.map((c, i) => [c.insee, { floorCents: bounds[i].floor, ...(bounds[i].extra === undefined ? {} : { ceilingCents: bounds[i].floor + bounds[i].extra }) }])) } }
            : {}),
        }),
      );
  const priceArb = fc.oneof(
    amountArb.map((amountCents) => ({ kind: 'flat' as const, amountCents })),
    decimalArb(500).map((rateCents) => ({ kind: 'perInhabitant' as const, population: 'municipale' as const, rateCents })),
    decimalArb(50_000).map((rateCents) => ({ kind: 'perUnit' as const, metric: 'days', unitLabel: 'jours', rateCents })),
    fc.tuple(fc.integer({ min: 1, max: 5000 }), decimalArb(300), decimalArb(300)).map(([upTo, low, high]) => ({
      kind: 'bands' as const,
      population: 'totale' as const,
      bands: [
        { upTo, rateCents: low },
        { upTo: null, rateCents: high },
      ],
    })),
  );
  const tariffArb = fc.record({ price: fc.array(priceArb, { minLength: 1, maxLength: 3 }), indexation: fc.option(decimalArb(9), { nil: undefined }), paidTo: fc.constantFrom('EPCI' as const, 'PROVIDER' as const) }).map(
    ({ price, indexation, paidTo }): AllocationRule => ({ kind: 'tariff', price, paidTo, ...(indexation === undefined ? {} : { indexationPercent: indexation }) }),
  );
  const costLineArb = fc.oneof(
    fc.record({ year: yearArb, amountCents: amountArb, nature: fc.constantFrom('OPERATING' as const, 'INVESTMENT' as const) }).map(({ year, amountCents, nature }): CostLine => ({ kind: 'oneOff', label: 'Achat', nature, year, amountCents })),
    fc.record({ first: yearArb, amountCents: amountArb, indexation: fc.option(decimalArb(9), { nil: undefined }), nature: fc.constantFrom('OPERATING' as const, 'INVESTMENT' as const) }).map(
      ({ first, amountCents, indexation, nature }): CostLine => ({ kind: 'yearly', label: 'Licences', nature, years: { first, last: 2030 }, amountCents, ...(indexation === undefined ? {} : { indexationPercent: indexation }) }),
    ),
    fc.record({ first: yearArb, etp: decimalArb(5), cost: fc.integer({ min: 0, max: 9_000_000 }), indexation: fc.option(decimalArb(5), { nil: undefined }) }).map(
      ({ first, etp, cost, indexation }): CostLine => ({ kind: 'staff', label: 'Agent', years: { first, last: 2030 }, etp, loadedAnnualCostCents: cost, ...(indexation === undefined ? {} : { indexationPercent: indexation }) }),
    ),
    fc.record({ year: yearArb, amountCents: amountArb, depreciationYears: fc.integer({ min: 1, max: 12 }), next: fc.boolean() }).map(
      ({ year, amountCents, depreciationYears, next }): CostLine => ({ kind: 'depreciation', label: 'Serveur', acquisitionYear: year, amountCents, depreciationYears, from: next ? 'NEXT_YEAR' : 'ACQUISITION_YEAR' }),
    ),
  );
  const participantArb = (c: CommuneProfile) =>
    fc
      .record({
        ac: fc.boolean(),
        operating: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
        investment: fc.integer({ min: 0, max: 1_000_000 }),
        etp: fc.option(decimalArb(3), { nil: undefined }),
        receipt: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
        ownDays: fc.option(decimalArb(50), { nil: undefined }),
      })
      .map(
        (p): Participant => ({
          insee: c.insee,
          payment: p.ac ? 'AC_DEDUCTION' : 'INVOICE',
          ...(p.operating === undefined ? {} : { statusQuo: { operatingCents: p.operating, investmentCents: p.investment } }),
          ...(p.etp === undefined ? {} : { etpTransferred: p.etp }),
          ...(p.receipt === undefined ? {} : { receipt: { cents: p.receipt, explanation: 'remboursement' } }),
          ...(p.ownDays === undefined ? {} : { usage: { days: p.ownDays } }),
        }),
      );
  const actionArb = (communes: readonly CommuneProfile[], id: string) =>
    fc.subarray([...communes]).chain((joined) =>
      fc
        .record({
          kind: fc.constantFrom<Action['kind']>('SHARED_SERVICE', 'POOLED_DPO', 'SHARED_ASSET'),
          years: fc.option(fc.tuple(yearArb, fc.integer({ min: 0, max: 4 })), { nil: undefined }),
          rule: fc.oneof(splitArb(joined), tariffArb),
          lines: fc.array(costLineArb, { maxLength: 3 }),
          running: fc.integer({ min: 1_000_000, max: 100_000_000 }),
          gained: fc.option(decimalArb(4), { nil: undefined }),
          participants: fc.tuple(...joined.map(participantArb)),
        })
        .map((a): Action => {
          const years = a.years ? { first: a.years[0], last: Math.min(MANDATE.last, a.years[0] + a.years[1]) } : MANDATE;
          return {
            id,
            title: `Action ${id}`,
            kind: a.kind,
            ...(a.years ? { years } : {}),
            participants: a.participants.map((p) => (a.kind === 'SHARED_SERVICE' ? p : { ...p, payment: 'INVOICE' })),
            // A running cost every year, so that fixed parts and floors mostly have something to share.
            costLines: [...a.lines, yearlyCost(a.running, MANDATE)].map((line) => withinYears(line, years)),
            allocation: a.rule,
            ...(a.gained === undefined ? {} : { epciEtpGained: a.gained }),
          };
        }),
    );
  const inputArb = fc
    .integer({ min: 1, max: 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => profileArb(i))))
    .chain((communes) =>
      fc.tuple(fc.constant(communes), fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => actionArb(communes, `a${i}`))))),
    )
    .map(([communes, actions]): CostingInput => ({ mandate: MANDATE, taxRegime: 'FPU', communes, actions }));

  /** The line moved into the action's years (cost lines outside them are refused). */
  function withinYears(line: CostLine, years: YearRange): CostLine {
    const clamp = (year: number) => Math.min(years.last, Math.max(years.first, year));
    switch (line.kind) {
      case 'oneOff':
        return { ...line, year: clamp(line.year) };
      case 'depreciation':
        return { ...line, acquisitionYear: clamp(line.acquisitionYear) };
      default:
        return { ...line, years: { first: clamp(line.years.first), last: years.last } };
    }
  }

  /** The result, or the error's reason, action and message: both engines must fail alike. */
  function outcome(compute: (input: CostingInput) => CostingResult, input: CostingInput): unknown {
    try {
      return compute(input);
    } catch (error) {
      if (error instanceof CostingError) return { reason: error.reason, actionId: error.actionId, message: error.message };
      throw error;
    }
  }

  it('gives the reference engine’s every share, total and explanation, to the cent', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(outcome(computeCosting, input)).toEqual(outcome(computeReferenceCosting, input));
      }),
      { numRuns: 400 },
    );
  });
});
