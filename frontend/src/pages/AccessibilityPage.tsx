import { PublicPage } from '../features/legal/PublicPage';
import { ACCESSIBILITY_STATE, PUBLISHER } from '../features/legal/publisher';

/** The accessibility statement in the RGAA 4.1 model's sections. */
export function AccessibilityPage() {
  return (
    <PublicPage title="Déclaration d’accessibilité">
      <p>
        {PUBLISHER.name} s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>Cette déclaration d’accessibilité s’applique à l’application Mutualis.</p>

      <h2>État de conformité</h2>
      <p>
        Mutualis est <strong>{ACCESSIBILITY_STATE}</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : son
        audit de conformité n’a pas encore été réalisé.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        Aucun audit RGAA n’a encore été mené, il n’y a donc pas de taux de conformité à publier. Chaque version de l’application est vérifiée
        automatiquement, page par page, avec l’outil axe-core (critères WCAG 2.2 niveaux A et AA) dans un navigateur Chromium, et au clavier sur les
        parcours de chaque rôle.
      </p>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités connues</h3>
      <ul>
        <li>Le formulaire d’une action est long : ses sections ne peuvent pas encore être atteintes directement par des liens d’évitement.</li>
        <li>Lorsqu’un référent ou un élu consulte une action en lecture seule, ses champs désactivés ne sont pas atteignables au clavier ; leurs valeurs restent lues par les lecteurs d’écran.</li>
      </ul>
      <h3>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
      <p>Aucun.</p>

      <h2>Établissement de cette déclaration d’accessibilité</h2>
      <p>Cette déclaration a été établie le {PUBLISHER.statementDate}.</p>
      <h3>Technologies utilisées pour la réalisation de Mutualis</h3>
      <ul>
        <li>HTML</li>
        <li>CSS</li>
        <li>JavaScript</li>
        <li>WAI-ARIA</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>Chromium (Debian) piloté par Playwright, avec axe-core ; navigation au clavier.</p>

      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté vers une alternative accessible ou obtenir le
        contenu sous une autre forme : <a href={`mailto:${PUBLISHER.accessibilityEmail}`}>{PUBLISHER.accessibilityEmail}</a>.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité, que vous nous l’avez signalé et que
        vous n’avez pas obtenu de réponse satisfaisante, vous êtes en droit de saisir le Défenseur des droits :
      </p>
      <ul>
        <li>
          par le formulaire en ligne : <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;
        </li>
        <li>
          en contactant le délégué du Défenseur des droits de votre région :{' '}
          <a href="https://www.defenseurdesdroits.fr/carte-des-delegues">www.defenseurdesdroits.fr/carte-des-delegues</a> ;
        </li>
        <li>par téléphone : 09 69 39 00 00 ;</li>
        <li>par courrier, gratuitement, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
      </ul>
    </PublicPage>
  );
}
