/** Every kind of action's own rules, by kind: the generic rules of an action call these. */
import type { ActionKind } from '../../costing/types.js';
import type { ActionDetails } from '../action.js';
import { groupPurchase } from './group-purchase.js';
import type { KindRules } from './kind-rules.js';
import { opsnMembership } from './opsn-membership.js';
import { pooledDpo } from './pooled-dpo.js';
import { serviceProvision } from './service-provision.js';
import { sharedAsset } from './shared-asset.js';
import { sharedService } from './shared-service.js';

export const ACTION_KIND_RULES: { [K in ActionKind]: KindRules<K> } = {
  SHARED_SERVICE: sharedService,
  SERVICE_PROVISION: serviceProvision,
  GROUP_PURCHASE: groupPurchase,
  POOLED_DPO: pooledDpo,
  OPSN_MEMBERSHIP: opsnMembership,
  SHARED_ASSET: sharedAsset,
};

/**
 * The rules of these details' kind, typed for them: a mapped record indexed by a union loses the
 * link between a kind and its details, which this one cast restores.
 */
export const rulesOf = <D extends ActionDetails>(details: D): KindRules<D['kind']> => ACTION_KIND_RULES[details.kind] as KindRules<D['kind']>;
