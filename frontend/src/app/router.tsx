import type { ApolloClient } from '@apollo/client';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { MeQuery } from '../features/auth/graphql/session';
import { SchemeHeadQuery, SchemeQuery } from '../features/schemes/graphql/schemes';
import { LoginPage } from '../pages/LoginPage';
import { Loading } from '../shared/ui/Loading';
import { HomeRedirect } from './HomeRedirect';
import { prefetch } from './prefetch';
import { PUBLIC_PAGES } from './public-pages';
import { RequireSession } from './RequireSession';

// Every page but the login one is a separate chunk, loaded on first visit.
const HomePage = lazy(() => import('../pages/HomePage').then((m) => ({ default: m.HomePage })));
const EpciPage = lazy(() => import('../pages/EpciPage').then((m) => ({ default: m.EpciPage })));
const AccountsPage = lazy(() => import('../pages/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const OpsnPage = lazy(() => import('../pages/OpsnPage').then((m) => ({ default: m.OpsnPage })));
const SchemesPage = lazy(() => import('../pages/SchemesPage').then((m) => ({ default: m.SchemesPage })));
const schemePage = () => import('../pages/SchemePage');
const SchemeActionPage = lazy(() => import('../pages/SchemeActionPage').then((m) => ({ default: m.SchemeActionPage })));
const SchemeCommunePage = lazy(() => import('../pages/SchemeCommunePage').then((m) => ({ default: m.SchemeCommunePage })));
const SchemeVersionsPage = lazy(() => import('../pages/SchemeVersionsPage').then((m) => ({ default: m.SchemeVersionsPage })));
const SchemeVersionPage = lazy(() => import('../pages/SchemeVersionPage').then((m) => ({ default: m.SchemeVersionPage })));
const SchemeVersionCommunePage = lazy(() => import('../pages/SchemeVersionCommunePage').then((m) => ({ default: m.SchemeVersionCommunePage })));
const VersionComparePage = lazy(() => import('../pages/VersionComparePage').then((m) => ({ default: m.VersionComparePage })));
const ConsultationsPage = lazy(() => import('../pages/ConsultationsPage').then((m) => ({ default: m.ConsultationsPage })));
const ConsultationPage = lazy(() => import('../pages/ConsultationPage').then((m) => ({ default: m.ConsultationPage })));
const ConsultationCommunePage = lazy(() => import('../pages/ConsultationCommunePage').then((m) => ({ default: m.ConsultationCommunePage })));
const OpenConsultationPage = lazy(() => import('../pages/OpenConsultationPage').then((m) => ({ default: m.OpenConsultationPage })));
const DecisionPage = lazy(() => import('../pages/DecisionPage').then((m) => ({ default: m.DecisionPage })));
const JournalPage = lazy(() => import('../pages/JournalPage').then((m) => ({ default: m.JournalPage })));
const PlatformPage = lazy(() => import('../pages/PlatformPage').then((m) => ({ default: m.PlatformPage })));
const MailsPage = lazy(() => import('../pages/MailsPage').then((m) => ({ default: m.MailsPage })));
const MyAccountPage = lazy(() => import('../pages/MyAccountPage').then((m) => ({ default: m.MyAccountPage })));
const AccountLinkPage = lazy(() => import('../pages/AccountLinkPage').then((m) => ({ default: m.AccountLinkPage })));
const ForgotPasswordPage = lazy(() => import('../pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const AccessibilityPage = lazy(() => import('../pages/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })));
const LegalNoticePage = lazy(() => import('../pages/LegalNoticePage').then((m) => ({ default: m.LegalNoticePage })));
const PersonalDataPage = lazy(() => import('../pages/PersonalDataPage').then((m) => ({ default: m.PersonalDataPage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

function PublicPages() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * The routes, whose loaders start what the page opened will need (the session, the scheme page's
 * chunk, its title and its costed draft) at once, before anything renders; they return nothing, so
 * no page waits on them.
 */
export const createRouter = (client: ApolloClient) =>
  createBrowserRouter([
  { path: PUBLIC_PAGES.login, element: <LoginPage /> },
  // Public pages, signed in or not, outside the application shell; each a lazily loaded chunk under one Suspense.
  {
    element: <PublicPages />,
    children: [
      { path: PUBLIC_PAGES.invitation, element: <AccountLinkPage purpose="INVITATION" /> },
      { path: PUBLIC_PAGES.passwordReset, element: <AccountLinkPage purpose="PASSWORD_RESET" /> },
      { path: PUBLIC_PAGES.forgottenPassword, element: <ForgotPasswordPage /> },
      { path: PUBLIC_PAGES.accessibility, element: <AccessibilityPage /> },
      { path: PUBLIC_PAGES.legalNotice, element: <LegalNoticePage /> },
      { path: PUBLIC_PAGES.personalData, element: <PersonalDataPage /> },
    ],
  },
  {
    element: <RequireSession />,
    // The session, read once and then kept by the cache (useSession reads it from there).
    loader: () => {
      client.query({ query: MeQuery }).catch(() => undefined);
      return null;
    },
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'epci/:epciId', element: <EpciPage /> },
      { path: 'epci/:epciId/accueil', element: <HomePage /> },
      { path: 'epci/:epciId/opsn', element: <OpsnPage /> },
      { path: 'epci/:epciId/comptes', element: <AccountsPage /> },
      { path: 'epci/:epciId/courriels', element: <MailsPage /> },
      { path: 'plateforme/courriels', element: <MailsPage /> },
      { path: 'compte', element: <MyAccountPage /> },
      { path: 'epci/:epciId/journal', element: <JournalPage /> },
      { path: 'epci/:epciId/schemas', element: <SchemesPage /> },
      {
        path: 'epci/:epciId/schemas/:schemeId',
        // Its code comes before the router renders (early.ts has usually brought it already), not
        // through Suspense: the page shows with the shell in one frame, not after a loading one.
        lazy: () => schemePage().then((page) => ({ Component: page.SchemePage })),
        loader: ({ params }) => {
          // Its sections' code comes while the costing downloads, not after.
          void schemePage().then((page) => page.loadSchemeDraftSections());
          client.query({ query: SchemeHeadQuery, variables: { id: params.schemeId! } }).catch(() => undefined);
          prefetch(client, SchemeQuery, { id: params.schemeId! });
          return null;
        },
        // Only when the page is opened (or another scheme's): useScheme reads afresh on each opening.
        shouldRevalidate: ({ currentParams, nextParams }) => currentParams.schemeId !== nextParams.schemeId,
      },
      { path: 'epci/:epciId/schemas/:schemeId/actions/nouvelle', element: <SchemeActionPage /> },
      { path: 'epci/:epciId/schemas/:schemeId/actions/:actionId', element: <SchemeActionPage /> },
      { path: 'epci/:epciId/schemas/:schemeId/communes/:insee', element: <SchemeCommunePage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions', element: <SchemeVersionsPage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions/comparer', element: <VersionComparePage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions/:versionId', element: <SchemeVersionPage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions/:versionId/consultation', element: <OpenConsultationPage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions/:versionId/deliberation', element: <DecisionPage /> },
      { path: 'epci/:epciId/consultations', element: <ConsultationsPage /> },
      { path: 'epci/:epciId/consultations/:consultationId', element: <ConsultationPage /> },
      { path: 'epci/:epciId/consultations/:consultationId/communes/:communeId', element: <ConsultationCommunePage /> },
      { path: 'epci/:epciId/schemas/:schemeId/versions/:versionId/communes/:insee', element: <SchemeVersionCommunePage /> },
      { path: 'plateforme', element: <PlatformPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
