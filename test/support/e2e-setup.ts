import { freshDatabase, startServer } from './server';

/** The browser journeys run against the built application with its demo data, as `npm start` serves it. */
export default async function e2eSetup() {
  const database = await freshDatabase('e2e');
  const server = await startServer({ ...database.env, DEMO: '1' });
  process.env.MUTUALIS_URL = server.url;
  (globalThis as Record<string, unknown>).__MUTUALIS__ = { server, database };
}
