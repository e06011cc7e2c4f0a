import { COSTING_RULES_VERSION, costScheme, type SchemeContext } from '../../domain/scheme/to-costing.js';
import { toCostingCommune } from '../../domain/territory/commune-profile.js';
import type { StoredProfile } from '../commune-profiles/profile-store.js';
import type { StoredScheme } from './scheme-store.js';

/** What a draft's actions are checked and costed against: its mandate, tax regime and communes' current figures. */
export function contextOf(scheme: Pick<StoredScheme, 'mandate' | 'taxRegime'>, profiles: readonly StoredProfile[]): SchemeContext {
  return { mandate: scheme.mandate, taxRegime: scheme.taxRegime, communes: profiles.map((p) => toCostingCommune(p.commune, p.figures)) };
}

/** The costing of a draft from its actions and the communes' current figures. */
export function schemeCosting(scheme: StoredScheme, profiles: readonly StoredProfile[]) {
  return { ...costScheme(contextOf(scheme, profiles), scheme.actions), rulesVersion: COSTING_RULES_VERSION };
}

export type SchemeCosting = ReturnType<typeof schemeCosting>;
