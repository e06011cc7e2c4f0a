// The published tariffs the domain guide names, costed end to end.
import { describe, expect, it } from '@jest/globals';
import epcis from '@etalab/decoupage-administratif/data/epci.json' with { type: 'json' };
import { computeCosting } from './index.js';
import { action, commune, explanationsOf, scheme, sharesOf, yearlyCost } from './test-builders.js';

interface EpciRecord {
  code: string;
  populationMunicipale: number;
  membres: { code: string; nom: string; populationMunicipale: number; populationTotale: number }[];
}

const moissac = commune('82112', 'Moissac', { devices: { workstations: 48 }, usage: { dpoDays: 3 } });
const castelsarrasin = commune('82033', 'Castelsarrasin', { devices: { workstations: 152 }, usage: { dpoDays: '0.5' } });
const saintPorquier = commune('82171', 'Saint-Porquier', { devices: { workstations: 200 }, usage: { dpoDays: 12 } });
const communes = [moissac, castelsarrasin, saintPorquier];

describe('pooled DPO of a centre de gestion: 200 € a year per member plus 250 € per day of work', () => {
  const dpo = action(communes, {
    id: 'dpo',
    kind: 'POOLED_DPO',
    costLines: [],
    allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'flat', amountCents: 20_000 }, { kind: 'perUnit', metric: 'dpoDays', unitLabel: 'jours de DPO', rateCents: 25_000 }] },
  });
  const result = computeCosting(scheme(communes, [dpo]));

  it('bills each member its flat fee plus its days', () => {
    expect(sharesOf(result, 'dpo', 2026)).toEqual({ EPCI: 0, '82112': 95_000, '82033': 32_500, '82171': 320_000 });
    expect(result.actions[0].years[0].totalCents).toBe(447_500);
  });

  it('explains the price with the days and the rates', () => {
    expect(explanationsOf(result, 'dpo', 2026)['82112']).toBe('Forfait 200,00 € + 3 jours de DPO × 250,00 € = 950,00 €');
    expect(explanationsOf(result, 'dpo', 2026)['82033']).toBe('Forfait 200,00 € + 0,5 jours de DPO × 250,00 € = 325,00 €');
  });
});

describe('OPSN membership at 1,10 € per inhabitant, on the real CC Terres des Confluences', () => {
  const epci = (epcis as EpciRecord[]).find((record) => record.code === '200066322')!;
  const members = epci.membres.map((m) => commune(m.code, m.nom, { population: { municipale: m.populationMunicipale, totale: m.populationTotale } }));
  const opsn = action(members, {
    id: 'opsn',
    kind: 'OPSN_MEMBERSHIP',
    costLines: [],
    allocation: { kind: 'tariff', paidTo: 'PROVIDER', price: [{ kind: 'perInhabitant', population: 'municipale', rateCents: '110' }] },
  });
  const result = computeCosting(scheme(members, [opsn]));
  const shares = sharesOf(result, 'opsn', 2026);

  it('bills each commune 1,10 € per inhabitant of its population municipale', () => {
    expect(Object.keys(shares)).toHaveLength(1 + 22);
    for (const member of epci.membres) expect(shares[member.code]).toBe(member.populationMunicipale * 110);
    expect(explanationsOf(result, 'opsn', 2026)['82112']).toBe('13 652 hab. (population municipale) × 1,10 € = 15 017,20 €');
  });

  it('adds up to 1,10 € per inhabitant of the whole EPCI', () => {
    expect(result.totals.years[0].communesCents).toBe(epci.populationMunicipale * 110);
    expect(result.totals.years[0].epciCents).toBe(0);
  });

  it('shows each commune its cost per inhabitant: the tariff itself', () => {
    for (const row of result.communes) expect(row.years[0].costPerInhabitantCents).toBe(110);
  });
});

describe('shared IT service split by the number of workstations in the inventory', () => {
  const it_ = action(communes, { id: 'dsi', title: 'DSI mutualisée', costLines: [yearlyCost(2_500_000)], allocation: { kind: 'split', key: { kind: 'devices', devices: ['workstations'] } } });
  const result = computeCosting(scheme(communes, [it_]));

  it('charges each commune its share of the workstations', () => {
    expect(sharesOf(result, 'dsi', 2026)).toEqual({ EPCI: 0, '82112': 300_000, '82033': 950_000, '82171': 1_250_000 });
  });

  it('explains the share with the figures a mayor recognises', () => {
    expect(explanationsOf(result, 'dsi', 2026)['82112']).toBe('12 % des postes (48 sur 400) × 25 000,00 €');
  });
});

describe('a post shared 80/20 by time', () => {
  const post = { kind: 'staff' as const, label: 'Chargé de mission', years: { first: 2026, last: 2026 }, etp: 1, loadedAnnualCostCents: 4_500_000 };

  it('splits the post between two communes by the percentages of their convention', () => {
    const shared = action([moissac, castelsarrasin], { id: 'post', costLines: [post], allocation: { kind: 'split', key: { kind: 'percentages', percents: { '82112': 80, '82033': 20 } } } });
    const result = computeCosting(scheme(communes, [shared]));
    expect(sharesOf(result, 'post', 2026)).toEqual({ EPCI: 0, '82112': 3_600_000, '82033': 900_000 });
    expect(explanationsOf(result, 'post', 2026)['82033']).toBe('20 % selon la répartition fixée par convention (20 % sur 100 %) × 45 000,00 €');
  });

  it('splits the post between the EPCI (80 %) and one commune (20 %)', () => {
    const shared = action([moissac], { id: 'post', costLines: [post], allocation: { kind: 'split', epciShare: { kind: 'percent', percent: 80 }, key: { kind: 'equal' } } });
    const result = computeCosting(scheme(communes, [shared]));
    expect(sharesOf(result, 'post', 2026)).toEqual({ EPCI: 3_600_000, '82112': 900_000 });
    expect(explanationsOf(result, 'post', 2026).EPCI).toBe('Part de l’EPCI : 80 % × 45 000,00 €');
  });
});
