import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError } from '../../domain/errors.js';
import { hashPassword, passwordMatches } from '../auth/passwords.js';
import { normaliseEmail, tokenHash } from '../auth/session.service.js';
import type { ChangePasswordInput, MyAccountInput, MyNotificationsInput } from './dto/account-links.inputs.js';
import type { MyAccountModel } from './models/account-links.models.js';

const SELECT_ACCOUNT = `SELECT name, email, notify_reminders AS "notifyReminders", notify_opinions AS "notifyOpinions" FROM app_user WHERE id = $1`;

/** « Mon compte » : what anyone may change about their own account. */
@Injectable()
export class MyAccountService {
  constructor(private readonly dataSource: DataSource) {}

  async myAccount(caller: Caller): Promise<MyAccountModel> {
    const [account] = await this.dataSource.query(SELECT_ACCOUNT, [caller.userId]);
    return account;
  }

  async update(caller: Caller, input: MyAccountInput): Promise<MyAccountModel> {
    const email = normaliseEmail(input.email);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const [before] = await manager.query(SELECT_ACCOUNT, [caller.userId]);
      const [taken] = await manager.query(`SELECT 1 FROM app_user WHERE email = $1 AND id <> $2`, [email, caller.userId]);
      if (taken) throw new DomainError('CONFLICT', 'Un autre compte utilise déjà cette adresse.', { field: 'email' });
      await manager.query(`UPDATE app_user SET name = $2, email = $3 WHERE id = $1`, [caller.userId, input.name, email]);
      await record({ action: 'user.profile.change', entityType: 'user', entityId: caller.userId, before: { name: before.name, email: before.email }, after: { name: input.name, email } });
      const [after] = await manager.query(SELECT_ACCOUNT, [caller.userId]);
      return after;
    });
  }

  async setNotifications(caller: Caller, input: MyNotificationsInput): Promise<MyAccountModel> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await manager.query(`UPDATE app_user SET notify_reminders = $2, notify_opinions = $3 WHERE id = $1`, [caller.userId, input.reminders, input.opinions]);
      await record({ action: 'user.notifications.change', entityType: 'user', entityId: caller.userId, after: { reminders: input.reminders, opinions: input.opinions } });
      const [after] = await manager.query(SELECT_ACCOUNT, [caller.userId]);
      return after;
    });
  }

  /**
   * A new password, the current one required. Every other session of the account ends (a stolen
   * session does not survive the change); the one making the change stays open.
   */
  async changePassword(caller: Caller, input: ChangePasswordInput, currentSessionToken: string): Promise<boolean> {
    const [user] = await this.dataSource.query(`SELECT password_hash, name FROM app_user WHERE id = $1`, [caller.userId]);
    if (!(await passwordMatches(user.password_hash, input.currentPassword))) {
      throw new DomainError('BAD_USER_INPUT', 'Le mot de passe actuel n’est pas le bon.', { field: 'currentPassword' });
    }
    const passwordHash = await hashPassword(input.newPassword, { email: caller.email, name: user.name });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await manager.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [caller.userId, passwordHash]);
      await manager.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND token_hash <> $2`, [
        caller.userId,
        tokenHash(currentSessionToken),
      ]);
      await record({ action: 'auth.password.change', entityType: 'user', entityId: caller.userId });
      return true;
    });
  }
}
