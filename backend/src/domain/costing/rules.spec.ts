// Each allocation rule and cost line, on small figures a reader can check by hand.
import { describe, expect, it } from '@jest/globals';
import { computeCosting, type AllocationKey, type AllocationRule, type CommuneProfile, type CostLine } from './index.js';
import { action, commune, explanationsOf, scheme, sharesOf, yearlyCost } from './test-builders.js';

const a = commune('64001', 'Aast', {
  population: { municipale: 3000, totale: 3100, dgf: 3500 },
  agentsEtp: '2.5',
  potentielFinancierCents: 300_000_000,
  usage: { adsFiles: 10, tickets: 1 },
});
const b = commune('64002', 'Abitain', {
  population: { municipale: 1000, totale: 1100, dgf: 1500 },
  agentsEtp: '7.5',
  potentielFinancierCents: 100_000_000,
  usage: { adsFiles: 30, tickets: 1 },
});

/** Shares of 10 000 € split between a and b by the rule. */
function split(rule: AllocationRule, communes: CommuneProfile[] = [a, b], costLines: CostLine[] = [yearlyCost(1_000_000)]): Record<string, number> {
  return sharesOf(computeCosting(scheme(communes, [action(communes, { costLines, allocation: rule })])), 'a1', 2026);
}

const byKey = (key: AllocationKey): Record<string, number> => split({ kind: 'split', key });

describe('allocation keys', () => {
  it('equal shares', () => {
    expect(byKey({ kind: 'equal' })).toEqual({ EPCI: 0, '64001': 500_000, '64002': 500_000 });
  });

  it('population municipale, totale or DGF', () => {
    expect(byKey({ kind: 'population', population: 'municipale' })).toEqual({ EPCI: 0, '64001': 750_000, '64002': 250_000 });
    expect(byKey({ kind: 'population', population: 'totale' })).toEqual({ EPCI: 0, '64001': 738_095, '64002': 261_905 });
    expect(byKey({ kind: 'population', population: 'dgf' })).toEqual({ EPCI: 0, '64001': 700_000, '64002': 300_000 });
  });

  it('agents in ETP, decimals included', () => {
    expect(byKey({ kind: 'agents' })).toEqual({ EPCI: 0, '64001': 250_000, '64002': 750_000 });
  });

  it('potentiel financier', () => {
    expect(byKey({ kind: 'potentielFinancier' })).toEqual({ EPCI: 0, '64001': 750_000, '64002': 250_000 });
  });

  it('a usage metric, the participant’s forecast taking precedence over the commune profile', () => {
    expect(byKey({ kind: 'usage', metric: 'adsFiles', unitLabel: 'dossiers ADS' })).toEqual({ EPCI: 0, '64001': 250_000, '64002': 750_000 });
    const forecast = action([a, b], { allocation: { kind: 'split', key: { kind: 'usage', metric: 'adsFiles', unitLabel: 'dossiers ADS' } } });
    forecast.participants[0].usage = { adsFiles: 30 };
    expect(sharesOf(computeCosting(scheme([a, b], [forecast])), 'a1', 2026)).toEqual({ EPCI: 0, '64001': 500_000, '64002': 500_000 });
  });

  it('devices of several kinds added together', () => {
    const withDevices = [
      { ...a, devices: { workstations: 10, phones: 5, tablets: 5 } },
      { ...b, devices: { workstations: 50, phones: 30, tablets: 0 } },
    ];
    const shares = split({ kind: 'split', key: { kind: 'devices', devices: ['workstations', 'tablets'] } }, withDevices);
    expect(shares).toEqual({ EPCI: 0, '64001': 230_769, '64002': 769_231 });
  });

  it('a composite key: 50 % population + 50 % usage', () => {
    const key: AllocationKey = {
      kind: 'composite',
      parts: [
        { percent: 50, key: { kind: 'population', population: 'municipale' } },
        { percent: 50, key: { kind: 'usage', metric: 'tickets', unitLabel: 'tickets' } },
      ],
    };
    expect(byKey(key)).toEqual({ EPCI: 0, '64001': 625_000, '64002': 375_000 });
    const result = computeCosting(scheme([a, b], [action([a, b], { allocation: { kind: 'split', key } })]));
    expect(explanationsOf(result, 'a1', 2026)['64001']).toBe(
      '62,5 % selon la clé composite (50 % × 75 % de la population municipale (3 000 sur 4 000) + 50 % × 50 % des tickets (1 sur 2)) × 10 000,00 €',
    );
  });
});

describe('the EPCI’s own share, taken first', () => {
  it('as a percentage, rounded half-up, the rest split to the cent with ties to the lowest INSEE code', () => {
    const shares = split({ kind: 'split', epciShare: { kind: 'percent', percent: '33.33' }, key: { kind: 'equal' } }, [a, b], [yearlyCost(1_000_001)]);
    // 33,33 % of 10 000,01 € = 3 333,0033 € → 3 333,00 €; 6 667,01 € left, 3 333,505 € each.
    expect(shares).toEqual({ EPCI: 333_300, '64001': 333_351, '64002': 333_350 });
  });

  it('as an amount, capped at the year’s cost', () => {
    expect(split({ kind: 'split', epciShare: { kind: 'amount', amountCents: 400_000 }, key: { kind: 'equal' } })).toEqual({ EPCI: 400_000, '64001': 300_000, '64002': 300_000 });
    expect(split({ kind: 'split', epciShare: { kind: 'amount', amountCents: 2_000_000 }, key: { kind: 'equal' } })).toEqual({ EPCI: 1_000_000, '64001': 0, '64002': 0 });
  });
});

describe('fixed part plus variable part', () => {
  it('charges each participant the fixed part, then splits the rest by the key', () => {
    const rule: AllocationRule = { kind: 'split', fixedPartCents: 100_000, key: { kind: 'population', population: 'municipale' } };
    expect(split(rule)).toEqual({ EPCI: 0, '64001': 700_000, '64002': 300_000 });
    const result = computeCosting(scheme([a, b], [action([a, b], { allocation: rule })]));
    expect(explanationsOf(result, 'a1', 2026)['64002']).toBe('Part fixe 1 000,00 € + 25 % de la population municipale (1 000 sur 4 000) × 8 000,00 €');
  });
});

describe('floors and ceilings', () => {
  const c = commune('64003', 'Accous', { population: { municipale: 8000, totale: 8000 } });
  const three = [a, b, c].map((x, i) => ({ ...x, population: { municipale: [1000, 1000, 8000][i], totale: 0 } }));
  const byPopulation: AllocationKey = { kind: 'population', population: 'municipale' };

  it('caps a share at its ceiling and redistributes the excess by the same key', () => {
    expect(split({ kind: 'split', key: byPopulation, bounds: { ceilingCents: 500_000 } }, three)).toEqual({ EPCI: 0, '64001': 250_000, '64002': 250_000, '64003': 500_000 });
  });

  it('raises a share to its floor and takes the shortfall from the others', () => {
    expect(split({ kind: 'split', key: byPopulation, bounds: { floorCents: 150_000 } }, three)).toEqual({ EPCI: 0, '64001': 150_000, '64002': 150_000, '64003': 700_000 });
  });

  it('iterates until stable when redistribution pushes another commune over its ceiling', () => {
    // 1 000 / 3 000 / 6 000 inhabitants, ceilings of 4 000 € for the two larger communes: the third
    // pays 6 000 €, capped; its 2 000 € excess lifts the second to 4 500 €, capped in turn.
    const communes = three.map((x, i) => ({ ...x, population: { municipale: [1000, 3000, 6000][i], totale: 0 } }));
    const bounds = { byCommune: { '64002': { ceilingCents: 400_000 }, '64003': { ceilingCents: 400_000 } } };
    expect(split({ kind: 'split', key: byPopulation, bounds }, communes)).toEqual({ EPCI: 0, '64001': 200_000, '64002': 400_000, '64003': 400_000 });
  });

  it('settles the larger violation first: a capped excess can lift the others above their floors', () => {
    // By the key: 1 000 / 1 000 / 8 000 €. Capping the third at 5 000 € gives the others 2 500 €
    // each, above the 1 500 € floor they would have been held at had both bounds been applied at once.
    const bounds = { floorCents: 150_000, byCommune: { '64003': { floorCents: 150_000, ceilingCents: 500_000 } } };
    expect(split({ kind: 'split', key: byPopulation, bounds }, three)).toEqual({ EPCI: 0, '64001': 250_000, '64002': 250_000, '64003': 500_000 });
  });

  it('says which bound applied', () => {
    const result = computeCosting(scheme(three, [action(three, { allocation: { kind: 'split', key: byPopulation, bounds: { ceilingCents: 500_000 } } })]));
    const explanations = explanationsOf(result, 'a1', 2026);
    expect(explanations['64003']).toBe('Plafond de 5 000,00 € appliqué (clé : 80 % de la population municipale (8 000 sur 10 000))');
    expect(explanations['64001']).toBe('50 % de la population municipale (1 000 sur 2 000) × 5 000,00 € (reste après planchers et plafonds)');
  });

  it('says plainly that nothing is left to the key when the bounds take it all from communes weighing zero', () => {
    // By the key, 10 € each for the first two, nothing for the third: the first is raised to its
    // 15 € floor and the second capped at 5 €, which leaves 0 € to the third — whose key, among the
    // communes left, is 0 of 0 (once shown as « N,aN % … (0 sur 0) »).
    const days = (n: number) => ({ usage: { days: n } });
    const communes = [commune('64001', 'Aast', days(1)), commune('64002', 'Abitain', days(1)), commune('64003', 'Accous', days(0))];
    const key: AllocationKey = { kind: 'usage', metric: 'days', unitLabel: 'jours' };
    const rule = (fixedPartCents: number): AllocationRule => ({
      kind: 'split',
      key,
      fixedPartCents,
      bounds: { byCommune: { '64001': { floorCents: 1500 + fixedPartCents }, '64002': { ceilingCents: 500 + fixedPartCents } } },
    });
    for (const fixedPart of [0, 100]) {
      const result = computeCosting(scheme(communes, [action(communes, { costLines: [yearlyCost(2000 + 3 * fixedPart)], allocation: rule(fixedPart) })]));
      expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 0, '64001': 1500 + fixedPart, '64002': 500 + fixedPart, '64003': fixedPart });
      const explanations = explanationsOf(result, 'a1', 2026);
      expect(Object.values(explanations).join(' ')).not.toMatch(/NaN|0 sur 0/);
      expect(explanations['64003']).toBe(
        fixedPart === 0
          ? 'Aucune part selon la clé « jours » : rien ne reste à répartir après planchers et plafonds'
          : 'Part fixe 1,00 € + aucune part selon la clé « jours » : rien ne reste à répartir après planchers et plafonds',
      );
    }
  });
});

describe('tariffs', () => {
  it('decreasing bands: marginal rates per inhabitant by population band', () => {
    const big = { ...a, population: { municipale: 12_000, totale: 12_000 } };
    const small = { ...b, population: { municipale: 500, totale: 500 } };
    const bands = [{ upTo: 1000, rateCents: 200 }, { upTo: 10_000, rateCents: 150 }, { upTo: null, rateCents: 80 }];
    const rule: AllocationRule = { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'bands', population: 'municipale', bands }] };
    const result = computeCosting(scheme([big, small], [action([big, small], { costLines: [], allocation: rule })]));
    // 1 000 × 2 € + 9 000 × 1,50 € + 2 000 × 0,80 € = 17 100 €; 500 × 2 € = 1 000 €.
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 0, '64001': 1_710_000, '64002': 100_000 });
    expect(explanationsOf(result, 'a1', 2026)['64001']).toBe(
      '1 000 hab. × 2,00 € + 9 000 hab. × 1,50 € + 2 000 hab. × 0,80 € (population municipale par tranches) = 17 100,00 €',
    );
  });

  it('unit cost × forecast units (D5211-16): the EPCI bears its cost minus what it bills', () => {
    const provision = action([a, b], {
      kind: 'SERVICE_PROVISION',
      participants: [
        { insee: a.insee, payment: 'INVOICE', usage: { hours: 100 } },
        { insee: b.insee, payment: 'INVOICE', usage: { hours: 33 } },
      ],
      costLines: [{ kind: 'staff', label: 'Juriste', years: { first: 2026, last: 2026 }, etp: '0.5', loadedAnnualCostCents: 5_000_000 }],
      allocation: { kind: 'tariff', paidTo: 'EPCI', price: [{ kind: 'perUnit', metric: 'hours', unitLabel: 'heures', rateCents: '3745.5' }] },
    });
    const result = computeCosting(scheme([a, b], [provision]));
    // 100 h × 37,455 € = 3 745,50 €; 33 h × 37,455 € = 1 236,015 € → 1 236,02 € (half-up).
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 2_500_000 - 374_550 - 123_602, '64001': 374_550, '64002': 123_602 });
    expect(result.actions[0].years[0].totalCents).toBe(2_500_000);
  });

  it('reports a surplus as a negative EPCI share when the prices exceed its cost', () => {
    const rule: AllocationRule = { kind: 'tariff', paidTo: 'EPCI', price: [{ kind: 'flat', amountCents: 600_000 }] };
    const result = computeCosting(scheme([a, b], [action([a, b], { allocation: rule })]));
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: -200_000, '64001': 600_000, '64002': 600_000 });
    expect(explanationsOf(result, 'a1', 2026).EPCI).toBe('Coût de l’action 10 000,00 € − tarifs payés par les communes 12 000,00 € (excédent)');
  });

  it('an outside provider’s prices add to the EPCI’s own cost lines', () => {
    const rule: AllocationRule = { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'flat', amountCents: 600_000 }] };
    const result = computeCosting(scheme([a, b], [action([a, b], { allocation: rule })]));
    expect(sharesOf(result, 'a1', 2026)).toEqual({ EPCI: 1_000_000, '64001': 600_000, '64002': 600_000 });
    expect(result.actions[0].years[0].totalCents).toBe(2_200_000);
  });

  it('indexes the price yearly from the action’s first year', () => {
    const rule: AllocationRule = { kind: 'tariff', paidTo: 'PROVIDER', indexationPercent: 2, price: [{ kind: 'flat', amountCents: 20_000 }] };
    const result = computeCosting(scheme([a], [action([a], { costLines: [], allocation: rule })], { mandate: { first: 2026, last: 2028 } }));
    expect([2026, 2027, 2028].map((year) => sharesOf(result, 'a1', year)['64001'])).toEqual([20_000, 20_400, 20_808]);
    expect(explanationsOf(result, 'a1', 2028)['64001']).toBe('Forfait 200,00 €, indexé de 2 % par an depuis 2026 : 208,08 €');
  });
});

describe('cost lines', () => {
  const mandate = { first: 2026, last: 2029 };
  const costOf = (costLines: CostLine[]) => computeCosting(scheme([a], [action([a], { costLines })], { mandate })).actions[0].years;

  it('compounds a yearly indexation from the line’s first year, rounding half-up each year', () => {
    const years = costOf([{ kind: 'yearly', label: 'Licences', nature: 'OPERATING', years: mandate, amountCents: 1_000_000, indexationPercent: '2.5' }]);
    expect(years.map((y) => y.totalCents)).toEqual([1_000_000, 1_025_000, 1_050_625, 1_076_891]);
  });

  it('prices staff as ETP × loaded annual cost, to the cent', () => {
    const years = costOf([{ kind: 'staff', label: 'Technicien', years: { first: 2027, last: 2027 }, etp: '0.3', loadedAnnualCostCents: 3_333_333 }]);
    expect(years.map((y) => y.totalCents)).toEqual([0, 1_000_000, 0, 0]);
  });

  it('keeps operating and investment apart, for every payer', () => {
    const years = costOf([
      { kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2026, amountCents: 300_001 },
      yearlyCost(700_000, mandate),
    ]);
    expect(years[0]).toMatchObject({ totalCents: 1_000_001, operatingCents: 700_000, investmentCents: 300_001 });
    expect(years[1]).toMatchObject({ totalCents: 700_000, operatingCents: 700_000, investmentCents: 0 });
  });

  it('splits operating and investment between payers so that both add up', () => {
    const rule: AllocationRule = { kind: 'split', epciShare: { kind: 'percent', percent: 50 }, key: { kind: 'equal' } };
    const lines: CostLine[] = [{ kind: 'oneOff', label: 'Serveurs', nature: 'INVESTMENT', year: 2026, amountCents: 100_001 }, yearlyCost(200_000)];
    const [row] = computeCosting(scheme([a, b], [action([a, b], { costLines: lines, allocation: rule })])).actions[0].years;
    expect(row.shares.reduce((sum, s) => sum + s.operatingCents, 0)).toBe(200_000);
    expect(row.shares.reduce((sum, s) => sum + s.investmentCents, 0)).toBe(100_001);
    for (const share of row.shares) expect(share.operatingCents + share.investmentCents).toBe(share.cents);
  });
});
