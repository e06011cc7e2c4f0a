import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { Client } from '../support/graphql';
import { GOOD_PASSWORD, SIREN } from '../support/accounts';
import { REPO_ROOT, freshDatabase, runNode, startServer } from '../support/server';

// Each test starts servers of its own (a new PGlite directory takes ~6 s to initialise on its own).
jest.setTimeout(120_000);

/** What an operator sees when starting Mutualis: real processes, real exit codes, one-line messages. */
const embedded = !process.env.DATABASE_URL;

describe('bad configuration', () => {
  it.each([
    [{ PORT: 'trois-mille' }, /PORT doit être un entier entre 1 et 65535 \(reçu « trois-mille »\)/],
    [{ SESSION_LIFETIME: 'toujours' }, /SESSION_LIFETIME doit être une durée/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL doit être une URL postgres/],
    [{ NODE_ENV: 'production', DEMO: '1' }, /DEMO ne peut pas être activé quand NODE_ENV=production/],
    [{ NODE_ENV: 'production', MUTUALIS_NOW: '2027-03-14T09:00:00Z' }, /MUTUALIS_NOW \(horloge de test\) ne peut pas être utilisé quand NODE_ENV=production/],
    [{ MUTUALIS_NOW: 'demain' }, /MUTUALIS_NOW doit être une date-heure ISO 8601/],
  ])('refuses %o with one line and exit code 1', async (env, message) => {
    const result = await runNode('main.js', [], { DATA_DIR: '/nonexistent/never-created', ...env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an unreachable database server without printing its password', async () => {
    const result = await runNode('main.js', [], { DATABASE_URL: 'postgres://mutualis:secret-pw@127.0.0.1:9/mutualis' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/Base de données injoignable/);
    expect(result.stderr).not.toContain('secret-pw');
  });
});

describe('data that survives a restart, and the health report', () => {
  it('keeps imported data across a restart and reports the schema as up to date', async () => {
    const database = await freshDatabase('restart');
    try {
      const created = await runNode('cli/user-create.js', ['--operator', '--email', 'op@restart.test', '--name', 'Op'], database.env, `${GOOD_PASSWORD}\n`);
      expect(created.code).toBe(0);
      const imported = await runNode('cli/epci-import.js', [SIREN.leMansMetropole], database.env);
      expect(imported.stdout).toMatch(/Importé : CU Le Mans Métropole .* 20 commune\(s\) ajoutée\(s\)/);
      const again = await runNode('cli/epci-import.js', [SIREN.leMansMetropole], database.env);
      expect(again.stdout).toMatch(/Mis à jour .* 0 commune\(s\) ajoutée\(s\), 20 mise\(s\) à jour/);
      const unknown = await runNode('cli/epci-import.js', ['000000000'], database.env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim()).toMatch(/Aucune intercommunalité à fiscalité propre ne porte le SIREN 000000000/);

      for (let run = 0; run < 2; run++) {
        const server = await startServer(database.env);
        try {
          const health = await (await fetch(`${server.url}/health`)).json();
          expect(health).toMatchObject({ status: 'ok', database: { engine: embedded ? 'embedded' : 'server', reachable: true }, migrations: { pending: 0 } });
          const op = new Client(server.url);
          await op.login('op@restart.test', GOOD_PASSWORD);
          expect((await op.ok(`{ importedEpcis { name communeCount } }`)).importedEpcis).toEqual([{ name: 'CU Le Mans Métropole', communeCount: 20 }]);
        } finally {
          await server.stop();
        }
      }
    } finally {
      await database.drop();
    }
  });

  it('creates an EPCI’s first administrator from the command line, never without a way to sign in', async () => {
    const database = await freshDatabase('first-admin');
    try {
      await runNode('cli/epci-import.js', [SIREN.leMansMetropole], database.env);
      const admin = ['--admin-of', SIREN.leMansMetropole, '--email', 'dsi@lemans.test', '--name', 'DSI'];
      const without = await runNode('cli/user-create.js', admin, database.env, '\n');
      expect(without.code).toBe(1);
      expect(without.stderr).toMatch(/Choisissez un mot de passe/);
      const created = await runNode('cli/user-create.js', admin, database.env, `${GOOD_PASSWORD}\n`);
      expect(created.stdout).toMatch(/Administrateur de CU Le Mans Métropole : dsi@lemans.test/);
      const server = await startServer(database.env);
      try {
        const dsi = new Client(server.url);
        await dsi.login('dsi@lemans.test', GOOD_PASSWORD);
        expect((await dsi.ok(`{ me { memberships { role epci { name } } } }`)).me.memberships).toEqual([{ role: 'ADMIN', epci: { name: 'CU Le Mans Métropole' } }]);
      } finally {
        await server.stop();
      }
    } finally {
      await database.drop();
    }
  });
});

// About the embedded engine itself, so it runs on a directory whatever engine the suite targets.
describe('the embedded data directory', () => {
  const tempDir = () => ({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-dir-')) });

  it('refuses a second process on a directory in use, with one line', async () => {
    const env = tempDir();
    const server = await startServer(env);
    try {
      const second = await runNode('main.js', [], { ...env, PORT: '39517' });
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toMatch(/déjà utilisé par un autre processus Mutualis \(pid \d+\)/);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await server.stop();
      fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
    }
  });

  it('refuses a corrupt directory with one line', async () => {
    const env = tempDir();
    const dir = path.join(env.DATA_DIR, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'PG_VERSION'), 'pas une version\n');
    const result = await runNode('main.js', [], env);
    fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/illisible ou corrompu/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('demo mode', () => {
  it('fills an empty database with the demo EPCI and one account per role, and says so', async () => {
    const database = await freshDatabase('demo');
    const server = await startServer({ ...database.env, DEMO: '1' });
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(server.output()).toMatch(/Comptes de démonstration \(mot de passe : demo-mutualis-2026\)/);
      for (const email of ['redaction@demo.mutualis.fr', 'moissac@demo.mutualis.fr', 'elu@demo.mutualis.fr', 'admin@demo.mutualis.fr']) {
        const tab = new Client(server.url);
        await tab.login(email, 'demo-mutualis-2026');
        const me = await tab.ok(`{ me { memberships { epci { name communeCount } } } }`);
        expect(me.me.memberships[0].epci).toEqual({ name: 'CC Terres des Confluences', communeCount: 22 });
      }
      // A draft whose every action costs with the demo figures, for the costing views to show,
      // frozen once as it stands, for the timeline.
      const drafter = new Client(server.url);
      const login = await drafter.login('redaction@demo.mutualis.fr', 'demo-mutualis-2026');
      expect(login.errors).toBeUndefined();
      const { me } = await drafter.ok(`{ me { memberships { epci { id } } } }`);
      // One scheme's costing per request: the cost limit refuses a costing for each of a list.
      const { schemes: ids } = await drafter.ok(`query ($e: ID!) { schemes(epciId: $e) { id } }`, { e: me.memberships[0].epci.id });
      const schemes = await Promise.all(
        ids.map(async ({ id }: { id: string }) =>
          (await drafter.ok(
            `query ($id: ID!) { scheme(id: $id) { actions { kind } costing { problems { message } } versions { number authorName totals { actionCount } integrityVerified } } }`,
            { id },
          )).scheme,
        ),
      );
      expect(schemes).toEqual([
        {
          actions: [{ kind: 'SHARED_SERVICE' }, { kind: 'POOLED_DPO' }, { kind: 'GROUP_PURCHASE' }, { kind: 'SHARED_ASSET' }],
          costing: { problems: [] },
          versions: [{ number: 1, authorName: expect.any(String), totals: { actionCount: 4 }, integrityVerified: true }],
        },
      ]);
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});

it('serves exactly the committed schema.gql that the front end is generated from', async () => {
  const introspection = await (
    await fetch(`${process.env.MUTUALIS_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    })
  ).json();
  const served = printSchema(buildClientSchema(introspection.data));
  const committed = printSchema(buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'backend/schema.gql'), 'utf8')));
  expect(served).toBe(committed);
});
