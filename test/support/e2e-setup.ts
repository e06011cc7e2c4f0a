import { freshDatabase, startServer } from './server';

/** The browser journeys run against the built application with its demo data, as `npm start` serves it. */
export default async function e2eSetup() {
  const database = await freshDatabase('e2e');
  // The server's clock starts at real time but can be moved (setServerTime): the consultation
  // journey lets three months pass for the communes that stay silent.
  const server = await startServer({ ...database.env, DEMO: '1', MUTUALIS_NOW: new Date().toISOString() });
  process.env.MUTUALIS_URL = server.url;
  (globalThis as Record<string, unknown>).__MUTUALIS__ = { server, database };
}
