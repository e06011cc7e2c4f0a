// What the scheme reports per commune, for the EPCI and in total, including the impact statement.
import { describe, expect, it } from '@jest/globals';
import { computeCosting } from './index.js';
import { action, commune, scheme, yearlyCost } from './test-builders.js';

const mandate = { first: 2026, last: 2027 };
const a = commune('64001', 'Aast', { population: { municipale: 1000, totale: 1000 } });
const b = commune('64002', 'Abitain', { population: { municipale: 400, totale: 400 } });
const outsider = commune('64003', 'Accous', { population: { municipale: 0, totale: 0 } });

// 10 000 € a year split equally; Aast pays by AC deduction, transfers 1 ETP and today pays 6 000 €;
// Abitain today pays 2 000 € of operating and 1 000 € of investment; the EPCI gains 2 ETP.
const service = action([a, b], {
  costLines: [yearlyCost(1_000_000, mandate)],
  participants: [
    { insee: a.insee, payment: 'AC_DEDUCTION', statusQuo: { operatingCents: 600_000 }, etpTransferred: 1 },
    { insee: b.insee, payment: 'INVOICE', statusQuo: { operatingCents: 200_000, investmentCents: 100_000 } },
  ],
  epciEtpGained: '2',
});
// From 2027 only, borne half by the EPCI; Aast transfers another 0,5 ETP and the EPCI gains 1 ETP.
const later = action([a], {
  id: 'a2',
  kind: 'GROUP_PURCHASE',
  participants: [{ insee: a.insee, payment: 'INVOICE', etpTransferred: '0.5' }],
  epciEtpGained: 1,
  years: { first: 2027, last: 2027 },
  costLines: [yearlyCost(400_000, { first: 2027, last: 2027 })],
  allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 50 }, key: { kind: 'equal' } },
});
const result = computeCosting(scheme([a, b, outsider], [service, later], { mandate }));
const communeRow = (insee: string) => result.communes.find((c) => c.insee === insee)!;

describe('per commune and per year', () => {
  it('reports scheme cost, status quo, saving, AC deduction and cost per inhabitant', () => {
    expect(communeRow('64001').years[0]).toEqual({
      year: 2026,
      schemeCents: 500_000,
      statusQuoCents: 600_000,
      savingCents: 100_000,
      costPerInhabitantCents: 500,
      acDeductionCents: 500_000,
      receiptCents: 0,
      impact: { etpChange: -1, operatingExpenseChangeCents: -100_000 },
    });
    expect(communeRow('64002').years[0]).toMatchObject({ schemeCents: 500_000, statusQuoCents: 300_000, savingCents: -200_000, costPerInhabitantCents: 1250, acDeductionCents: 0 });
  });

  it('counts only the operating status quo in the change of operating expenses', () => {
    expect(communeRow('64002').years[0].impact).toEqual({ etpChange: 0, operatingExpenseChangeCents: 300_000 });
  });

  it('adds an action only in the years it runs', () => {
    expect(communeRow('64001').years.map((y) => y.schemeCents)).toEqual([500_000, 700_000]);
  });

  it('lists every member commune, those outside every action with zeros and no cost per inhabitant', () => {
    expect(result.communes.map((c) => c.insee)).toEqual(['64001', '64002', '64003']);
    expect(communeRow('64003').mandate).toEqual({
      schemeCents: 0,
      statusQuoCents: 0,
      savingCents: 0,
      costPerInhabitantCents: null,
      acDeductionCents: 0,
      receiptCents: 0,
      impact: { etpChange: 0, operatingExpenseChangeCents: 0 },
    });
  });
});

describe('over the mandate', () => {
  it('sums amounts and keeps the last year’s change in staff', () => {
    expect(communeRow('64001').years.map((y) => y.impact.etpChange)).toEqual([-1, -1.5]);
    expect(communeRow('64001').mandate).toEqual({
      schemeCents: 1_200_000,
      statusQuoCents: 1_200_000,
      savingCents: 0,
      costPerInhabitantCents: 1200,
      acDeductionCents: 1_000_000,
      receiptCents: 0,
      impact: { etpChange: -1.5, operatingExpenseChangeCents: 0 },
    });
  });
});

describe('the EPCI and the totals', () => {
  it('reports the EPCI’s share and its impact (staff gained, net operating expenses)', () => {
    expect(result.epci.years).toEqual([
      { year: 2026, schemeCents: 0, impact: { etpChange: 2, operatingExpenseChangeCents: 0 } },
      { year: 2027, schemeCents: 200_000, impact: { etpChange: 3, operatingExpenseChangeCents: 200_000 } },
    ]);
    expect(result.epci.mandate).toEqual({ schemeCents: 200_000, impact: { etpChange: 3, operatingExpenseChangeCents: 200_000 } });
  });

  it('totals per year and over the mandate, EPCI plus communes', () => {
    expect(result.totals.years).toEqual([
      { year: 2026, epciCents: 0, communesCents: 1_000_000, totalCents: 1_000_000 },
      { year: 2027, epciCents: 200_000, communesCents: 1_200_000, totalCents: 1_400_000 },
    ]);
    expect(result.totals.mandate).toEqual({ epciCents: 200_000, communesCents: 2_200_000, totalCents: 2_400_000 });
  });
});

describe('an action nobody has joined yet', () => {
  it('is borne entirely by the EPCI', () => {
    const alone = computeCosting(scheme([a], [action([], { costLines: [yearlyCost(300_000)] })]));
    expect(alone.actions[0].years[0].shares).toEqual([
      { payer: { kind: 'EPCI' }, cents: 300_000, operatingCents: 300_000, investmentCents: 0, payment: null, explanation: expect.stringContaining('Aucune commune participante') },
    ]);
  });
});

describe('the result', () => {
  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('the output', () => {
  it('is made of plain objects with their properties in a fixed order (its JSON is stored and compared)', () => {
    const row = result.actions[0].years[0];
    const records: [object, string[]][] = [
      [result, ['mandate', 'actions', 'communes', 'epci', 'totals']],
      [result.actions[0], ['actionId', 'title', 'kind', 'years', 'totalCents']],
      [row, ['year', 'totalCents', 'operatingCents', 'investmentCents', 'shares']],
      [row.shares[1], ['payer', 'cents', 'operatingCents', 'investmentCents', 'payment', 'explanation']],
    ];
    for (const [record, keys] of records) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record)).toEqual(keys);
    }
    for (const array of [result.actions, result.communes, row.shares, result.actions[0].years]) expect(Array.isArray(array)).toBe(true);
    expect(structuredClone(row.shares[1])).toStrictEqual(row.shares[1]);
  });
});
