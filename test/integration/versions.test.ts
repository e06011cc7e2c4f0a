import { gunzipSync } from 'node:zlib';
import { Client, errorCode } from '../support/graphql';
import { GOOD_PASSWORD, OPERATOR, SIREN } from '../support/accounts';
import { sharedService } from '../support/actions';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';
import { rawSql } from '../support/raw-sql';
import { freshDatabase, runNode, startServer, type FreshDatabase, type TestServer } from '../support/server';

// CA Saint-Brieuc Armor Agglomération (32 communes, FPU).
const SAINT_BRIEUC = '200069409';
const ADDRESS = '10.0.11.1';
const MANDATE = { first: 2026, last: 2032 };

jest.setTimeout(180_000);

const VERSION_FIELDS = `id number message parentId authorName totals { epciCents communesCents totalCents actionCount } sha256`;
const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { ${VERSION_FIELDS} } }`;
const FREEZE_CONFIRMED = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m, confirmIdentical: true) { number } }`;
const ADD = `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { id revision actions { id } } }`;
const UPDATE_ACTION = `mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionDefinition!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, action: $input) { id revision } }`;
const VERSION = `query ($id: ID!) { version(id: $id) { ${VERSION_FIELDS} content integrityVerified } }`;
const MONEY = `before after difference`;
const DIFF_FIELDS = `scheme { label before after } actions { actionId title change fields { label before after } joined left
  cost { totalCents epciCents years { year totalCents } communes { insee name cents } } }
  communes { insee name years { year ${MONEY} } mandate { ${MONEY} } } totals { epci { ${MONEY} } communes { ${MONEY} } total { ${MONEY} } }`;
const DIFF = `query ($from: ID!, $to: ID!) { versionDiff(fromId: $from, toId: $to) { ${DIFF_FIELDS} } }`;
const DRAFT_DIFF = `query ($s: ID!, $v: ID!) { draftDiff(schemeId: $s, versionId: $v) { ${DIFF_FIELDS} } }`;
const TOTALS = `query ($id: ID!) { scheme(id: $id) { costing { summary } } }`;

async function draftWithOneAction(drafter: Client, territory: Territory, title: string) {
  const { createScheme } = await drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
    input: { epciId: territory.epciId, title, mandate: MANDATE },
  });
  const four = territory.communes.slice(0, 4).map((c) => ({ insee: c.inseeCode, statusQuoCents: 250_000 }));
  return (await drafter.ok(ADD, { s: createScheme.id, r: createScheme.revision, input: sharedService(four, 1_000_000, '20') })).addAction;
}

describe('on the shared server', () => {
  let territory: Territory;
  let as: { drafter: Client; elected: Client; reviewer: Client; admin: Client };

  beforeAll(async () => {
    const operator = await signedInOperator(ADDRESS);
    territory = await importEpci(operator, SAINT_BRIEUC);
    const admin = await appointAdmin(operator, territory.epciId, 'admin@saint-brieuc.test');
    as = {
      admin,
      drafter: await member(admin, territory.epciId, 'DRAFTER', 'dsi@saint-brieuc.test'),
      elected: await member(admin, territory.epciId, 'ELECTED', 'president@saint-brieuc.test'),
      reviewer: await member(admin, territory.epciId, 'REVIEWER', 'mairie@plerin.test', territory.communes[0].id),
    };
  });

  it('freezes, compares and restores versions, each immutable and verifiable', async () => {
    let draft = await draftWithOneAction(as.drafter, territory, 'Schéma versionné');
    const [action] = draft.actions;
    const v1 = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1 — projet initial' })).freezeVersion;
    expect(v1).toMatchObject({ number: 1, message: 'v1 — projet initial', parentId: null, authorName: 'dsi', totals: { totalCents: 7 * 1_000_000, actionCount: 1 } });
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The draft moves on: a new key, then a second freeze.
    const byPopulation = sharedService(
      territory.communes.slice(0, 4).map((c) => ({ insee: c.inseeCode, statusQuoCents: 250_000 })),
      1_000_000,
      '20',
      { kind: 'population', population: 'municipale' },
    );
    draft = (await as.drafter.ok(UPDATE_ACTION, { s: draft.id, a: action.id, r: draft.revision, input: byPopulation })).updateAction;
    const v2 = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v2 — clé population' })).freezeVersion;
    expect(v2).toMatchObject({ number: 2, parentId: v1.id });

    // v1 reads exactly as it was frozen, and says so.
    const read = (await as.elected.ok(VERSION, { id: v1.id })).version;
    expect(read.integrityVerified).toBe(true);
    expect(read.content.actions[0].allocation.key).toEqual({ kind: 'equal' });
    expect(read.content.communes).toHaveLength(32);
    expect(read.content.costing.actions[0].years).toHaveLength(7);

    const timeline = await as.elected.ok(`query ($id: ID!) { scheme(id: $id) { versions { number message authorName } } }`, { id: draft.id });
    expect(timeline.scheme.versions).toEqual([
      { number: 2, message: 'v2 — clé population', authorName: 'dsi' },
      { number: 1, message: 'v1 — projet initial', authorName: 'dsi' },
    ]);

    // The comparison says what changed in words, and the money only where it moved.
    const { versionDiff } = await as.elected.ok(DIFF, { from: v1.id, to: v2.id });
    expect(versionDiff.actions).toEqual([
      expect.objectContaining({
        change: 'CHANGED',
        fields: [{ label: 'Répartition', before: 'Clé : parts égales ; part de l’intercommunalité : 20 %', after: 'Clé : population municipale ; part de l’intercommunalité : 20 %' }],
        joined: [],
        left: [],
      }),
    ]);
    expect(versionDiff.totals.total).toEqual({ before: 7_000_000, after: 7_000_000, difference: 0 });
    expect(versionDiff.communes.length).toBeGreaterThan(0);
    expect(versionDiff.communes.length).toBeLessThanOrEqual(4);
    const rises = versionDiff.communes.map((c: { mandate: { difference: number } }) => c.mandate.difference);
    expect(rises).toEqual([...rises].sort((a, b) => b - a));
    expect(versionDiff.communes.reduce((sum: number, c: { mandate: { difference: number } }) => sum + c.mandate.difference, 0)).toBe(0);

    // Restoring v1 puts its content back into the draft, as one more audited change.
    const restored = (
      await as.drafter.ok(`mutation ($v: ID!, $r: Int!) { restoreVersion(versionId: $v, expectedRevision: $r) { revision actions { id definition } } }`, { v: v1.id, r: draft.revision })
    ).restoreVersion;
    expect(restored.revision).toBe(draft.revision + 1);
    expect(restored.actions.map((a: { id: string }) => a.id)).toEqual([action.id]);
    expect(restored.actions[0].definition.allocation.key).toEqual({ kind: 'equal' });
    const trail = await as.admin.ok(`query ($e: ID!) { auditTrail(epciId: $e, limit: 50) { action before } }`, { e: territory.epciId });
    const restore = trail.auditTrail.find((e: { action: string }) => e.action === 'scheme.version.restore');
    expect(JSON.parse(restore.before).actions[0].allocation.key).toEqual({ kind: 'population', population: 'municipale' });
  });

  it('refuses to freeze from a stale revision, without a message, or with actions it cannot cost', async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Refus de figer');
    expect(errorCode(await as.drafter.request(FREEZE, { s: draft.id, r: draft.revision - 1, m: 'v1' }))).toBe('CONFLICT');
    const blank = await as.drafter.request(FREEZE, { s: draft.id, r: draft.revision, m: '   ' });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].message).toMatch(/Dites en un message ce qui change/);
    const devices = sharedService([{ insee: territory.communes[0].inseeCode }], 100_000, '0', { kind: 'devices', devices: ['workstations'] });
    const withGap = (await as.drafter.ok(ADD, { s: draft.id, r: draft.revision, input: devices })).addAction;
    const incomplete = await as.drafter.request(FREEZE, { s: draft.id, r: withGap.revision, m: 'v1' });
    expect(errorCode(incomplete)).toBe('INVALID_STATE');
    expect(incomplete.errors![0].message).toMatch(/Impossible de figer un projet incomplètement chiffré : Commune d.* postes de travail est manquant/);
    const { scheme } = await as.drafter.ok(`query ($id: ID!) { scheme(id: $id) { versions { id } } }`, { id: draft.id });
    expect(scheme.versions).toEqual([]);
  });

  it('lets drafters freeze and restore, elected officials compare, and keeps reviewers and other EPCI out', async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Droits sur les versions');
    expect(errorCode(await as.elected.request(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' }))).toBe('FORBIDDEN');
    const v1 = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    // A version never sent to the reviewer's commune does not exist for them (issue #13).
    expect(errorCode(await as.reviewer.request(VERSION, { id: v1.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as.reviewer.request(DIFF, { from: v1.id, to: v1.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as.elected.request(`mutation ($v: ID!) { restoreVersion(versionId: $v, expectedRevision: 1) { id } }`, { v: v1.id }))).toBe('FORBIDDEN');
    const operator = await signedInOperator(ADDRESS);
    expect(errorCode(await operator.request(VERSION, { id: v1.id }))).toBe('NOT_FOUND');
  });

  it("answers NOT_FOUND when either compared version belongs to another EPCI, without confirming it exists", async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Comparaison croisée');
    const own = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    const operator = await signedInOperator(ADDRESS);
    const bastia = await importEpci(operator, SIREN.bastia);
    const bastiaAdmin = await appointAdmin(operator, bastia.epciId, 'admin-comparaison@bastia.test');
    const bastiaDrafter = await member(bastiaAdmin, bastia.epciId, 'DRAFTER', 'dsi-comparaison@bastia.test');
    const foreignDraft = await draftWithOneAction(bastiaDrafter, bastia, 'Schéma de Bastia');
    const foreign = (await bastiaDrafter.ok(FREEZE, { s: foreignDraft.id, r: foreignDraft.revision, m: 'v1' })).freezeVersion;
    for (const [from, to] of [
      [own.id, foreign.id],
      [foreign.id, own.id],
    ]) {
      const answer = await as.elected.request(DIFF, { from, to });
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(answer.errors![0].message).toBe('Version introuvable.');
    }
    // Comparing with a draft checks both ids too: the foreign version, and the foreign scheme.
    const withForeignVersion = await as.elected.request(DRAFT_DIFF, { s: draft.id, v: foreign.id });
    expect(errorCode(withForeignVersion)).toBe('NOT_FOUND');
    expect(withForeignVersion.errors![0].message).toBe('Version introuvable.');
    const withForeignScheme = await as.elected.request(DRAFT_DIFF, { s: foreignDraft.id, v: own.id });
    expect(errorCode(withForeignScheme)).toBe('NOT_FOUND');
    expect(withForeignScheme.errors![0].message).toBe('Schéma introuvable.');
  });

  it('compares a version with the draft as it is now', async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Depuis la v1');
    const v1 = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    const unchanged = (await as.elected.ok(DRAFT_DIFF, { s: draft.id, v: v1.id })).draftDiff;
    expect(unchanged).toMatchObject({ scheme: [], actions: [], communes: [] });
    const added = (await as.drafter.ok(ADD, { s: draft.id, r: draft.revision, input: { ...sharedService([{ insee: territory.communes[5].inseeCode }], 300_000, '0'), title: 'DPO mutualisé' } })).addAction;
    const { draftDiff } = await as.elected.ok(DRAFT_DIFF, { s: draft.id, v: v1.id });
    expect(draftDiff.actions).toEqual([expect.objectContaining({ title: 'DPO mutualisé', change: 'ADDED', joined: [territory.communes[5].name] })]);
    const { scheme } = await as.elected.ok(TOTALS, { id: added.id });
    expect(draftDiff.totals.total).toEqual({ before: v1.totals.totalCents, after: scheme.costing.summary.totals.mandate.totalCents, difference: scheme.costing.summary.totals.mandate.totalCents - v1.totals.totalCents });
  });

  it('refuses to compare a draft with a version of another scheme, in French', async () => {
    const first = await draftWithOneAction(as.drafter, territory, 'Brouillon A');
    const other = await draftWithOneAction(as.drafter, territory, 'Brouillon B');
    const v1 = (await as.drafter.ok(FREEZE, { s: other.id, r: other.revision, m: 'v1' })).freezeVersion;
    const answer = await as.elected.request(DRAFT_DIFF, { s: first.id, v: v1.id });
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors![0].message).toBe('On ne compare le brouillon qu’avec une version du même schéma.');
  });

  it('says what an added action costs, over the mandate, each year and for each commune', async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Coût des actions ajoutées');
    const v1 = (await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    const two = territory.communes.slice(6, 8).map((c) => ({ insee: c.inseeCode }));
    const added = (await as.drafter.ok(ADD, { s: draft.id, r: draft.revision, input: { ...sharedService(two, 300_000, '0'), title: 'Traceur partagé' } })).addAction;
    const v2 = (await as.drafter.ok(FREEZE, { s: draft.id, r: added.revision, m: 'v2' })).freezeVersion;
    const { versionDiff } = await as.elected.ok(DIFF, { from: v1.id, to: v2.id });
    const [change] = versionDiff.actions;
    expect(change).toMatchObject({ change: 'ADDED', cost: { totalCents: 7 * 300_000, epciCents: 0 } });
    expect(change.cost.years).toHaveLength(7);
    expect(change.cost.years[0]).toEqual({ year: 2026, totalCents: 300_000 });
    expect(change.cost.communes.map((c: { name: string }) => c.name).sort()).toEqual(territory.communes.slice(6, 8).map((c) => c.name).sort());
    expect(change.cost.communes.reduce((sum: number, c: { cents: number }) => sum + c.cents, 0)).toBe(7 * 300_000);
    // The other way round, the same action is removed, at the same cost.
    const back = (await as.elected.ok(DIFF, { from: v2.id, to: v1.id })).versionDiff.actions[0];
    expect(back).toMatchObject({ change: 'REMOVED', cost: change.cost });
  });

  it('refuses to freeze a draft identical to the latest version until confirmed', async () => {
    const draft = await draftWithOneAction(as.drafter, territory, 'Gel identique');
    await as.drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' });
    const refused = await as.drafter.request(FREEZE, { s: draft.id, r: draft.revision, m: 'v2 sans changement' });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0].message).toBe('Le brouillon est identique à la version 1 : rien n’a changé depuis. Confirmez pour figer quand même une version identique.');
    expect(refused.errors![0].extensions).toMatchObject({ identicalTo: 1 });
    const { scheme } = await as.drafter.ok(`query ($id: ID!) { scheme(id: $id) { versions { number } } }`, { id: draft.id });
    expect(scheme.versions).toEqual([{ number: 1 }]);
    const confirmed = await as.drafter.ok(FREEZE_CONFIRMED, { s: draft.id, r: draft.revision, m: 'v2 sans changement' });
    expect(confirmed.freezeVersion).toMatchObject({ number: 2 });
  });
});

describe('on a database of its own', () => {
  let database: FreshDatabase;
  let server: TestServer;
  let drafter: Client;
  let territory: Territory;

  const start = async () => {
    server = await startServer(database.env);
  };
  const signIn = async () => {
    const client = new Client(server.url, '10.0.12.1');
    expect((await client.login('dsi@versions.test', GOOD_PASSWORD)).errors).toBeUndefined();
    return client;
  };

  beforeAll(async () => {
    database = await freshDatabase('versions');
    const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
    expect(created.code).toBe(0);
    await start();
    const operator = new Client(server.url, '10.0.12.1');
    await operator.login(OPERATOR.email, OPERATOR.password);
    territory = await importEpci(operator, SAINT_BRIEUC);
    const admin = await appointAdmin(operator, territory.epciId, 'admin@versions.test');
    drafter = await member(admin, territory.epciId, 'DRAFTER', 'dsi@versions.test');
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('leaves no partial version when the process is killed while freezing', async () => {
    let draft = await draftWithOneAction(drafter, territory, 'Gel interrompu');
    const everyone = territory.communes.map((c) => ({ insee: c.inseeCode, statusQuoCents: 100_000 }));
    for (let i = 0; i < 30; i++) draft = (await drafter.ok(ADD, { s: draft.id, r: draft.revision, input: sharedService(everyone, 1_000_000 + i, '10') })).addAction;
    for (const delayMs of [0, 15, 40, 120]) {
      // The same draft each time: identical versions, confirmed, so that each freeze does its whole work.
      const freezing = drafter.request(FREEZE_CONFIRMED, { s: draft.id, r: draft.revision, m: `gel interrompu après ${delayMs} ms` }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      server.process.kill('SIGKILL');
      await freezing;
      await server.stop(); // waits for the killed process to be gone
      await start();
      drafter = await signIn();
      const { scheme } = await drafter.ok(`query ($id: ID!) { scheme(id: $id) { versions { id number } } }`, { id: draft.id });
      for (const version of scheme.versions) {
        const { version: read } = await drafter.ok(VERSION, { id: version.id });
        expect(read.integrityVerified).toBe(true);
        expect(read.content.actions).toHaveLength(31);
      }
      expect(scheme.versions.map((v: { number: number }) => v.number)).toEqual(scheme.versions.map((_: unknown, i: number) => scheme.versions.length - i));
    }
  });

  it('rewrites the versions frozen in jsonb, with their comparable content: they read, compare and verify as before', async () => {
    let draft = await draftWithOneAction(drafter, territory, 'Figé avant la migration');
    const v1 = (await drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    const byPopulation = sharedService(
      territory.communes.slice(0, 4).map((c) => ({ insee: c.inseeCode, statusQuoCents: 250_000 })),
      1_200_000,
      '20',
      { kind: 'population', population: 'municipale' },
    );
    draft = (await drafter.ok(UPDATE_ACTION, { s: draft.id, a: draft.actions[0].id, r: draft.revision, input: byPopulation })).updateAction;
    const v2 = (await drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v2' })).freezeVersion;
    draft = (await drafter.ok(ADD, { s: draft.id, r: draft.revision, input: sharedService(territory.communes.slice(4, 6).map((c) => ({ insee: c.inseeCode, statusQuoCents: 0 })), 300_000, '0') })).addAction;
    const v3 = (await drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v3' })).freezeVersion;
    const versionDiff = (await drafter.ok(DIFF, { from: v1.id, to: v2.id })).versionDiff;
    // What the added action costs is read from v3's stored content.
    const withAdded = (await drafter.ok(DIFF, { from: v1.id, to: v3.id })).versionDiff;
    expect(withAdded.actions[1]).toMatchObject({ change: 'ADDED', cost: { totalCents: 7 * 300_000 } });
    const draftDiff = (await drafter.ok(DRAFT_DIFF, { s: draft.id, v: v1.id })).draftDiff;
    expect(versionDiff.communes.length).toBeGreaterThan(0);
    expect(draftDiff.actions.map((a: { change: string }) => a.change)).toEqual(['CHANGED', 'ADDED']);
    const read = (await drafter.ok(VERSION, { id: v2.id })).version;
    await server.stop();
    // The database as it was before the migration: contents in jsonb, no comparable column.
    const [stored] = await rawSql(database.env, [`SELECT id, encode(content_gzip, 'base64') AS packed FROM scheme_version`]);
    const rows = (stored as { rows: { id: string; packed: string }[] }).rows;
    const asJsonb = ({ id, packed }: { id: string; packed: string }) =>
      `UPDATE scheme_version SET content = '${gunzipSync(Buffer.from(packed, 'base64')).toString('utf8').replaceAll("'", "''")}' WHERE id = '${id}'`;
    const rollback = await rawSql(database.env, [
      `ALTER TABLE scheme_version ADD COLUMN content jsonb`,
      `ALTER TABLE scheme_version DISABLE TRIGGER scheme_version_immutable`,
      ...rows.map(asJsonb),
      `ALTER TABLE scheme_version ENABLE TRIGGER scheme_version_immutable`,
      `ALTER TABLE scheme_version DROP COLUMN content_gzip, DROP COLUMN comparable, ALTER COLUMN content SET NOT NULL`,
      `DELETE FROM migrations WHERE name = 'VersionStorage1795880000000'`,
    ]);
    for (const step of rollback) expect(step).not.toHaveProperty('error');
    await start();
    drafter = await signIn();
    expect((await drafter.ok(VERSION, { id: v2.id })).version).toEqual({ ...read, integrityVerified: true });
    expect((await drafter.ok(DIFF, { from: v1.id, to: v2.id })).versionDiff).toEqual(versionDiff);
    expect((await drafter.ok(DIFF, { from: v1.id, to: v3.id })).versionDiff).toEqual(withAdded);
    expect((await drafter.ok(DRAFT_DIFF, { s: draft.id, v: v1.id })).draftDiff).toEqual(draftDiff);
    // What the migration wrote from the content is exactly what a freeze writes (verify compares them).
    await server.stop();
    const verify = await runNode('cli/version-verify.js', [], database.env);
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`intègre +SIREN ${SAINT_BRIEUC} « Figé avant la migration » v2`));
    await start();
    drafter = await signIn();
  });

  it('refuses UPDATE, DELETE and TRUNCATE of versions in the database, and the hash shows tampering', async () => {
    const draft = await draftWithOneAction(drafter, territory, 'Intègre');
    const v1 = (await drafter.ok(FREEZE, { s: draft.id, r: draft.revision, m: 'v1' })).freezeVersion;
    const compared = await draftWithOneAction(drafter, territory, 'Comparaison falsifiée');
    const other = (await drafter.ok(FREEZE, { s: compared.id, r: compared.revision, m: 'v1' })).freezeVersion;
    await server.stop();
    const [update, remove, truncate, ...tampering] = await rawSql(database.env, [
      `UPDATE scheme_version SET message = 'changé' WHERE id = '${v1.id}'`,
      `DELETE FROM scheme_version WHERE id = '${v1.id}'`,
      `TRUNCATE scheme_version CASCADE`,
      // Someone with the database owner's rights can still switch the trigger off: the hash tells.
      `ALTER TABLE scheme_version DISABLE TRIGGER scheme_version_immutable`,
      `UPDATE scheme_version SET content_gzip = (SELECT content_gzip FROM scheme_version WHERE id = '${other.id}') WHERE id = '${v1.id}'`,
      // What comparisons read of a version is checked against its content too.
      `UPDATE scheme_version SET comparable = jsonb_set(comparable::jsonb, '{costing,totals,mandate,totalCents}', '0')::json WHERE id = '${other.id}'`,
      `ALTER TABLE scheme_version ENABLE TRIGGER scheme_version_immutable`,
    ]);
    expect(update).toEqual({ error: expect.stringMatching(/append-only: UPDATE refused/) });
    expect(remove).toEqual({ error: expect.stringMatching(/append-only: DELETE refused/) });
    expect(truncate).toEqual({ error: expect.stringMatching(/append-only: TRUNCATE refused/) });
    for (const step of tampering) expect(step).not.toHaveProperty('error');
    const verify = await runNode('cli/version-verify.js', [], database.env);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(new RegExp(`ALTÉRÉE +SIREN ${SAINT_BRIEUC} « Intègre » v1`));
    expect(verify.stderr).toMatch(new RegExp(`ALTÉRÉE +SIREN ${SAINT_BRIEUC} « Comparaison falsifiée » v1`));
    expect(verify.stderr).toMatch(/altérée\(s\)/);
    await start();
    drafter = await signIn();
    expect((await drafter.ok(VERSION, { id: v1.id })).version.integrityVerified).toBe(false);
  });
});
