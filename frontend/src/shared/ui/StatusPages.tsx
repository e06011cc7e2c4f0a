import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

export function NotFound() {
  return (
    <section className="status-page">
      <PageHeading>Page introuvable</PageHeading>
      <p>La page demandée n'existe pas ou n'est plus disponible.</p>
      <p>
        <Link to="/">Revenir à l'accueil</Link>
      </p>
    </section>
  );
}

export function AccessDenied() {
  return (
    <section className="status-page">
      <PageHeading>Accès refusé</PageHeading>
      <p>Votre compte ne vous permet pas d'accéder à cette page.</p>
      <p>
        <Link to="/">Revenir à l'accueil</Link>
      </p>
    </section>
  );
}
