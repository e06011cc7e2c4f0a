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

function KindDetails({ kind, epciId }: { kind: ActionKind; epciId: string }) {
  switch (kind) {
    case 'SHARED_SERVICE':
      return <SharedServiceDetails />;
    case 'SERVICE_PROVISION':
      return <ServiceProvisionDetails />;
    case 'GROUP_PURCHASE':
      return <GroupPurchaseDetails />;
    case 'POOLED_DPO':
      return <PooledDpoDetails />;
    case 'OPSN_MEMBERSHIP':
      return <OpsnMembershipDetails epciId={epciId} />;
    case 'SHARED_ASSET':
      return <SharedAssetDetails />;
  }
}

/** What only this kind of instrument has. */
export function DetailsSection({ epciId }: { epciId: string }) {
  const { editor, idOf, problemsIn } = useActionForm();
  const kind = editor.draft.kind;
  return (
    <FormSection id={idOf('details')} legend={ACTION_KIND_LABELS[kind]} problems={problemsIn('details')}>
      <KindDetails kind={kind} epciId={epciId} />
    </FormSection>
  );
}
