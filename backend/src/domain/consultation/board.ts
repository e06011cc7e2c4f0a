import type { AnswerState } from './deadlines.js';
import type { OpinionKind } from './opinion.js';

/** What the board needs of a commune's row. */
export interface BoardRow {
  name: string;
  population: number;
  state: AnswerState;
  late: boolean;
  daysLeft: number;
  opinionKind: OpinionKind | null;
}

export const BOARD_FILTERS = ['ANSWERED', 'LATE', 'DEEMED_FAVORABLE', 'WITH_RESERVATIONS', 'UNFAVORABLE'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

export function matchesFilter(row: BoardRow, filter: BoardFilter): boolean {
  switch (filter) {
    case 'ANSWERED':
      return row.state === 'ANSWERED';
    case 'LATE':
      return row.late;
    case 'DEEMED_FAVORABLE':
      return row.state === 'DEEMED_FAVORABLE';
    case 'WITH_RESERVATIONS':
      return row.opinionKind === 'FAVORABLE_WITH_RESERVATIONS';
    case 'UNFAVORABLE':
      return row.opinionKind === 'UNFAVORABLE';
  }
}

/**
 * What needs attention first: awaited opinions, the nearest deadline first (a reminder may be
 * due), then unfavourable opinions, opinions with reservations, deemed favourable, favourable.
 */
function rank(row: BoardRow): number {
  if (row.state === 'AWAITED') return 0;
  if (row.opinionKind === 'UNFAVORABLE') return 1;
  if (row.opinionKind === 'FAVORABLE_WITH_RESERVATIONS') return 2;
  if (row.state === 'DEEMED_FAVORABLE') return 3;
  return 4;
}

export function byAttention(a: BoardRow, b: BoardRow): number {
  return rank(a) - rank(b) || (rank(a) === 0 ? a.daysLeft - b.daysLeft : 0) || a.name.localeCompare(b.name, 'fr');
}

export interface BoardTotals {
  communes: number;
  favorable: number;
  favorableWithReservations: number;
  unfavorable: number;
  deemedFavorable: number;
  awaited: number;
  population: number;
  favorablePopulation: number;
  favorableWithReservationsPopulation: number;
  unfavorablePopulation: number;
  deemedFavorablePopulation: number;
  awaitedPopulation: number;
}

type Bucket = 'favorable' | 'favorableWithReservations' | 'unfavorable' | 'deemedFavorable' | 'awaited';

function bucketOf(row: BoardRow): Bucket {
  if (row.state === 'AWAITED') return 'awaited';
  if (row.state === 'DEEMED_FAVORABLE') return 'deemedFavorable';
  return row.opinionKind === 'UNFAVORABLE' ? 'unfavorable' : row.opinionKind === 'FAVORABLE_WITH_RESERVATIONS' ? 'favorableWithReservations' : 'favorable';
}

/** Counts by answer, and the same weighted by population (informative: the law sets no majority). */
export function boardTotals(rows: readonly BoardRow[]): BoardTotals {
  const totals: BoardTotals = {
    communes: rows.length,
    favorable: 0,
    favorableWithReservations: 0,
    unfavorable: 0,
    deemedFavorable: 0,
    awaited: 0,
    population: 0,
    favorablePopulation: 0,
    favorableWithReservationsPopulation: 0,
    unfavorablePopulation: 0,
    deemedFavorablePopulation: 0,
    awaitedPopulation: 0,
  };
  for (const row of rows) {
    const bucket = bucketOf(row);
    totals[bucket] += 1;
    totals[`${bucket}Population`] += row.population;
    totals.population += row.population;
  }
  return totals;
}
