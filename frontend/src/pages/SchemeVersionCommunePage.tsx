import '../features/schemes/schemes.css';
import { useParams } from 'react-router';
import { ExportDownloads } from '../features/exports/components/ExportDownloads';
import { CommuneSheet } from '../features/schemes/components/commune/CommuneSheet';
import { formatDateTime, formatMandate } from '../features/schemes/format';
import { useVersionAccess } from '../features/versions/hooks/useVersionAccess';
import { useVersion } from '../features/versions/hooks/useVersions';
import { versionLabel } from '../features/versions/model/versions';
import { versionPath } from '../features/versions/paths';
import { Loading } from '../shared/ui/Loading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/** A commune's sheet as a version froze it: its actions, figures and communes' data of that day, not today's. */
export function SchemeVersionCommunePage() {
  const { epciId = '', schemeId = '', versionId = '', insee = '' } = useParams();
  const { canRead } = useVersionAccess(epciId);
  const { version, content, error } = useVersion(versionId);

  if (!canRead) return <AccessDenied />;
  if (error) return <QueryFailure error={error} />;
  if (!version || !content) return <Loading />;
  if (version.schemeId !== schemeId) return <NotFound />;
  const { scheme } = content;
  return (
    <CommuneSheet
      insee={insee}
      back={{ to: versionPath(epciId, schemeId, versionId), label: `Version ${version.number} de « ${scheme.title} »` }}
      meta={
        <>
          Schéma « {scheme.title} », {versionLabel(version)} figée le {formatDateTime(version.frozenAt)}, mandat {formatMandate(scheme.mandate)} — chiffrage
          de la version, avec les données des communes de ce jour-là.
        </>
      }
      commune={content.costing.communes.find((c) => c.insee === insee) ?? null}
      downloads={<ExportDownloads source="VERSION" id={versionId} insee={insee} />}
      actions={content.actions}
      problems={content.problems}
      shares={content.costing.actions}
      context={{ mandate: scheme.mandate, taxRegime: scheme.taxRegime, communes: content.communes }}
    />
  );
}
