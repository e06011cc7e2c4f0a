import { PublicPage } from '../features/legal/PublicPage';
import { PUBLISHER } from '../features/legal/publisher';

/** What personal data Mutualis processes, why, for how long, and the rights of the people concerned. */
export function PersonalDataPage() {
  return (
    <PublicPage title="Données personnelles">
      <p>
        Mutualis sert aux intercommunalités et à leurs communes membres à préparer le schéma de mutualisation (article L5211-39-1 du code général des
        collectivités territoriales). Le responsable du traitement est {PUBLISHER.name}.
      </p>

      <h2>Données traitées et finalités</h2>
      <ul>
        <li>
          <strong>Comptes</strong> : nom, adresse électronique, rôle dans l’intercommunalité et, pour un référent, sa commune ; le mot de passe n’est
          conservé que sous forme d’empreinte (argon2id). Pour vous identifier et vous donner accès à ce que votre rôle permet.
        </li>
        <li>
          <strong>Sessions</strong> : date d’ouverture et d’expiration, adresse IP et navigateur. Pour sécuriser la connexion et permettre de
          révoquer une session.
        </li>
        <li>
          <strong>Journal des modifications</strong> : qui a fait quel changement, quand, depuis quelle adresse IP, et les valeurs avant et après ;
          les tentatives de connexion. Pour assurer la traçabilité des décisions préparées et la sécurité du service.
        </li>
      </ul>
      <p>
        Base légale : l’exécution d’une mission d’intérêt public (article 6.1.e du RGPD). Aucune donnée n’est utilisée à des fins commerciales ni
        transmise à des tiers.
      </p>

      <h2>Durée de conservation</h2>
      <ul>
        <li>Comptes : tant que la personne est membre de l’intercommunalité ; un compte désactivé ne donne plus accès.</li>
        <li>Sessions : jusqu’à leur expiration (12 heures par défaut) ou leur révocation à la déconnexion.</li>
        <li>
          Journal des modifications : il ne peut être ni modifié ni effacé depuis l’application ; l’organisme qui l’exploite en fixe la durée
          d’archivage, au plus celle des documents administratifs qu’il retrace.
        </li>
      </ul>

      <h2>Cookies</h2>
      <p>
        Un seul cookie, strictement nécessaire : celui de la session, déposé à la connexion et effacé à la déconnexion. Aucun cookie de mesure
        d’audience ni de publicité.
      </p>

      <h2>Délégué à la protection des données</h2>
      <p>
        <a href={`mailto:${PUBLISHER.dpoEmail}`}>{PUBLISHER.dpoEmail}</a>
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d’un droit d’accès, de rectification, de limitation et d’opposition sur les données qui vous concernent. Pour les exercer,
        écrivez au délégué à la protection des données. Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la
        CNIL (<a href="https://www.cnil.fr/fr/plaintes">www.cnil.fr/fr/plaintes</a>).
      </p>
    </PublicPage>
  );
}
