import '../features/schemes/schemes.css';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ExportDownloads } from '../features/exports/components/ExportDownloads';
import { CommuneActions } from '../features/schemes/components/commune/CommuneActions';
import { CommuneFigures } from '../features/schemes/components/commune/CommuneFigures';
import { formatMandate } from '../features/schemes/format';
import { definitionOf, useSchemeCommune } from '../features/schemes/hooks/useScheme';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { useSchemeContext } from '../features/schemes/hooks/useSchemeContext';
import { schemeContextOf } from '../features/schemes/model/schemeContext';
import { schemePath } from '../features/schemes/paths';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/** Everything the draft means for one commune, laid out to be printed for its council. */
export function SchemeCommunePage() {
  const { epciId = '', schemeId = '', insee = '' } = useParams();
  const { canRead } = useSchemeAccess(epciId);
  const { scheme, commune, shares, error } = useSchemeCommune(schemeId, insee);
  const { epci, error: contextError } = useSchemeContext(epciId);
  const context = useMemo(() => (epci && scheme ? schemeContextOf(epci, scheme.mandate) : null), [epci, scheme]);
  const actions = useMemo(() => scheme && [...scheme.actions].sort((a, b) => a.position - b.position).map(definitionOf), [scheme]);

  if (!canRead) return <AccessDenied />;
  if (error || contextError) return <QueryFailure error={error ?? contextError} />;
  if (!scheme || !shares || !context || !actions || commune === undefined) return <Loading />;
  if (!commune) return <NotFound />;

  return (
    <article className="commune-sheet">
      <p className="breadcrumb no-print">
        <Link to={schemePath(epciId, schemeId)}>{scheme.title}</Link>
      </p>
      <PageHeading>{`Fiche commune : ${commune.name}`}</PageHeading>
      <p className="scheme-header__meta">
        Projet de schéma « {scheme.title} », mandat {formatMandate(scheme.mandate)}, révision {scheme.revision} — document de travail, chiffrage au{' '}
        {new Date().toLocaleDateString('fr-FR', { dateStyle: 'long' })}.
      </p>
      <p className="no-print">
        <Button type="button" variant="bordered" color="neutral" onClick={() => window.print()}>
          Imprimer la fiche
        </Button>
      </p>
      <ExportDownloads source="DRAFT" id={schemeId} insee={insee} />
      <section aria-labelledby="sheet-figures">
        <h2 id="sheet-figures">Chiffrage pour la commune</h2>
        <CommuneFigures commune={commune} />
      </section>
      <section aria-labelledby="sheet-actions">
        <h2 id="sheet-actions">Actions</h2>
        <CommuneActions actions={actions} problems={scheme.costing.problems} shares={shares} context={context} insee={insee} communeName={commune.name} />
      </section>
    </article>
  );
}
