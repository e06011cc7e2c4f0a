import type { ReactNode } from 'react';
import { PageHeading } from '../../shared/ui/PageHeading';
import { SiteFrame } from './SiteFrame';
import './legal.css';

/** A page anyone may read, signed in or not: the brand back to the application, the text, the footer. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <SiteFrame mainClassName="legal-page">
      <PageHeading>{title}</PageHeading>
      {children}
    </SiteFrame>
  );
}
