// How each kind of action follows practice (issue #18): a shared asset's depreciation, one-off and
// recurring group purchases, ETP that check each other. Figures are checkable by hand.
import { describe, expect, it } from '@jest/globals';
import { commune, explanationsOf, sharesOf } from '../costing/test-builders.js';
import type { SchemeAction } from './action.js';
import { checkAction } from './check-action.js';
import { schemeAction, twoCommunes } from './test-builders.js';
import { costScheme, type SchemeContext } from './to-costing.js';

const MANDATE = { first: 2026, last: 2032 };
const context: SchemeContext = {
  mandate: MANDATE,
  taxRegime: 'FPU',
  communes: [commune('82112', 'Moissac'), commune('82033', 'Castelsarrasin')],
};

const action = (overrides: Partial<SchemeAction> & Pick<SchemeAction, 'kind' | 'details'>): SchemeAction =>
  schemeAction({ years: MANDATE, allocation: { kind: 'split', key: { kind: 'equal' } }, ...overrides });

const yearTotals = (a: SchemeAction) => {
  const { result, problems } = costScheme(context, [a]);
  expect(problems).toEqual([]);
  return result.actions[0].years.map((row) => [row.year, row.totalCents]);
};

describe('a shared asset', () => {
  const asset = (acquisitionCharge?: 'DEPRECIATION_FROM_ACQUISITION_YEAR' | 'DEPRECIATION_FROM_NEXT_YEAR' | 'ONE_OFF', depreciationYears = 4) =>
    action({
      kind: 'SHARED_ASSET',
      details: { kind: 'SHARED_ASSET', acquisitionCents: 2_400_000, acquisitionYear: 2026, depreciationYears, runningCostCents: 120_000, ...(acquisitionCharge ? { acquisitionCharge } : {}) },
    });

  it('charges 24 000 € over 4 years: 7 200 € a year in 2026–2029 with its 1 200 € of running cost, then 1 200 €', () => {
    expect(yearTotals(asset('DEPRECIATION_FROM_ACQUISITION_YEAR'))).toEqual([
      [2026, 720_000], [2027, 720_000], [2028, 720_000], [2029, 720_000], [2030, 120_000], [2031, 120_000], [2032, 120_000],
    ]);
  });

  it('charges 3 600 € a year over 10 years and says 7 200 € remain to depreciate after 2032', () => {
    const a = asset('DEPRECIATION_FROM_ACQUISITION_YEAR', 10);
    expect(yearTotals(a).map(([, cents]) => cents)).toEqual(Array(7).fill(360_000));
    expect(explanationsOf(costScheme(context, [a]).result, 'a1', 2032)['82112']).toMatch(/reste à amortir après 2032 : 7 200,00 €$/);
  });

  it('starts the depreciation the year after the acquisition when chosen', () => {
    expect(yearTotals(asset('DEPRECIATION_FROM_NEXT_YEAR')).slice(0, 2)).toEqual([[2026, 120_000], [2027, 720_000]]);
  });

  it('charges the whole purchase in its year when the EPCI does so: 25 200 € in 2026', () => {
    expect(yearTotals(asset('ONE_OFF'))[0]).toEqual([2026, 2_520_000]);
  });

  it('depreciates an asset saved before the choice existed, from the acquisition year', () => {
    expect(yearTotals(asset(undefined))).toEqual(yearTotals(asset('DEPRECIATION_FROM_ACQUISITION_YEAR')));
  });
});

describe('a group purchase', () => {
  // 100 PCs at 600 € for Moissac, 10 % gained by grouping: 54 000 € instead of 60 000 €.
  const purchase = (details: Partial<Extract<SchemeAction['details'], { kind: 'GROUP_PURCHASE' }>>) =>
    action({
      kind: 'GROUP_PURCHASE',
      allocation: null,
      participants: twoCommunes().slice(0, 1),
      details: { kind: 'GROUP_PURCHASE', coordinator: 'EPCI', lots: [{ label: 'PC', unitPriceCents: '60000', quantities: { '82112': '100' } }], expectedGainPercent: '10', contractYears: 4, ...details },
    });

  it('charges recurring needs each year of a 4-year contract only: 4 × 54 000 €', () => {
    const { result } = costScheme(context, [purchase({ purchase: 'RECURRING' })]);
    expect(result.actions[0].years.map((row) => row.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(result.communes[0].mandate).toMatchObject({ schemeCents: 21_600_000, statusQuoCents: 24_000_000, savingCents: 2_400_000 });
  });

  it('charges a one-off purchase once, in its year: 54 000 €, 6 000 € saved', () => {
    const { result } = costScheme(context, [purchase({ purchase: 'ONE_OFF', purchaseYear: 2027 })]);
    expect(sharesOf(result, 'a1', 2027)['82112']).toBe(5_400_000);
    expect(result.communes[0].mandate).toMatchObject({ schemeCents: 5_400_000, savingCents: 600_000 });
  });

  it('reads a purchase saved before the choice existed as recurring needs over the contract', () => {
    expect(costScheme(context, [purchase({ contractYears: 1 })]).result.communes[0].mandate.schemeCents).toBe(5_400_000);
  });

  it('refuses a cost line outside the contract, naming its years', () => {
    const line = { kind: 'oneOff' as const, label: 'Procédure', nature: 'OPERATING' as const, year: 2031, amountCents: 100_000 };
    expect(checkAction({ ...purchase({ purchase: 'RECURRING' }), costLines: [line] }, context)).toEqual([
      { field: 'costLines', message: 'La ligne « Procédure » doit tomber pendant le marché (2026–2029).' },
    ]);
  });

  it('refuses a purchase year outside the action', () => {
    expect(checkAction({ ...purchase({ purchase: 'ONE_OFF', purchaseYear: 2035 }) }, context).map((p) => p.field)).toEqual(['details.purchaseYear']);
  });
});

describe('ETP of the impact statement', () => {
  const service = (etp: [string | null, string | null], epciEtpGained: string | null) =>
    action({
      kind: 'SHARED_SERVICE',
      participants: twoCommunes(etp),
      epciEtpGained,
      details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false },
    });

  it('gives the EPCI the ETP the communes transfer when its own are not typed: 2 + 1,5 = 3,5', () => {
    const { result, warnings } = costScheme(context, [service(['2', '1.5'], null)]);
    expect(result.epci.mandate.impact.etpChange).toBe(3.5);
    expect(warnings).toEqual([]);
  });

  it('warns, without leaving the action out, when the communes transfer 3,5 ETP and the EPCI receives 2', () => {
    const { result, problems, warnings } = costScheme(context, [service(['2', '1.5'], '2')]);
    expect(warnings).toEqual([{ actionId: 'a1', reason: 'ETP_MISMATCH', message: 'Les communes transfèrent 3,5 ETP mais l’intercommunalité en reçoit 2.' }]);
    expect([problems, result.actions.length]).toEqual([[], 1]);
  });

  it('does not stop the action being saved', () => {
    expect(checkAction(service(['2', '1.5'], '2'), context)).toEqual([]);
  });

  it('says nothing when the figures agree, or when no commune transfers anyone (the EPCI recruits)', () => {
    expect(costScheme(context, [service(['2', '1.5'], '3.50')]).warnings).toEqual([]);
    expect(costScheme(context, [service([null, null], '2')]).warnings).toEqual([]);
  });
});
