// Extreme outcomes: floors and ceilings applied as documented can make a small commune pay many
// times what the others pay per inhabitant. The rule stands; this names such communes so the
// drafter sees them before the mayors do.
import { divideHalfUp, type Cents } from '../money.js';
import type { ActionCosting, CostingResult } from './types.js';

/** A commune is flagged when its cost per inhabitant exceeds this many times the action's median. */
export const DEFAULT_OUTLIER_FACTOR = 10;
/** The lowest threshold a drafter may set: summaries keep the communes above it, pages filter further. */
export const MIN_OUTLIER_FACTOR = 2;
export const MAX_OUTLIER_FACTOR = 1000;

export interface CostPerInhabitantOutliers {
  /** Median over the participants with inhabitants of their cost per inhabitant over the action, in
   * cents (the mean of the two middle values for an even count, so it may end in ,5); null when
   * no participant has inhabitants. */
  medianCents: number | null;
  /** Cost per inhabitant, in cents, of the participants paying more than `factor` × the median, by
   * INSEE code (a record rather than a list of objects: a third of the size in the draft's summary). */
  outliers: Record<string, Cents>;
}

/**
 * Each participant's cost over the action's years divided by its population municipale (half-up,
 * as the commune figures), compared with `factor` × the median. A median of zero flags nobody:
 * « ten times nothing » says nothing useful.
 */
export function costPerInhabitantOutliers(action: ActionCosting, populations: ReadonlyMap<string, number>, factor: number = DEFAULT_OUTLIER_FACTOR): CostPerInhabitantOutliers {
  const totals = new Map<string, Cents>();
  for (const year of action.years) {
    for (const share of year.shares) if (share.payer.kind === 'COMMUNE') totals.set(share.payer.insee, (totals.get(share.payer.insee) ?? 0) + share.cents);
  }
  const perInhabitant = [...totals].flatMap(([insee, cents]) => {
    const population = populations.get(insee) ?? 0;
    return population > 0 ? [{ insee, costPerInhabitantCents: Number(divideHalfUp(BigInt(cents), BigInt(population))) }] : [];
  });
  if (perInhabitant.length === 0) return { medianCents: null, outliers: {} };
  const sorted = perInhabitant.map((p) => p.costPerInhabitantCents).sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const medianCents = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const outliers = medianCents > 0 ? perInhabitant.filter((p) => p.costPerInhabitantCents > factor * medianCents) : [];
  return { medianCents, outliers: Object.fromEntries(outliers.map((p) => [p.insee, p.costPerInhabitantCents])) };
}

/** Each commune's population municipale, from a costing (empty for a costing frozen under rules
 * version 1, which did not carry it: nothing is flagged there). */
export function populationsOf(result: Pick<CostingResult, 'communes'>): Map<string, number> {
  return new Map(result.communes.flatMap((c) => (typeof c.population === 'number' ? [[c.insee, c.population] as const] : [])));
}

/** The outliers above a higher threshold, from those found at a lower one (the median is the same). */
export function outliersAbove(found: CostPerInhabitantOutliers, factor: number): CostPerInhabitantOutliers['outliers'] {
  const median = found.medianCents;
  return median === null ? {} : Object.fromEntries(Object.entries(found.outliers).filter(([, cents]) => cents > factor * median));
}
