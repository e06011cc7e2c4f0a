// The rules that make the costing read as a finance department expects (issue #18), with figures
// a person can check by hand, and their invariants on generated cases (fast-check).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeCosting, type CostLine } from './index.js';
import { MIN_OUTLIER_FACTOR, costPerInhabitantOutliers, outliersAbove } from './outliers.js';
import { action, commune, explanationsOf, plain, scheme, sharesOf, yearlyCost } from './test-builders.js';

const MANDATE = { first: 2026, last: 2032 };
const MOISSAC = commune('82112', 'Moissac');
const CASTEL = commune('82033', 'Castelsarrasin');

const depreciation = (depreciationYears: number, from: 'ACQUISITION_YEAR' | 'NEXT_YEAR' = 'ACQUISITION_YEAR', amountCents = 2_400_000): CostLine => ({
  kind: 'depreciation',
  label: 'Acquisition',
  acquisitionYear: 2026,
  amountCents,
  depreciationYears,
  from,
});

/** The action's total each year of the mandate, in cents. */
function yearlyTotals(costLines: CostLine[]): number[] {
  const result = computeCosting(scheme([MOISSAC, CASTEL], [action([MOISSAC, CASTEL], { years: MANDATE, costLines })], { mandate: MANDATE }));
  return result.actions[0].years.map((row) => row.totalCents);
}

describe('a shared asset’s depreciation', () => {
  const running = yearlyCost(120_000, MANDATE); // 1 200,00 € a year

  it('spreads 24 000 € over 4 years: 6 000 € + 1 200 € of running cost in 2026–2029, then 1 200 €', () => {
    expect(yearlyTotals([depreciation(4), running])).toEqual([720_000, 720_000, 720_000, 720_000, 120_000, 120_000, 120_000]);
  });

  it('spreads 24 000 € over 10 years: 2 400 € + 1 200 € every year of the mandate, 16 800 € of it depreciation', () => {
    expect(yearlyTotals([depreciation(10), running])).toEqual(Array(7).fill(360_000));
  });

  it('starts the year after the acquisition when chosen: 2 400 € a year from 2027', () => {
    expect(yearlyTotals([depreciation(10, 'NEXT_YEAR')])).toEqual([0, 240_000, 240_000, 240_000, 240_000, 240_000, 240_000]);
  });

  it('rounds the annuity down to the cent and lets the last one take the cents left: 100 € over 3 years is 33,33 + 33,33 + 33,34', () => {
    expect(yearlyTotals([depreciation(3, 'ACQUISITION_YEAR', 10_000)])).toEqual([3_333, 3_333, 3_334, 0, 0, 0, 0]);
  });

  it('is an operating expense (dotation aux amortissements)', () => {
    const result = computeCosting(scheme([MOISSAC], [action([MOISSAC], { years: MANDATE, costLines: [depreciation(10)] })], { mandate: MANDATE }));
    expect(result.actions[0].years[0]).toMatchObject({ operatingCents: 240_000, investmentCents: 0 });
  });

  it('says the annuity in each share’s explanation, and in the action’s last year what remains to depreciate after it', () => {
    const result = computeCosting(scheme([MOISSAC, CASTEL], [action([MOISSAC, CASTEL], { years: MANDATE, costLines: [depreciation(10)] })], { mandate: MANDATE }));
    expect(explanationsOf(result, 'a1', 2026)['82112']).toBe(
      '50 % en parts égales (1 sur 2) × 2 400,00 € — Amortissement de « Acquisition » (24 000,00 € sur 10 ans à partir de 2026) : annuité 1/10 = 2 400,00 €',
    );
    expect(explanationsOf(result, 'a1', 2032)['82033']).toContain('annuité 7/10 = 2 400,00 € ; reste à amortir après 2032 : 7 200,00 €');
  });

  it('charges, over any period, the annuities of the years inside it; with what remains, exactly the acquisition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), (amountCents, years, nextYear) => {
        const totals = yearlyTotals([depreciation(years, nextYear ? 'NEXT_YEAR' : 'ACQUISITION_YEAR', amountCents)]);
        const charged = totals.reduce((sum, cents) => sum + cents, 0);
        const last = computeCosting(scheme([MOISSAC], [action([MOISSAC], { years: MANDATE, costLines: [depreciation(years, nextYear ? 'NEXT_YEAR' : 'ACQUISITION_YEAR', amountCents)] })], { mandate: MANDATE }));
        const remaining = /reste à amortir après 2032 : ([\d ]+),(\d\d) €/.exec(plain(last.actions[0].years[6].shares[1].explanation));
        const remainingCents = remaining ? Number(remaining[1].replace(/ /g, '')) * 100 + Number(remaining[2]) : 0;
        expect(charged + remainingCents).toBe(amountCents);
        if (years + (nextYear ? 1 : 0) <= 7) expect(charged).toBe(amountCents);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a receipt of a commune', () => {
  const receiving = () =>
    computeCosting(
      scheme(
        [MOISSAC, CASTEL],
        [
          action([MOISSAC, CASTEL], {
            participants: [
              { insee: '82112', payment: 'INVOICE', receipt: { cents: 48_000, explanation: '12 heures × 40,00 € = 480,00 € remboursés par l’intercommunalité' } },
              { insee: '82033', payment: 'INVOICE', statusQuo: { operatingCents: 10_000 } },
            ],
            costLines: [yearlyCost(48_000)],
            allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 100 }, key: { kind: 'equal' } },
          }),
        ],
      ),
    );

  it('is the commune’s, apart from its cost: 480 € received, nothing paid', () => {
    const moissac = receiving().communes[0].years[0];
    expect(moissac).toMatchObject({ schemeCents: 0, receiptCents: 48_000 });
  });

  it('adds to the commune’s saving: status quo 0 − cost 0 + receipt 480 € = 480 €', () => {
    expect(receiving().communes[0].mandate.savingCents).toBe(48_000);
  });

  it('leaves the others’ figures alone: 100 € of status quo, no receipt', () => {
    expect(receiving().communes[1].mandate).toMatchObject({ receiptCents: 0, savingCents: 10_000 });
  });

  it('is said after the commune’s share', () => {
    expect(explanationsOf(receiving(), 'a1', 2026)['82112']).toMatch(/ ; recette : 12 heures × 40,00 € = 480,00 € remboursés par l’intercommunalité$/);
  });
});

describe('extreme costs per inhabitant', () => {
  // 10 000 € split 60/25/15: 92 inhabitants pay 6 000 € (65,22 € each), the others 0,50 € and 0,60 €.
  const small = commune('82001', 'Petite', { population: { municipale: 92, totale: 92 } });
  const large = commune('82002', 'Grande', { population: { municipale: 5_000, totale: 5_000 } });
  const middle = commune('82003', 'Moyenne', { population: { municipale: 2_500, totale: 2_500 } });
  const costing = computeCosting(
    scheme([small, large, middle], [action([small, large, middle], { allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82001': 60, '82002': 25, '82003': 15 } } } })]),
  ).actions[0];
  const populations = new Map([small, large, middle].map((c) => [c.insee, c.population.municipale]));

  it('flags the commune paying more than ten times the median (60 cents): 65,22 €', () => {
    expect(costPerInhabitantOutliers(costing, populations)).toEqual({ medianCents: 60, outliers: { '82001': 6_522 } });
  });

  it('flags nobody when the threshold is raised to 109 times the median (65,40 €)', () => {
    expect(costPerInhabitantOutliers(costing, populations, 109).outliers).toEqual({});
  });

  it('finds the same communes from the lowest threshold then a higher one as directly (what the scheme page does)', () => {
    const lowest = costPerInhabitantOutliers(costing, populations, MIN_OUTLIER_FACTOR);
    for (const factor of [2, 10, 108, 109]) expect(outliersAbove(lowest, factor)).toEqual(costPerInhabitantOutliers(costing, populations, factor).outliers);
  });
});

describe('the cent left by the largest remainder', () => {
  const communes = [commune('82200', 'C'), commune('82033', 'A'), commune('82112', 'B')];
  const threeYears = { first: 2026, last: 2028 };
  const split = (order: typeof communes) =>
    computeCosting(scheme(order, [action(order, { years: threeYears, costLines: [yearlyCost(10_000, threeYears)] })], { mandate: threeYears }));

  it('goes to the lowest INSEE code every year: 100 € in three equal parts is 33,34 € for 82033', () => {
    const result = split(communes);
    for (const year of [2026, 2027, 2028]) expect(sharesOf(result, 'a1', year)).toEqual({ EPCI: 0, '82033': 3_334, '82112': 3_333, '82200': 3_333 });
  });

  it('does not depend on the order the communes are listed in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(communes, { minLength: 3, maxLength: 3 }), (order) => {
        expect(sharesOf(split(order), 'a1', 2027)).toEqual(sharesOf(split(communes), 'a1', 2027));
      }),
    );
  });
});
