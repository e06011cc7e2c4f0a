import type { ComponentType } from 'react';
import type { ActionKind } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS } from '@mutualis/domain/scheme/action';
import { FormSection } from '../controls';
import { useActionForm } from '../formContext';
import { GroupPurchaseDetails } from './GroupPurchaseDetails';
import { OpsnMembershipDetails } from './OpsnMembershipDetails';
import { PooledDpoDetails } from './PooledDpoDetails';
import { ServiceProvisionDetails } from './ServiceProvisionDetails';
import { SharedAssetDetails } from './SharedAssetDetails';
import { SharedServiceDetails } from './SharedServiceDetails';

/** Each kind's own fields; the form's model of them is in model/kind-forms/. */
const KIND_DETAILS: Record<ActionKind, ComponentType<{ epciId: string }>> = {
  SHARED_SERVICE: SharedServiceDetails,
  SERVICE_PROVISION: ServiceProvisionDetails,
  GROUP_PURCHASE: GroupPurchaseDetails,
  POOLED_DPO: PooledDpoDetails,
  OPSN_MEMBERSHIP: OpsnMembershipDetails,
  SHARED_ASSET: SharedAssetDetails,
};

/** What only this kind of instrument has. */
export function DetailsSection({ epciId }: { epciId: string }) {
  const { editor, idOf, problemsIn } = useActionForm();
  const kind = editor.draft.kind;
  const KindDetails = KIND_DETAILS[kind];
  return (
    <FormSection id={idOf('details')} legend={ACTION_KIND_LABELS[kind]} problems={problemsIn('details')}>
      <KindDetails epciId={epciId} />
    </FormSection>
  );
}
