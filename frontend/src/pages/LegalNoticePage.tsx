import { Link } from 'react-router';
import { PublicPage } from '../features/legal/PublicPage';
import { PUBLISHER } from '../features/legal/publisher';

/** Mentions légales: who publishes and hosts the service, and under which licence it is built. */
export function LegalNoticePage() {
  return (
    <PublicPage title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        {PUBLISHER.name}
        <br />
        {PUBLISHER.address}
        <br />
        Contact : <a href={`mailto:${PUBLISHER.contactEmail}`}>{PUBLISHER.contactEmail}</a>
      </p>
      <h2>Directeur de la publication</h2>
      <p>{PUBLISHER.director}</p>
      <h2>Hébergement</h2>
      <p>{PUBLISHER.host}</p>
      <h2>Données de référence</h2>
      <p>
        La liste des intercommunalités, de leurs communes membres et de leurs populations provient du découpage administratif publié par Etalab
        (paquet <code>@etalab/decoupage-administratif</code>), sous Licence Ouverte.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Voir la <Link to="/accessibilite">déclaration d’accessibilité</Link>.
      </p>
      <h2>Données personnelles</h2>
      <p>
        Voir la page <Link to="/donnees-personnelles">données personnelles</Link>.
      </p>
    </PublicPage>
  );
}
