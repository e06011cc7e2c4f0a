// The consultation board and a reviewer's fiche commune (issue #13) for the largest EPCI (CA du
// Pays Basque, 158 communes) in consultation, half of them having answered, on the embedded engine:
// median and p95 latency, SQL statements per request (budget: constant, ≤ 4 for the board, ≤ 5 for
// the reviewer's version read), payload as JSON.
// Run: npm run bench (builds the backend first).
import { OPERATOR } from '../test/support/accounts';
import { sharedService } from '../test/support/actions';
import { appointAdmin, importEpci, member } from '../test/support/fixtures';
import { Client } from '../test/support/graphql';
import { freshDatabase, runNode, startServer } from '../test/support/server';
import { CONSULTATION, OPEN, OPINION, nicFor } from '../test/integration/consultation-fixture';
import { parisDate } from '../backend/src/domain/consultation/dates';
import { PAYS_BASQUE_SIREN } from './fixtures/pays-basque';

const BOARD_STATEMENTS_BUDGET = 4;
const SHEET_STATEMENTS_BUDGET = 5;
const WARM_UP = 10;
const MEASURED = 50;
const ACTIONS = 40;

const SHEET = `query ($id: ID!) { version(id: $id) { id status content } }`;

async function timed(client: Client, query: string, variables: Record<string, unknown>) {
  const durations: number[] = [];
  let statements = 0;
  let bytes = 0;
  for (let i = 0; i < WARM_UP + MEASURED; i++) {
    const start = performance.now();
    const result = await client.request(query, variables);
    const elapsed = performance.now() - start;
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    if (i >= WARM_UP) durations.push(elapsed);
    statements = Math.max(statements, result.statements ?? Infinity);
    bytes = JSON.stringify(result.data).length;
  }
  durations.sort((a, b) => a - b);
  const at = (fraction: number) => durations[Math.min(durations.length - 1, Math.ceil(fraction * durations.length) - 1)];
  return { median: at(0.5), p95: at(0.95), statements, bytes };
}

async function main() {
  delete process.env.DATABASE_URL;
  const database = await freshDatabase('bench-consultation');
  const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
  if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
  const server = await startServer(database.env);
  try {
    const operator = new Client(server.url);
    await operator.login(OPERATOR.email, OPERATOR.password);
    const territory = await importEpci(operator, PAYS_BASQUE_SIREN);
    const admin = await appointAdmin(operator, territory.epciId, 'admin@bench.test');
    const drafter = await member(admin, territory.epciId, 'DRAFTER', 'dsi@bench.test');
    const reviewer = await member(admin, territory.epciId, 'REVIEWER', 'mairie@bench.test', territory.communes[0].id);
    const { epci } = await admin.ok(`query ($id: ID!) { epci(id: $id) { communes { id siren } } }`, { id: territory.epciId });

    let scheme = (
      await drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
        input: { epciId: territory.epciId, title: 'Banc d’essai', mandate: { first: 2026, last: 2032 } },
      })
    ).createScheme;
    const everyone = territory.communes.map((c, j) => ({ insee: c.inseeCode, statusQuoCents: 100_000 + ((j * 7919) % 900_000) }));
    for (let i = 0; i < ACTIONS; i++) {
      const input = { ...sharedService(everyone, 8_000_000 + i * 1000, '25', { kind: 'population', population: 'municipale' }), title: `Service commun ${i + 1}` };
      scheme = (await drafter.ok(`mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { id revision } }`, { s: scheme.id, r: scheme.revision, input })).addAction;
    }
    const { freezeVersion } = await drafter.ok(`mutation ($s: ID!, $r: Int!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: "v1") { id } }`, { s: scheme.id, r: scheme.revision });
    const today = parisDate(new Date());
    const { openConsultation } = await drafter.ok(OPEN, { input: { versionId: freezeVersion.id, notifiedOn: today } });
    for (const [j, commune] of epci.communes.entries()) {
      if (j % 2 === 1) continue;
      await drafter.ok(OPINION, {
        input: {
          consultationId: openConsultation.id,
          communeId: commune.id,
          kind: j % 6 === 0 ? 'FAVORABLE_WITH_RESERVATIONS' : 'FAVORABLE',
          reservations: j % 6 === 0 ? 'Revoir la clé de répartition.' : null,
          deliberationNumber: `2026_${String(j).padStart(3, '0')}`,
          deliberationDate: today,
          communeNic: nicFor(commune.siren),
        },
      });
    }

    const board = await timed(drafter, CONSULTATION, { id: openConsultation.id });
    const sheet = await timed(reviewer, SHEET, { id: freezeVersion.id });
    const all = await timed(drafter, SHEET, { id: freezeVersion.id });
    const round = (ms: number) => Math.round(ms * 10) / 10;
    console.log(`board of 158 communes (79 answered), embedded: median ${round(board.median)} ms, p95 ${round(board.p95)} ms, ${board.statements} SQL statements, ${Math.round(board.bytes / 1024)} KB JSON`);
    console.log(`reviewer's version with their fiche commune, embedded: median ${round(sheet.median)} ms, p95 ${round(sheet.p95)} ms, ${sheet.statements} SQL statements, ${Math.round(sheet.bytes / 1024)} KB JSON`);
    console.log(`the same version read by a drafter (every commune), embedded: median ${round(all.median)} ms, ${all.statements} SQL statements, ${Math.round(all.bytes / 1024)} KB JSON`);
    const over = [
      board.statements > BOARD_STATEMENTS_BUDGET && `board: ${board.statements} statements > ${BOARD_STATEMENTS_BUDGET}`,
      sheet.statements > SHEET_STATEMENTS_BUDGET && `reviewer's version: ${sheet.statements} statements > ${SHEET_STATEMENTS_BUDGET}`,
    ].filter(Boolean);
    if (over.length) {
      console.error(`over budget: ${over.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
