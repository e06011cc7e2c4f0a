import { boardTotals, byAttention, matchesFilter, type BoardRow } from './board.js';

const row = (name: string, fields: Partial<BoardRow>): BoardRow => ({ name, population: 100, state: 'ANSWERED', late: false, daysLeft: 30, opinionKind: 'FAVORABLE', ...fields });

const rows = [
  row('Favorable', { population: 1000 }),
  row('Réputé', { state: 'DEEMED_FAVORABLE', opinionKind: null, daysLeft: -3, population: 200 }),
  row('Attendue loin', { state: 'AWAITED', opinionKind: null, daysLeft: 40, population: 50 }),
  row('Attendue proche', { state: 'AWAITED', opinionKind: null, daysLeft: 5, late: true, population: 70 }),
  row('Réserves', { opinionKind: 'FAVORABLE_WITH_RESERVATIONS', population: 300 }),
  row('Défavorable', { opinionKind: 'UNFAVORABLE', population: 400 }),
];

describe('the board', () => {
  it('puts what needs attention first: awaited by nearest deadline, unfavourable, reservations, deemed, favourable', () => {
    expect([...rows].sort(byAttention).map((r) => r.name)).toEqual(['Attendue proche', 'Attendue loin', 'Défavorable', 'Réserves', 'Réputé', 'Favorable']);
  });

  it.each([
    ['ANSWERED', ['Favorable', 'Réserves', 'Défavorable']],
    ['LATE', ['Attendue proche']],
    ['DEEMED_FAVORABLE', ['Réputé']],
    ['WITH_RESERVATIONS', ['Réserves']],
    ['UNFAVORABLE', ['Défavorable']],
  ] as const)('filters %s', (filter, names) => {
    expect(rows.filter((r) => matchesFilter(r, filter)).map((r) => r.name)).toEqual(names);
  });

  it('counts by answer and weighs by population', () => {
    expect(boardTotals(rows)).toEqual({
      communes: 6,
      favorable: 1,
      favorableWithReservations: 1,
      unfavorable: 1,
      deemedFavorable: 1,
      awaited: 2,
      population: 2020,
      favorablePopulation: 1000,
      favorableWithReservationsPopulation: 300,
      unfavorablePopulation: 400,
      deemedFavorablePopulation: 200,
      awaitedPopulation: 120,
    });
  });
});
