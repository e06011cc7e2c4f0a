import type { VersionContent } from '../versions/diff.js';

/**
 * A version as a commune reviewer reads it: the scheme and its actions, but of the communes' figures
 * and costing only their own commune's (and the EPCI's shares), never another commune's sheet.
 */
export function communeView(content: VersionContent, insee: string): VersionContent {
  const { costing } = content;
  return {
    ...content,
    communes: content.communes.filter((c) => c.insee === insee),
    costing: {
      ...costing,
      communes: costing.communes.filter((c) => c.insee === insee),
      actions: costing.actions.map((action) => ({
        ...action,
        years: action.years.map((year) => ({ ...year, shares: year.shares.filter((s) => s.payer.kind === 'EPCI' || s.payer.insee === insee) })),
      })),
    },
  };
}
