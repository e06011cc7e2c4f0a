import '../features/schemes/schemes.css';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { conflictOf } from '../features/schemes/apiErrors';
import { SchemeHeader } from '../features/schemes/components/editor/SchemeHeader';
import { useScheme, useSchemeHead, type SchemeActionRow } from '../features/schemes/hooks/useScheme';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { useSchemeChanges } from '../features/schemes/hooks/useSchemeChanges';
import type { SchemePageState } from '../features/schemes/paths';
import type { SchemeDetails } from '../features/schemes/hooks/useSchemes';
import { apiErrorMessage } from '../shared/graphql/errors';
import { Loading } from '../shared/ui/Loading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

// Everything but the header (SchemeDraftSections.tsx): on a slow link the title shows without
// waiting for the costing's code.
export const loadSchemeDraftSections = () => import('../features/schemes/components/editor/SchemeDraftSections');
const SchemeDraftCommands = lazy(() => loadSchemeDraftSections().then((m) => ({ default: m.SchemeDraftCommands })));
const SchemeDraftBody = lazy(() => loadSchemeDraftSections().then((m) => ({ default: m.SchemeDraftBody })));

export function SchemePage() {
  const { epciId = '', schemeId = '' } = useParams();
  const { state } = useLocation() as { state: SchemePageState | null };
  const { canRead, canEdit } = useSchemeAccess(epciId);
  const { scheme, error, refetch } = useScheme(schemeId);
  const head = useSchemeHead(schemeId);
  const changes = useSchemeChanges(schemeId);
  const [done, setDone] = useState<string | undefined>(state?.saved);
  const [failure, setFailure] = useState<string>();

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
        <Suspense>
          <SchemeDraftCommands epciId={epciId} schemeId={schemeId} revision={scheme.revision} reload={refetch} onFrozen={frozen} />
        </Suspense>
      )}
    </SchemeHeader>
  );
  return (
    <>
      {header}
      {scheme ? (
        <Suspense fallback={<Loading />}>
          <SchemeDraftBody scheme={scheme} done={done} failure={failure} editing={canEdit ? { onRemove: remove, onMove: move } : undefined} />
        </Suspense>
      ) : (
        <Loading />
      )}
    </>
  );
}
