import '../features/schemes/schemes.css';
import { useParams } from 'react-router';
import { SchemesManager } from '../features/schemes/components/list/SchemesManager';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { PageHeading } from '../shared/ui/PageHeading';
import { AccessDenied } from '../shared/ui/StatusPages';

export function SchemesPage() {
  const { epciId = '' } = useParams();
  const { membership, canRead, canEdit } = useSchemeAccess(epciId);

  if (!membership || !canRead) return <AccessDenied />;
  return (
    <>
      <PageHeading>{`Schémas de mutualisation – ${membership.epci.name}`}</PageHeading>
      <SchemesManager epciId={epciId} epciName={membership.epci.name} canEdit={canEdit} />
    </>
  );
}
