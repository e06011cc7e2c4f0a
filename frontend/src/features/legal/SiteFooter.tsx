import { Link } from 'react-router';
import { ACCESSIBILITY_STATE } from './publisher';

/** On every page, the login page included: the pages a public service's site owes its users. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <ul>
        <li>
          <Link to="/accessibilite">Accessibilité : {ACCESSIBILITY_STATE}</Link>
        </li>
        <li>
          <Link to="/mentions-legales">Mentions légales</Link>
        </li>
        <li>
          <Link to="/donnees-personnelles">Données personnelles</Link>
        </li>
      </ul>
    </footer>
  );
}
