import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/LoginPage';
import { HomeRedirect } from './HomeRedirect';
import { RequireSession } from './RequireSession';

// Every page but the login one is a separate chunk, loaded on first visit.
const EpciPage = lazy(() => import('../pages/EpciPage').then((m) => ({ default: m.EpciPage })));
const AccountsPage = lazy(() => import('../pages/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const OpsnPage = lazy(() => import('../pages/OpsnPage').then((m) => ({ default: m.OpsnPage })));
const PlatformPage = lazy(() => import('../pages/PlatformPage').then((m) => ({ default: m.PlatformPage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));

export const router = createBrowserRouter([
  { path: '/connexion', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'epci/:epciId', element: <EpciPage /> },
      { path: 'epci/:epciId/opsn', element: <OpsnPage /> },
      { path: 'epci/:epciId/comptes', element: <AccountsPage /> },
      { path: 'plateforme', element: <PlatformPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
