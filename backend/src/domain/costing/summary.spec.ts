// The costing cut for the pages: its summary without shares, and the shares asked for.
import { describe, expect, it } from '@jest/globals';
import { computeCosting } from './index.js';
import { sharesOf, summariseCosting } from './summary.js';
import { action, commune, scheme, yearlyCost } from './test-builders.js';

const mandate = { first: 2026, last: 2027 };
const a = commune('64001', 'Aast');
const b = commune('64002', 'Abitain');
const c = commune('64003', 'Accous');
const result = computeCosting(
  scheme(
    [a, b, c],
    [
      action([a, b], { costLines: [yearlyCost(1_000_000, mandate)], allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 20 }, key: { kind: 'equal' } } }),
      action([b, c], { id: 'a2', costLines: [yearlyCost(300_000, mandate)] }),
    ],
    { mandate },
  ),
);

describe('summariseCosting', () => {
  it("keeps every figure but the shares and the communes' years (the last year's impact apart), with each year's EPCI part", () => {
    const summary = summariseCosting(result);
    expect(summary.actions[0].years).toEqual([
      { year: 2026, totalCents: 1_000_000, operatingCents: 1_000_000, investmentCents: 0, epciCents: 200_000 },
      { year: 2027, totalCents: 1_000_000, operatingCents: 1_000_000, investmentCents: 0, epciCents: 200_000 },
    ]);
    expect(summary.actions[1].years[0].epciCents).toBe(0);
    expect(summary.communes[0]).toEqual({ insee: a.insee, name: a.name, population: result.communes[0].population, mandate: result.communes[0].mandate, lastYear: { year: 2027, impact: result.communes[0].years[1].impact } });
    expect({ ...summary, actions: undefined, communes: undefined }).toEqual({ ...result, actions: undefined, communes: undefined });
  });
});

describe('sharesOf', () => {
  it("gives one commune's shares of the actions it takes part in, explanations included", () => {
    const shares = sharesOf(result, { insee: a.insee });
    expect(shares.map((s) => s.actionId)).toEqual(['a1']);
    expect(shares[0].years.map((y) => y.shares)).toEqual(result.actions[0].years.map((y) => y.shares.filter((s) => s.payer.kind === 'COMMUNE' && s.payer.insee === a.insee)));
    expect(shares[0].years[0].shares[0].explanation).not.toBe('');
  });

  it("gives one action's shares of every payer", () => {
    expect(sharesOf(result, { actionId: 'a2' })).toEqual([result.actions[1]]);
  });

  it("gives one commune's shares of one action, and nothing of an action it is not in", () => {
    expect(sharesOf(result, { insee: c.insee, actionId: 'a2' })[0].years[1].shares.map((s) => s.payer)).toEqual([{ kind: 'COMMUNE', insee: c.insee }]);
    expect(sharesOf(result, { insee: c.insee, actionId: 'a1' })).toEqual([]);
  });
});
