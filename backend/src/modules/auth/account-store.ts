import type { EntityManager } from 'typeorm';

/** What « Mon compte » shows and edits. */
export interface OwnAccount {
  name: string;
  email: string;
  notifyReminders: boolean;
  notifyOpinions: boolean;
}

export async function loadOwnAccount(manager: EntityManager, userId: string): Promise<OwnAccount> {
  const [account] = await manager.query(
    `SELECT name, email, notify_reminders AS "notifyReminders", notify_opinions AS "notifyOpinions" FROM app_user WHERE id = $1`,
    [userId],
  );
  return account;
}

/** An account's identity and state, or undefined when no account has this address. */
export interface AccountState {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  isOperator: boolean;
  disabled: boolean;
}

const ACCOUNT_STATE = `id, email, name, password_hash AS "passwordHash", is_operator AS "isOperator", disabled_at IS NOT NULL AS disabled`;

export async function findAccountByEmail(manager: EntityManager, email: string): Promise<AccountState | undefined> {
  const [account] = await manager.query(`SELECT ${ACCOUNT_STATE} FROM app_user WHERE email = $1`, [email]);
  return account;
}

export async function findAccount(manager: EntityManager, userId: string): Promise<AccountState | undefined> {
  const [account] = await manager.query(`SELECT ${ACCOUNT_STATE} FROM app_user WHERE id = $1`, [userId]);
  return account;
}

/** A new account; without a password hash it waits for its owner to choose one through an invitation. */
export async function insertAccount(manager: EntityManager, account: { email: string; name: string; passwordHash: string | null }): Promise<string> {
  const [{ id }] = await manager.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
    account.email,
    account.name,
    account.passwordHash,
  ]);
  return id;
}

export async function updateAccountIdentity(manager: EntityManager, userId: string, name: string, email: string): Promise<void> {
  await manager.query(`UPDATE app_user SET name = $2, email = $3 WHERE id = $1`, [userId, name, email]);
}

export async function updateNotificationPreferences(manager: EntityManager, userId: string, reminders: boolean, opinions: boolean): Promise<void> {
  await manager.query(`UPDATE app_user SET notify_reminders = $2, notify_opinions = $3 WHERE id = $1`, [userId, reminders, opinions]);
}

export async function updatePasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
  await manager.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
}

/** Disabling keeps the first date it was disabled; enabling clears it. */
export async function setAccountDisabled(manager: EntityManager, userId: string, disabled: boolean): Promise<void> {
  await manager.query(`UPDATE app_user SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1`, [userId, disabled]);
}
