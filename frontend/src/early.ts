import { readEarly } from './app/early-reads';
import { PUBLIC_PAGES } from './app/public-pages';
import { MeQuery } from './features/auth/graphql/session';
import { SchemeHeadQuery } from './features/schemes/graphql/schemes';

/**
 * A second entry, much smaller (index.html loads it async, beside main.tsx): on a slow link it
 * runs while the application's code is still downloading, and starts what the page being opened
 * needs first, its code and its first reads, so that they arrive together with the application
 * instead of one round trip after it. Apollo then takes these answers (app/early-reads.ts).
 */
const publicPage = (Object.values(PUBLIC_PAGES) as string[]).includes(location.pathname);
if (!publicPage) readEarly(MeQuery, {});

// The scheme page (router.tsx: epci/:epciId/schemas/:schemeId), the heaviest to open.
const scheme = /^\/epci\/[^/]+\/schemas\/([^/]+)\/?$/.exec(location.pathname);
// Its title first: over HTTP/1.1 requests wait for one of six connections, in the order made.
if (scheme) {
  readEarly(SchemeHeadQuery, { id: decodeURIComponent(scheme[1]!) });
  void import('./pages/SchemePage');
}
