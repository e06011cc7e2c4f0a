import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../shared/ui/PageHeading';
import { SiteFooter } from './SiteFooter';
import './legal.css';

/** A page anyone may read, signed in or not: the brand back to the application, the text, the footer. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <Link to="/" className="brand">
            Mutualis
          </Link>
        </div>
      </header>
      <main id="contenu" className="shell__main legal-page" tabIndex={-1}>
        <PageHeading>{title}</PageHeading>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
