import '../features/schemes/schemes.css';
import '../features/versions/versions.css';
import { useEffect, useRef } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { ComparePicker } from '../features/versions/components/ComparePicker';
import { VersionDiffView } from '../features/versions/components/diff/VersionDiffView';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useVersionAccess } from '../features/versions/hooks/useVersionAccess';
import { useSchemeVersions, useVersionDiff } from '../features/versions/hooks/useVersions';
import { versionChoiceLabel, versionLabel } from '../features/versions/model/versions';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** Two versions side by side (`comparer?de=…&a=…`, the two latest by default): what changed, and for whom. */
export function VersionComparePage() {
  const { epciId = '', schemeId = '' } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const { canCompare } = useVersionAccess(epciId);
  const { scheme, error: schemeError } = useSchemeVersions(schemeId);
  const versions = scheme?.versions ?? [];
  const from = versions.find((v) => v.id === (search.get('de') ?? versions[1]?.id));
  const to = versions.find((v) => v.id === (search.get('a') ?? versions[0]?.id));
  const pair = from && to && from.id !== to.id ? { from, to } : undefined;
  const { diff, error } = useVersionDiff(pair?.from.id ?? null, pair?.to.id ?? null);

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
      <PageHeading>{`Comparer deux versions de « ${scheme.title} »`}</PageHeading>
      {versions.length < 2 ? (
        <p>Il faut au moins deux versions figées pour les comparer.</p>
      ) : (
        <ComparePicker
          // Follows the address when it changes by other means (back button).
          key={location.key}
          epciId={epciId}
          schemeId={schemeId}
          versions={versions}
          fromId={from?.id ?? versions[1].id}
          toId={to?.id ?? versions[0].id}
        />
      )}
      {versions.length >= 2 && !pair && <p>Choisissez deux versions différentes de ce schéma.</p>}
      {pair && error && <QueryFailure error={error} />}
      {pair && !error && !diff && <Loading label="Comparaison en cours" />}
      {pair && diff && (
        <>
          <p ref={resultRef} tabIndex={-1} className="compare-lead">
            De <strong>{versionChoiceLabel(pair.from)}</strong> à <strong>{versionChoiceLabel(pair.to)}</strong>
          </p>
          <VersionDiffView diff={diff} fromLabel={versionLabel(pair.from)} toLabel={versionLabel(pair.to)} />
        </>
      )}
    </>
  );
}
