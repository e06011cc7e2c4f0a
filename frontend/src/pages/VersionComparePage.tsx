import '../features/schemes/schemes.css';
import '../features/versions/versions.css';
import { useEffect, useRef } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { ComparePicker } from '../features/versions/components/ComparePicker';
import { VersionDiffView } from '../features/versions/components/diff/VersionDiffView';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useVersionAccess } from '../features/versions/hooks/useVersionAccess';
import { useSchemeVersions, useVersionDiff } from '../features/versions/hooks/useVersions';
import { DRAFT_CHOICE_LABEL, DRAFT_LABEL, versionChoiceLabel, versionLabel, type VersionSummary } from '../features/versions/model/versions';
import { DRAFT } from '../features/versions/paths';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/**
 * Two versions side by side, or a version and the current draft (`comparer?de=…&a=brouillon`): what
 * changed, and for whom. By default the two latest versions, or the only one and the draft.
 */
export function VersionComparePage() {
  const { epciId = '', schemeId = '' } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const { canCompare } = useVersionAccess(epciId);
  const { scheme, error: schemeError } = useSchemeVersions(schemeId);
  const versions = scheme?.versions ?? [];
  const [latest, previous] = versions;
  const fromId = search.get('de') ?? previous?.id ?? latest?.id;
  const toId = search.get('a') ?? (previous ? latest.id : DRAFT);
  const from = versions.find((v) => v.id === fromId);
  const to: VersionSummary | typeof DRAFT | undefined = toId === DRAFT ? DRAFT : versions.find((v) => v.id === toId);
  const pair = from && to && from.id !== toId ? { from, to } : undefined;
  const { diff, error } = useVersionDiff(schemeId, pair?.from.id ?? null, pair ? toId : null);

  // The page stays when another pair is chosen: the focus goes to the new result, not back to the top.
  const openedWith = useRef(location.key);
  const resultRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (diff && location.key !== openedWith.current) resultRef.current?.focus();
  }, [diff, location.key]);

  if (!canCompare) return <AccessDenied />;
  if (schemeError) return <QueryFailure error={schemeError} />;
  if (!scheme) return <Loading />;
  return (
    <>
      <VersionsBreadcrumb epciId={epciId} scheme={scheme} belowTimeline />
      <PageHeading>{`Comparer les versions de « ${scheme.title} »`}</PageHeading>
      {!latest ? (
        <p>Il faut au moins une version figée pour la comparer.</p>
      ) : (
        <ComparePicker
          // Follows the address when it changes by other means (back button).
          key={location.key}
          epciId={epciId}
          schemeId={schemeId}
          versions={versions}
          fromId={from?.id ?? (previous ?? latest).id}
          toId={to === DRAFT ? DRAFT : (to?.id ?? (previous ? latest.id : DRAFT))}
        />
      )}
      {latest && !pair && <p>Choisissez deux versions différentes de ce schéma.</p>}
      {pair && error && <QueryFailure error={error} />}
      {pair && !error && !diff && <Loading label="Comparaison en cours" />}
      {pair && diff && (
        <>
          <p ref={resultRef} tabIndex={-1} className="compare-lead">
            De <strong>{versionChoiceLabel(pair.from)}</strong> à <strong>{pair.to === DRAFT ? DRAFT_CHOICE_LABEL : versionChoiceLabel(pair.to)}</strong>
          </p>
          <VersionDiffView diff={diff} fromLabel={versionLabel(pair.from)} toLabel={pair.to === DRAFT ? DRAFT_LABEL : versionLabel(pair.to)} />
        </>
      )}
    </>
  );
}
