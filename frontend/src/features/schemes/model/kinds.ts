/** Every kind of action's part of the action form, by kind (see kind-forms/kind-form.ts). */
import type { ActionDetails } from '@mutualis/domain/scheme/action';
import type { ActionKind, TaxRegime } from '@mutualis/domain/costing/types';
import { groupPurchaseForm } from './kind-forms/group-purchase';
import type { KindForm } from './kind-forms/kind-form';
import { opsnMembershipForm } from './kind-forms/opsn-membership';
import { pooledDpoForm } from './kind-forms/pooled-dpo';
import { serviceProvisionForm } from './kind-forms/service-provision';
import { sharedAssetForm } from './kind-forms/shared-asset';
import { sharedServiceForm } from './kind-forms/shared-service';

export const KIND_FORMS: { [K in ActionKind]: KindForm<K, object> } = {
  SHARED_SERVICE: sharedServiceForm,
  SERVICE_PROVISION: serviceProvisionForm,
  GROUP_PURCHASE: groupPurchaseForm,
  POOLED_DPO: pooledDpoForm,
  OPSN_MEMBERSHIP: opsnMembershipForm,
  SHARED_ASSET: sharedAssetForm,
};

/**
 * The form of these details' kind, typed for them: a mapped record indexed by a union loses the
 * link between a kind and its details, which this one cast restores.
 */
export const formOf = <D extends ActionDetails>(details: D) => KIND_FORMS[details.kind] as KindForm<D['kind'], object>;

/** Paying by deduction from the attribution de compensation: FPU EPCI, shared services only. */
export const acDeductionAllowed = (kind: ActionKind, taxRegime: TaxRegime) => taxRegime === 'FPU' && KIND_FORMS[kind].acDeduction;
