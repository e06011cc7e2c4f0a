import { StartupError, loadConfig } from './config/config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/demo-seed.js';
import { startServer } from './server.js';

const roleLabel = { DRAFTER: 'rédacteur', REVIEWER: 'référent communal', ELECTED: 'élu', ADMIN: 'administrateur', OPERATOR: 'opérateur' };

async function main() {
  const config = loadConfig(process.env);
  const server = await startServer(config);
  const lines = [`Mutualis est prêt : ${server.url}  (base ${server.database.engine === 'embedded' ? `embarquée, ${config.dataDir}` : 'PostgreSQL'})`];
  if (config.demo) {
    lines.push(`Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.email.padEnd(30)} ${roleLabel[a.role]}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  // An operator's mistake gets one line; anything else is a bug and keeps its stack for the log.
  if (error instanceof StartupError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Échec du démarrage / start-up failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
