// The costing as the scheme's pages show it at first, and the details they open on demand. Most of a
// large scheme's costing is its shares' French explanations (4.7 MB of JSON for 158 communes and 40
// actions), then each commune's figures year by year: the page reads the summary with the draft,
// and one commune's or one action's shares, or one commune's years, when it shows them. All are
// cut from the engine's one result, never computed apart.
import type { Cents } from '../money.js';
import { MIN_OUTLIER_FACTOR, costPerInhabitantOutliers, populationsOf, type CostPerInhabitantOutliers } from './outliers.js';
import type { ActionCosting, ActionYear, CommuneCosting, CostingResult } from './types.js';

/** An action's year without its shares; the EPCI's part is the first share's amount. */
export type ActionYearSummary = Omit<ActionYear, 'shares'> & { epciCents: Cents };

/**
 * An action without its shares; the communes whose cost per inhabitant exceeds the lowest threshold
 * a drafter may set stay (the page filters by its own), so extremes are flagged without the shares.
 */
export type ActionCostingSummary = Omit<ActionCosting, 'years'> & { years: ActionYearSummary[]; costPerInhabitant: CostPerInhabitantOutliers };

/** A commune over the mandate, and the impact statement of its last year. */
export type CommuneSummary = Omit<CommuneCosting, 'years'> & { lastYear: Pick<CommuneCosting['years'][number], 'year' | 'impact'> | null };

export type CostingSummary = Omit<CostingResult, 'actions' | 'communes'> & { actions: ActionCostingSummary[]; communes: CommuneSummary[] };

export function summariseCosting(result: CostingResult): CostingSummary {
  const populations = populationsOf(result);
  return {
    ...result,
    actions: result.actions.map(({ years, ...action }) => ({
      ...action,
      costPerInhabitant: costPerInhabitantOutliers({ ...action, years }, populations, MIN_OUTLIER_FACTOR),
      years: years.map(({ shares, ...year }) => ({ ...year, epciCents: shares[0]?.payer.kind === 'EPCI' ? shares[0].cents : 0 })),
    })),
    communes: result.communes.map(({ years, ...commune }) => {
      const last = years.at(-1);
      return { ...commune, lastYear: last ? { year: last.year, impact: last.impact } : null };
    }),
  };
}

/**
 * The actions with only the shares asked for: of one commune (by INSEE code), of one action, or
 * both. An action a commune takes no part in is left out when a commune is asked for.
 */
export function sharesOf(result: CostingResult, filter: { insee?: string | null; actionId?: string | null }): ActionCosting[] {
  const actions = filter.actionId ? result.actions.filter((a) => a.actionId === filter.actionId) : result.actions;
  if (!filter.insee) return actions;
  const insee = filter.insee;
  return actions
    .map((action) => ({
      ...action,
      years: action.years.map((year) => ({ ...year, shares: year.shares.filter((s) => s.payer.kind === 'COMMUNE' && s.payer.insee === insee) })),
    }))
    .filter((action) => action.years.some((year) => year.shares.length > 0));
}
