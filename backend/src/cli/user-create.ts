import { grantMembership } from '../modules/accounts/grant-membership.js';
import { findAccountByEmail } from '../modules/auth/account-store.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { normaliseEmail } from '../modules/auth/session.service.js';
import { DomainError } from '../domain/errors.js';
import { UsageError, parseOptions, readSecretLine, runCli } from './run.js';
import { ofName } from '../domain/text.js';

const USAGE =
  'Usage : npm run user:create -- --email ADRESSE --name "NOM" (--operator | --admin-of SIREN)\n' +
  'Le mot de passe est lu sur l’entrée standard.';

// Makes the platform's first operator, or the first administrator of an imported EPCI.
await runCli(async ({ dataSource }, args) => {
  const options = parseOptions(args);
  const { email, name } = options;
  if (typeof email !== 'string' || typeof name !== 'string' || (!options.operator && typeof options['admin-of'] !== 'string')) {
    throw new UsageError(USAGE);
  }
  const password = await readSecretLine('Mot de passe : ');
  const actor = { actorUserId: null, actorLabel: 'cli:user-create', ip: null };
  return dataSource.transaction(async (manager) => {
    if (options.operator) {
      const address = normaliseEmail(email);
      const [existing] = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [address]);
      if (existing) throw new DomainError('CONFLICT', `Un compte existe déjà pour ${address}.`);
      const hash = await hashPassword(password, { email: address, name });
      await manager.query(`INSERT INTO app_user (email, name, password_hash, is_operator) VALUES ($1, $2, $3, true)`, [address, name, hash]);
      return `Opérateur créé : ${address}`;
    }
    const [epci] = await manager.query(`SELECT id, name FROM epci WHERE siren = $1`, [options['admin-of']]);
    if (!epci) throw new DomainError('NOT_FOUND', `Aucune intercommunalité importée ne porte le SIREN ${options['admin-of']} : importez-la d'abord (npm run epci:import).`);
    // No mail goes out from here: a new account without a password could never sign in.
    if (!password && !(await findAccountByEmail(manager, normaliseEmail(email)))) {
      throw new UsageError('Choisissez un mot de passe : ce nouveau compte n’a pas d’autre moyen de se connecter.');
    }
    await grantMembership(manager, { epciId: epci.id, email, name, password: password || null, role: 'ADMIN', replaceRole: true }, actor);
    return `Administrateur ${ofName(epci.name)} : ${normaliseEmail(email)}`;
  });
});
