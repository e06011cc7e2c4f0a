import { commune, sharesOf } from '../costing/test-builders.js';
import type { SchemeAction } from './action.js';
import { checkAction } from './check-action.js';
import { schemeAction } from './test-builders.js';
import { costScheme, type SchemeContext } from './to-costing.js';

const MANDATE = { first: 2026, last: 2027 };
const context: SchemeContext = {
  mandate: MANDATE,
  taxRegime: 'FPU',
  communes: [
    commune('82112', 'Moissac', { population: { municipale: 13_652, totale: 13_928 }, usage: { jours_de_dpo: '3' } }),
    commune('82033', 'Castelsarrasin', { population: { municipale: 14_335, totale: 14_578 }, usage: { jours_de_dpo: '2.5' } }),
  ],
};

const action = (overrides: Partial<SchemeAction> & Pick<SchemeAction, 'kind' | 'details'>): SchemeAction => schemeAction({ years: MANDATE, ...overrides });

const costed = (a: SchemeAction) => {
  const { result, problems } = costScheme(context, [a]);
  expect(problems).toEqual([]);
  return result;
};

describe('what each kind of action costs', () => {
  it('has the EPCI reimburse the communes for services they put at its disposal (ascending provision)', () => {
    const result = costed(
      action({
        kind: 'SERVICE_PROVISION',
        details: { kind: 'SERVICE_PROVISION', direction: 'ASCENDING', unitLabel: 'heures', unitCostCents: '3550.5', forecastUnits: { '82112': '10', '82033': '3' } },
      }),
    );
    // 10 h × 35,505 € = 355,05 € and 3 h × 35,505 € = 106,515 € → 106,52 € (half-up): 461,57 €
    // borne by the EPCI, received by Moissac and Castelsarrasin.
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 46_157, '82112': 0, '82033': 0 });
    expect(result.communes.map((c) => c.years[0].receiptCents)).toEqual([35_505, 10_652]);
  });

  it('prices a group purchase at the grouped price, exactly, against each member’s price alone', () => {
    const result = costed(
      action({
        kind: 'GROUP_PURCHASE',
        participants: [{ insee: '82112', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null }],
        details: { kind: 'GROUP_PURCHASE', coordinator: 'EPCI', lots: [{ label: 'écrans', unitPriceCents: '33333', quantities: { '82112': '3' } }], expectedGainPercent: '12.5', contractYears: 2 },
      }),
    );
    // 3 × 333,33 € × 87,5 % = 874,99125 € → 874,99 €; alone: 999,99 €.
    expect(sharesOf(result, 'a1', 2026)['82112']).toBe(87_499);
    expect(result.communes[0].years[0]).toMatchObject({ statusQuoCents: 99_999, savingCents: 12_500 });
  });

  it('has the EPCI pay an OPSN for all its communes, per inhabitant', () => {
    const fee = { kind: 'PER_INHABITANT' as const, amountCents: '110', perDayCents: null };
    const result = costed(
      action({
        kind: 'OPSN_MEMBERSHIP',
        details: { kind: 'OPSN_MEMBERSHIP', opsnId: 'o1', opsnName: 'Mégalis', services: [{ kind: 'TELETRANSMISSION', label: null, fee }], payer: 'EPCI', population: 'totale', daysMetric: null },
      }),
    );
    expect(sharesOf(result, 'a1', 2027)).toEqual({ EPCI: (13_928 + 14_578) * 110, '82112': 0, '82033': 0 });
  });

  it('has each commune pay an OPSN’s base plus days, and the EPCI its flat fee', () => {
    const result = costed(
      action({
        kind: 'OPSN_MEMBERSHIP',
        details: {
          kind: 'OPSN_MEMBERSHIP',
          opsnId: 'o1',
          opsnName: 'Centre de gestion',
          services: [
            { kind: 'DPO', label: null, fee: { kind: 'BASE_PLUS_PER_DAY', amountCents: '20000', perDayCents: '25000' } },
            { kind: 'HOSTING', label: null, fee: { kind: 'FLAT_EPCI', amountCents: '150000', perDayCents: null } },
          ],
          payer: 'COMMUNES',
          population: 'totale',
          daysMetric: 'jours_de_dpo',
        },
      }),
    );
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 150_000, '82112': 20_000 + 75_000, '82033': 20_000 + 62_500 });
  });
});

describe('status quo rules', () => {
  const withRule = (statusQuo: SchemeAction['statusQuo']) =>
    costed(action({ kind: 'SHARED_SERVICE', statusQuo, allocation: { kind: 'split', key: { kind: 'equal' } }, details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false } }))
      .communes.map((c) => c.years[0].statusQuoCents);

  it('derives it as a flat amount, per inhabitant (half-up) or from a metric', () => {
    expect(withRule({ kind: 'FLAT', amountCents: 150_000 })).toEqual([150_000, 150_000]);
    expect(withRule({ kind: 'PER_INHABITANT', population: 'municipale', rateCents: '12.5' })).toEqual([170_650, 179_188]);
    expect(withRule({ kind: 'METRIC', metric: 'jours_de_dpo', unitPriceCents: '25000' })).toEqual([75_000, 62_500]);
  });
});

describe('a draft with a problem', () => {
  it('costs the other actions and says which one is held up, and why', () => {
    const byDevices = action({
      id: 'devices',
      title: 'DSI',
      kind: 'SHARED_SERVICE',
      costLines: [{ kind: 'yearly', label: 'x', nature: 'OPERATING', years: MANDATE, amountCents: 100_000 }],
      allocation: { kind: 'split', key: { kind: 'devices', devices: ['workstations'] } },
      details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false },
    });
    const equal = { ...byDevices, id: 'equal', title: 'Égal', allocation: { kind: 'split' as const, key: { kind: 'equal' as const } } };
    const { result, problems } = costScheme(context, [byDevices, equal]);
    expect(problems).toEqual([{ actionId: 'devices', reason: 'MISSING_FIGURE', message: expect.stringMatching(/^Commune de Moissac : le nombre de postes de travail est manquant/) }]);
    expect(result.actions.map((a) => a.actionId)).toEqual(['equal']);
    expect(checkAction(byDevices, context)).toEqual([]);
  });
});

describe('checking an action before it is saved', () => {
  const purchase = (details: Partial<Extract<SchemeAction['details'], { kind: 'GROUP_PURCHASE' }>>) =>
    action({
      kind: 'GROUP_PURCHASE',
      details: { kind: 'GROUP_PURCHASE', coordinator: 'EPCI', lots: [{ label: 'PC', unitPriceCents: '80000', quantities: { '82112': '2' } }], expectedGainPercent: '10', contractYears: 4, ...details },
    });

  it('names the field and says what is wrong, in French', () => {
    expect(checkAction(purchase({ coordinator: '82999' }), context)).toEqual([
      { field: 'details.coordinator', message: "Le coordonnateur doit être l'intercommunalité ou une commune membre du groupement." },
    ]);
    expect(checkAction(purchase({ expectedGainPercent: '120' }), context)[0].message).toBe('Le gain attendu est un pourcentage entre 0 et 100.');
    expect(checkAction(purchase({ lots: [] }), context)[0].message).toBe('Le groupement doit compter au moins un lot.');
    expect(checkAction(action({ kind: 'SHARED_SERVICE', details: { kind: 'POOLED_DPO', provider: 'OPSN', providerName: null } }), context).map((p) => p.field)).toEqual([
      'details',
      'allocation',
    ]);
  });

  it('refuses what the engine finds impossible, such as an AC deduction in an FA EPCI', () => {
    const paidByAc = action({
      kind: 'SHARED_SERVICE',
      participants: [{ insee: '82112', payment: 'AC_DEDUCTION', statusQuoCents: null, etpTransferred: null }],
      allocation: { kind: 'split', key: { kind: 'equal' } },
      details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false },
    });
    expect(checkAction(paidByAc, context)).toEqual([]);
    expect(checkAction(paidByAc, { ...context, taxRegime: 'FA' })[0].message).toMatch(/fiscalité professionnelle unique/);
  });
});

describe('amounts beyond exact arithmetic', () => {
  const shared = (id: string, overrides: Partial<SchemeAction>) =>
    action({
      id,
      title: id,
      kind: 'SHARED_SERVICE',
      allocation: { kind: 'split', key: { kind: 'equal' } },
      details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: false, cstOpinionObtained: false },
      ...overrides,
    });
  const big = { ...context, communes: context.communes.map((c) => ({ ...c, population: { ...c.population, municipale: 10_000_000 } })) };

  it('reports a status quo priced per inhabitant beyond 2^53 cents on its action, and costs the others', () => {
    const huge = shared('huge', { statusQuo: { kind: 'PER_INHABITANT', population: 'municipale', rateCents: '999999999999' } });
    const fine = shared('fine', { costLines: [{ kind: 'yearly', label: 'x', nature: 'OPERATING', years: MANDATE, amountCents: 100_000 }] });
    const { result, problems } = costScheme(big, [huge, fine]);
    expect(problems).toEqual([{ actionId: 'huge', reason: 'AMOUNT_OUT_OF_RANGE', message: expect.stringMatching(/^Action « huge » : les montants dépassent/) }]);
    expect(result.actions.map((a) => a.actionId)).toEqual(['fine']);
  });

  it('refuses, rather than rounds, a mandate total above 2^53 cents', () => {
    // Each action alone: 2 years × 2^51 = 2^52 cents, exact; both together would reach 2^53.
    const yearly = (id: string) => shared(id, { costLines: [{ kind: 'yearly', label: 'x', nature: 'OPERATING', years: MANDATE, amountCents: 2 ** 51 }] });
    const { result, problems } = costScheme(context, [yearly('first'), yearly('second')]);
    expect(problems.map((p) => [p.actionId, p.reason])).toEqual([['second', 'AMOUNT_OUT_OF_RANGE']]);
    expect(result.totals.mandate.totalCents).toBe(2 ** 52);
  });

  it('refuses an action whose own total over the mandate goes beyond 2^53 cents', () => {
    const { problems } = costScheme(context, [shared('alone', { costLines: [{ kind: 'yearly', label: 'x', nature: 'OPERATING', years: MANDATE, amountCents: Number.MAX_SAFE_INTEGER }] })]);
    expect(problems.map((p) => p.reason)).toEqual(['AMOUNT_OUT_OF_RANGE']);
  });

  it('refuses a group purchase quantity of thirty digits when the action is saved', () => {
    const purchase = action({
      kind: 'GROUP_PURCHASE',
      participants: [{ insee: '82112', payment: 'INVOICE', statusQuoCents: null, etpTransferred: null }],
      details: { kind: 'GROUP_PURCHASE', coordinator: 'EPCI', lots: [{ label: 'écrans', unitPriceCents: '33333', quantities: { '82112': '123456789012345678901234567890' } }], expectedGainPercent: '0', contractYears: 2 },
    });
    expect(checkAction(purchase, context)).toEqual([{ field: 'allocation', message: expect.stringMatching(/les montants dépassent/) }]);
  });
});
