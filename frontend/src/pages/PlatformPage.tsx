import { useSession } from '../features/auth/hooks/useSession';
import { canOnPlatform } from '../features/auth/session';
import { PlatformConsole } from '../features/platform/components/PlatformConsole';
import { PageHeading } from '../shared/ui/PageHeading';
import { AccessDenied } from '../shared/ui/StatusPages';

export function PlatformPage() {
  const { user } = useSession();
  const canImport = !!user && canOnPlatform(user, 'EPCI_IMPORT');
  const canAppoint = !!user && canOnPlatform(user, 'ADMIN_APPOINT');

  if (!canImport && !canAppoint) return <AccessDenied />;
  return (
    <>
      <PageHeading>Administration de la plateforme</PageHeading>
      <PlatformConsole canImport={canImport} canAppoint={canAppoint} />
    </>
  );
}
