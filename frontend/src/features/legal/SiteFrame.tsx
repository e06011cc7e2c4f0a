import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SiteFooter } from './SiteFooter';

interface SiteFrameProps {
  /** Beside the brand: the current EPCI's name, for a signed-in member. */
  besideBrand?: ReactNode;
  /** The rest of the header: EPCI switcher, user menu. */
  headerEnd?: ReactNode;
  /** The navigation between the header and the content. */
  nav?: ReactNode;
  mainClassName?: string;
  children: ReactNode;
}

/** What every page has around its content, signed in or not: the skip link, the header with the brand, the main landmark, the footer. */
export function SiteFrame({ besideBrand, headerEnd, nav, mainClassName, children }: SiteFrameProps) {
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
          {besideBrand}
        </div>
        {headerEnd}
      </header>
      {nav}
      <main id="contenu" className={mainClassName ? `shell__main ${mainClassName}` : 'shell__main'} tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
