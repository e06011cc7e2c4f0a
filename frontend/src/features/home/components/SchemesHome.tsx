import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { Loading } from '../../../shared/ui/Loading';
import { formatDateTime } from '../../schemes/format';
import { schemePath, schemesPath } from '../../schemes/paths';
import { comparePath, versionPath, versionsPath } from '../../versions/paths';
import { versionLabel } from '../../versions/model/versions';
import { HomeSchemesQuery } from '../graphql/home';
import { NextSteps } from './NextSteps';

/**
 * Drafters see their drafts and where each stands (none frozen yet, or its latest version);
 * elected officials see the latest version of each scheme, awaiting the council's adoption.
 */
export function SchemesHome({ epciId, drafter }: { epciId: string; drafter: boolean }) {
  const { data, error } = useQuery(HomeSchemesQuery, { variables: { epciId }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading />;
  const schemes = data.schemes;

  if (schemes.length === 0) {
    return drafter ? (
      <NextSteps id="home-start" title="Pour commencer">
        <p>Votre intercommunalité n’a pas encore de projet de schéma de mutualisation. Trois étapes pour le lancer :</p>
        <ol className="home-steps">
          <li>
            <Link to={`/epci/${epciId}`}>Vérifiez les données des communes</Link> (populations, agents, équipements) : elles servent aux clés de
            répartition.
          </li>
          <li>
            <Link to={`/epci/${epciId}/opsn`}>Renseignez le registre des OPSN</Link> auxquels vos communes peuvent adhérer.
          </li>
          <li>
            <Link to={schemesPath(epciId)}>Créez votre premier schéma</Link>, puis ajoutez-y ses actions.
          </li>
        </ol>
      </NextSteps>
    ) : (
      <NextSteps id="home-versions" title="Versions à examiner">
        <p>Aucun projet de schéma n’a encore été rédigé. Les versions figées par les rédacteurs apparaîtront ici.</p>
      </NextSteps>
    );
  }

  if (drafter) {
    return (
      <NextSteps id="home-drafts" title="Vos projets de schéma">
        <ul className="home-list">
          {schemes.map((scheme) => {
            const latest = scheme.versions[0];
            return (
              <li key={scheme.id}>
                <Link to={schemePath(epciId, scheme.id)}>{scheme.title}</Link>
                <span className="muted">
                  {' '}
                  · modifié le {formatDateTime(scheme.updatedAt)}
                  {scheme.updatedBy ? ` par ${scheme.updatedBy}` : ''}
                </span>
                <p>
                  {latest ? (
                    <>
                      Dernière version : <Link to={versionPath(epciId, scheme.id, latest.id)}>{versionLabel(latest)}</Link>, figée le{' '}
                      {formatDateTime(latest.frozenAt)}. <Link to={versionsPath(epciId, scheme.id)}>Toutes les versions</Link>
                    </>
                  ) : (
                    'Aucune version figée : figez-en une quand le projet est prêt à être présenté aux élus.'
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      </NextSteps>
    );
  }

  return (
    <NextSteps id="home-versions" title="Versions en attente d’adoption">
      <p>La dernière version figée de chaque schéma, à examiner avant son adoption par le conseil communautaire.</p>
      <ul className="home-list">
        {schemes.map((scheme) => {
          const [latest, previous] = scheme.versions;
          return (
            <li key={scheme.id}>
              {latest ? (
                <>
                  <Link to={versionPath(epciId, scheme.id, latest.id)}>
                    {scheme.title}, {versionLabel(latest)}
                  </Link>
                  <span className="muted">
                    {' '}
                    · figée le {formatDateTime(latest.frozenAt)} par {latest.authorName}
                  </span>
                  {previous && (
                    <p>
                      <Link to={comparePath(epciId, scheme.id, previous.id, latest.id)}>
                        Ce qui a changé depuis {versionLabel(previous)}
                      </Link>
                    </p>
                  )}
                </>
              ) : (
                <>
                  <Link to={schemePath(epciId, scheme.id)}>{scheme.title}</Link>
                  <span className="muted"> · en cours de rédaction, aucune version figée</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </NextSteps>
  );
}
