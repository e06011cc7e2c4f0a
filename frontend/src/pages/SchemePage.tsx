import '../features/schemes/schemes.css';
import { useCallback, useMemo, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { conflictOf } from '../features/schemes/apiErrors';
import { CostingViews } from '../features/schemes/components/costing/CostingViews';
import { ActionsPanel } from '../features/schemes/components/editor/ActionsPanel';
import { SchemeHeader } from '../features/schemes/components/editor/SchemeHeader';
import { SchemeTotals } from '../features/schemes/components/editor/SchemeTotals';
import { useCostingLookups } from '../features/schemes/hooks/useCostingLookups';
import { actionRowsOf, costingOf, useScheme, useSchemeHead, type SchemeActionRow } from '../features/schemes/hooks/useScheme';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { useSchemeChanges } from '../features/schemes/hooks/useSchemeChanges';
import type { SchemePageState } from '../features/schemes/paths';
import type { SchemeDetails } from '../features/schemes/hooks/useSchemes';
import { ExportDownloads } from '../features/exports/components/ExportDownloads';
import { SchemeVersionCommands } from '../features/versions/components/SchemeVersionCommands';
import { apiErrorMessage } from '../shared/graphql/errors';
import { Loading } from '../shared/ui/Loading';
import { Notice, SuccessMessage } from '../shared/ui/Notice';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

export function SchemePage() {
  const { epciId = '', schemeId = '' } = useParams();
  const { state } = useLocation() as { state: SchemePageState | null };
  const { canRead, canEdit } = useSchemeAccess(epciId);
  const { scheme, error, refetch } = useScheme(schemeId);
  const head = useSchemeHead(schemeId);
  const changes = useSchemeChanges(schemeId);
  const [done, setDone] = useState<string | undefined>(state?.saved);
  const [failure, setFailure] = useState<string>();

  const costing = scheme && costingOf(scheme);
  const actions = useMemo(() => scheme && actionRowsOf(scheme), [scheme]);
  const { nameOf, positions, concerned } = useCostingLookups(actions, costing);

  /** A change refused because someone saved in between: show the latest revision, then the user may retry. */
  const change = useCallback(
    async (run: () => Promise<unknown>, success: string) => {
      setDone(undefined);
      setFailure(undefined);
      try {
        await run();
        setDone(success);
      } catch (problem) {
        if (conflictOf(problem)) await refetch();
        setFailure(apiErrorMessage(problem));
      }
    },
    [refetch],
  );

  const saveDetails = useCallback(
    async (details: SchemeDetails) => {
      try {
        await changes.updateDetails(scheme!.revision, details);
      } catch (problem) {
        if (conflictOf(problem)) await refetch();
        throw problem;
      }
    },
    [changes, scheme, refetch],
  );
  const frozen = useCallback((success: string) => {
    setFailure(undefined);
    setDone(success);
  }, []);
  const remove = useCallback(
    (action: SchemeActionRow) => change(() => changes.removeAction(action.id, scheme!.revision), `L’action « ${action.title} » a été supprimée.`),
    [change, changes, scheme],
  );
  const move = useCallback(
    (action: SchemeActionRow, position: number) =>
      change(() => changes.moveAction(action.id, scheme!.revision, position), `L’action « ${action.title} » est maintenant la n° ${position + 1}.`),
    [change, changes, scheme],
  );

  if (!canRead) return <AccessDenied />;
  if (error) return <QueryFailure error={error} />;
  // One header in both states, from the head read then the full one, so React keeps its elements.
  const summary = scheme ?? head;
  const header = summary && (
    <SchemeHeader scheme={summary} details={scheme && { canEdit, onSaveDetails: saveDetails }}>
      {scheme && (
        <>
          <SchemeVersionCommands epciId={epciId} schemeId={schemeId} revision={scheme.revision} reload={refetch} onFrozen={frozen} />
          <ExportDownloads source="DRAFT" id={schemeId} />
        </>
      )}
    </SchemeHeader>
  );
  if (!scheme || !costing || !actions) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  return (
    <>
      {header}
      <SuccessMessage>{done}</SuccessMessage>
      {failure && <Notice type="error">{failure}</Notice>}
      <SchemeTotals costing={costing} actionCount={scheme.actions.length} problemCount={new Set(scheme.costing.problems.map((p) => p.actionId)).size} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        <ActionsPanel
          actions={actions}
          problems={scheme.costing.problems}
          warnings={scheme.costing.warnings}
          costing={costing}
          nameOf={nameOf}
          editing={canEdit ? { onRemove: remove, onMove: move } : undefined}
          openable
        />
      </section>
      <CostingViews costing={costing} positions={positions} concerned={concerned} />
    </>
  );
}
