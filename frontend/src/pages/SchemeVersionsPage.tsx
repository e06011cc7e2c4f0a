import '../features/schemes/schemes.css';
import '../features/versions/versions.css';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ComparePicker } from '../features/versions/components/ComparePicker';
import { FreezeVersionButton } from '../features/versions/components/FreezeVersionButton';
import { VersionsTable } from '../features/versions/components/VersionsTable';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useVersionAccess } from '../features/versions/hooks/useVersionAccess';
import { useRestoreVersion } from '../features/versions/hooks/useVersionChanges';
import { useSchemeVersions } from '../features/versions/hooks/useVersions';
import { DRAFT } from '../features/versions/paths';
import { Loading } from '../shared/ui/Loading';
import { Notice, SuccessMessage } from '../shared/ui/Notice';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** The scheme's timeline: its frozen versions, newest first, to open, compare or restore. */
export function SchemeVersionsPage() {
  const { epciId = '', schemeId = '' } = useParams();
  const access = useVersionAccess(epciId);
  const { scheme, error, refetch } = useSchemeVersions(schemeId);
  const { restore, failure } = useRestoreVersion({ epciId, schemeId, revision: scheme?.revision, reload: refetch });
  const [done, setDone] = useState<string>();

  if (!access.canRead) return <AccessDenied />;
  if (error) return <QueryFailure error={error} />;
  if (!scheme) return <Loading />;
  const [latest, previous] = scheme.versions;
  return (
    <>
      <VersionsBreadcrumb epciId={epciId} scheme={scheme} />
      <PageHeading>{`Versions de « ${scheme.title} »`}</PageHeading>
      <p className="scheme-header__meta">
        Une version est une copie numérotée du brouillon, figée avec les chiffres des communes et le chiffrage de ce jour-là : elle ne change
        plus.
      </p>
      {access.canFreeze && (
        <p>
          <FreezeVersionButton schemeId={schemeId} revision={scheme.revision} reload={refetch} onFrozen={setDone} />
        </p>
      )}
      <SuccessMessage>{done}</SuccessMessage>
      {failure && <Notice type="error">{failure}</Notice>}
      {latest ? (
        <VersionsTable
          epciId={epciId}
          schemeId={schemeId}
          schemeTitle={scheme.title}
          versions={scheme.versions}
          canCompare={access.canCompare}
          canRestore={access.canRestore}
          onRestore={restore}
        />
      ) : (
        <p>Aucune version figée pour l’instant.</p>
      )}
      {access.canCompare && latest && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">Comparer</h2>
          <ComparePicker
            epciId={epciId}
            schemeId={schemeId}
            versions={scheme.versions}
            fromId={(previous ?? latest).id}
            toId={previous ? latest.id : DRAFT}
          />
        </section>
      )}
    </>
  );
}
