import { freshDatabase, runNode, startServer } from './server';
import { OPERATOR } from './accounts';

/**
 * One server for the whole integration run, on a fresh database of the engine under test
 * (embedded PGlite by default, the PostgreSQL server when DATABASE_URL is set). Test files share
 * it and keep out of each other's way by working on different EPCI with their own accounts.
 * Login throttling trusts X-Forwarded-For here so each test file can act from its own address.
 */
export default async function globalSetup() {
  const database = await freshDatabase('it');
  // As on a real platform: the first operator is made from the command line, before serving.
  const created = await runNode(
    'cli/user-create.js',
    ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name],
    database.env,
    `${OPERATOR.password}\n`,
  );
  if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}${created.stdout}`);
  const server = await startServer({ ...database.env, TRUST_PROXY: '1' });
  process.env.MUTUALIS_URL = server.url;
  (globalThis as Record<string, unknown>).__MUTUALIS__ = { server, database };
}
