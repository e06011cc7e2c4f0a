import '../features/consultation/consultation.css';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { OpenConsultationForm } from '../features/consultation/components/OpenConsultationForm';
import { EpciCommunesQuery } from '../features/consultation/graphql/consultation';
import { useConsultationAccess } from '../features/consultation/hooks/useConsultationAccess';
import { consultationPath, type DoneState } from '../features/consultation/paths';
import { VersionsBreadcrumb } from '../features/versions/components/VersionsBreadcrumb';
import { useSchemeVersions } from '../features/versions/hooks/useVersions';
import { VERSION_STATUS_LABELS } from '../features/versions/model/versions';
import { compareFrench } from '../shared/format/french';
import { Loading } from '../shared/ui/Loading';
import { Notice } from '../shared/ui/Notice';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

/** The drafter sends a frozen version to the member communes' councils, with the day each was notified. */
export function OpenConsultationPage() {
  const { epciId = '', schemeId = '', versionId = '' } = useParams();
  const { canManage } = useConsultationAccess(epciId);
  const navigate = useNavigate();
  const { scheme, error } = useSchemeVersions(schemeId);
  const { data, error: communesError } = useQuery(EpciCommunesQuery, { variables: { epciId } });

  if (!canManage) return <AccessDenied />;
  if (error || communesError) return <QueryFailure error={error ?? communesError} />;
  if (!scheme || !data) return <Loading />;
  const version = scheme.versions.find((v) => v.id === versionId);
  if (!version) return <NotFound />;
  const communes = [...data.epci.communes].sort((a, b) => compareFrench(a.name, b.name));
  return (
    <>
      <VersionsBreadcrumb epciId={epciId} scheme={scheme} belowTimeline />
      <PageHeading>{`Soumettre la version ${version.number} à la consultation des communes`}</PageHeading>
      <p>
        Le projet de schéma « {scheme.title} » (version {version.number} : {version.message}) sera soumis pour avis aux conseils municipaux des{' '}
        {communes.length} communes membres (CGCT, art. L5211-39-1). La version ne changera plus ; une nouvelle version pourra répondre aux réserves.
      </p>
      {version.status === 'FROZEN' ? (
        <OpenConsultationForm
          versionId={version.id}
          frozenAt={version.frozenAt}
          communes={communes}
          onOpened={(consultation) => {
            const state: DoneState = { done: `La version ${version.number} est soumise à la consultation des ${communes.length} communes.` };
            navigate(consultationPath(epciId, consultation.id), { state });
          }}
        />
      ) : (
        <Notice type="info">
          Cette version est « {VERSION_STATUS_LABELS[version.status]} » : seule une version figée qui n’est ni en consultation ni adoptée peut être
          soumise aux communes.
        </Notice>
      )}
    </>
  );
}
