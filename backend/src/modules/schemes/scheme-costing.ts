import { Lru } from '../../common/lru.js';
import { COSTING_RULES_VERSION, costScheme, type SchemeContext } from '../../domain/scheme/to-costing.js';
import { toCostingCommune } from '../../domain/territory/commune-profile.js';
import type { StampedProfiles, StoredProfile } from '../commune-profiles/profile-store.js';
import type { StoredScheme } from './scheme-store.js';

/** What a draft's actions are checked and costed against: its mandate, tax regime and communes' current figures. */
export function contextOf(scheme: Pick<StoredScheme, 'mandate' | 'taxRegime'>, profiles: readonly StoredProfile[]): SchemeContext {
  return { mandate: scheme.mandate, taxRegime: scheme.taxRegime, communes: profiles.map((p) => toCostingCommune(p.commune, p.figures)) };
}

/** The costing of a draft from its actions and the communes' current figures, with those figures as costed (a version keeps them). */
export function schemeCosting(scheme: StoredScheme, profiles: readonly StoredProfile[]) {
  const context = contextOf(scheme, profiles);
  return { ...costScheme(context, scheme.actions), communes: context.communes, rulesVersion: COSTING_RULES_VERSION };
}

export type SchemeCosting = ReturnType<typeof schemeCosting>;

// A few: the largest EPCI's costing, explanations included, is 4.7 MB as JSON and more in memory.
const recentCostings = new Lru<string, SchemeCosting>(4);

// Everything a costing is computed from, as the database stamps it: the draft's revision (every
// change of its actions or mandate bumps it, in the same transaction), its EPCI's tax regime, and
// the stamp of the communes' figures.
const costingKey = (scheme: StoredScheme, figuresStamp: string) => `${scheme.id}:${scheme.revision}:${scheme.taxRegime}:${figuresStamp}`;

/**
 * The costing of a draft as read (with its figures' stamp), computed once and then reused until the
 * draft or its communes' figures change. The key comes from the database, never from this process
 * being told of a change, so instances sharing a database never serve a stale costing. On a miss,
 * `loadProfiles` reads the figures with their own stamp, which keys the result: a figure edited
 * between the two reads gives a fresher costing, filed under the newer stamp.
 */
export async function cachedSchemeCosting(scheme: StoredScheme, loadProfiles: () => Promise<StampedProfiles>): Promise<SchemeCosting> {
  const cached = recentCostings.get(costingKey(scheme, scheme.figuresStamp));
  if (cached) return cached;
  const { stamp, profiles } = await loadProfiles();
  const costing = schemeCosting(scheme, profiles);
  recentCostings.set(costingKey(scheme, stamp), costing);
  return costing;
}
