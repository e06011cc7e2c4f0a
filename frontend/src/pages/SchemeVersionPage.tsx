import '../features/schemes/schemes.css';
import '../features/versions/versions.css';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { summariseCosting } from '@mutualis/domain/costing/summary';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ExportDownloads } from '../features/exports/components/ExportDownloads';
import { VersionLifecycle } from '../features/consultation/components/VersionLifecycle';
import { CostingViews } from '../features/schemes/components/costing/CostingViews';
import { ActionsPanel } from '../features/schemes/components/editor/ActionsPanel';
import { SchemeTotals } from '../features/schemes/components/editor/SchemeTotals';
import { useCostingLookups } from '../features/schemes/hooks/useCostingLookups';
import { VersionHeader } from '../features/versions/components/VersionHeader';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useVersionAccess } from '../features/versions/hooks/useVersionAccess';
import { useRestoreVersion } from '../features/versions/hooks/useVersionChanges';
import { useSchemeVersions, useVersion } from '../features/versions/hooks/useVersions';
import { versionActionRows, versionLabel } from '../features/versions/model/versions';
import { comparePath } from '../features/versions/paths';
import { Loading } from '../shared/ui/Loading';
import { Notice } from '../shared/ui/Notice';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/** One version exactly as frozen, read-only: its actions and the same costing views as the draft. */
export function SchemeVersionPage() {
  const { epciId = '', schemeId = '', versionId = '' } = useParams();
  const access = useVersionAccess(epciId);
  const { scheme, error: schemeError, refetch } = useSchemeVersions(schemeId);
  const { version, content, error } = useVersion(versionId);
  const actions = useMemo(() => content && versionActionRows(content), [content]);
  const costing = useMemo(() => content && summariseCosting(content.costing), [content]);
  const { nameOf, positions, concerned } = useCostingLookups(actions, costing);
  const { restore, failure } = useRestoreVersion({ epciId, schemeId, revision: scheme?.revision, reload: refetch });

  if (!access.canRead) return <AccessDenied />;
  if (error || schemeError) return <QueryFailure error={error ?? schemeError} />;
  if (!scheme || !version || !content || !actions || !costing) return <Loading />;
  if (version.schemeId !== scheme.id) return <NotFound />;
  const previous = scheme.versions.find((v) => v.id === version.parentId);
  return (
    <>
      <VersionsBreadcrumb epciId={epciId} scheme={scheme} belowTimeline />
      <VersionHeader version={version} content={content} />
      <div className="row-actions version-commands">
        {access.canCompare && previous && (
          <Link className="button-link" to={comparePath(epciId, schemeId, previous.id, version.id)}>
            Comparer avec {versionLabel(previous)}
          </Link>
        )}
        {access.canRestore && (
          <Button size="small" variant="bordered" color="neutral" onClick={() => restore(version)}>
            Restaurer dans le brouillon
          </Button>
        )}
      </div>
      <ExportDownloads source="VERSION" id={version.id} />
      {failure && <Notice type="error">{failure}</Notice>}
      <VersionLifecycle epciId={epciId} schemeId={schemeId} versionId={versionId} />
      <SchemeTotals costing={costing} actionCount={actions.length} problemCount={new Set(content.problems.map((p) => p.actionId)).size} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        <ActionsPanel actions={actions} problems={content.problems} warnings={content.warnings ?? []} costing={costing} nameOf={nameOf} />
      </section>
      <CostingViews costing={costing} positions={positions} concerned={concerned} />
    </>
  );
}
