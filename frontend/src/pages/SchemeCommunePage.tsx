import '../features/schemes/schemes.css';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { ExportDownloads } from '../features/exports/components/ExportDownloads';
import { CommuneSheet } from '../features/schemes/components/commune/CommuneSheet';
import { formatMandate } from '../features/schemes/format';
import { definitionOf, useSchemeCommune } from '../features/schemes/hooks/useScheme';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { useSchemeContext } from '../features/schemes/hooks/useSchemeContext';
import { schemeContextOf } from '../features/schemes/model/schemeContext';
import { schemePath } from '../features/schemes/paths';
import { Loading } from '../shared/ui/Loading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** Everything the draft means for one commune, with today's figures. */
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
  return (
    <CommuneSheet
      insee={insee}
      commune={commune}
      back={{ to: schemePath(epciId, schemeId), label: scheme.title }}
      meta={
        <>
          Projet de schéma « {scheme.title} », mandat {formatMandate(scheme.mandate)}, révision {scheme.revision} — document de travail, chiffrage au{' '}
          {new Date().toLocaleDateString('fr-FR', { dateStyle: 'long' })}.
        </>
      }
      downloads={<ExportDownloads source="DRAFT" id={schemeId} insee={insee} />}
      actions={actions}
      problems={scheme.costing.problems}
      shares={shares}
      context={context}
    />
  );
}
