// Invariants of every split, checked on generated schemes (fast-check).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeCosting, CostingError, type AllocationKey, type AllocationRule, type CommuneProfile, type CostingResult } from './index.js';
import { action, commune, scheme, sharesOf } from './test-builders.js';

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

describe('floors and ceilings, in doubles', () => {
  it('pin the same communes and give the same shares as the exact BigInt computation', () => {
    // The same key with every figure × 10^20: the same proportions, but weights beyond 2^53, which
    // the bounded split can only handle in BigInt (the original computation).
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
