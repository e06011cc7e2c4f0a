import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError } from '../../domain/errors.js';
import { findAccount, findAccountByEmail, loadOwnAccount, updateAccountIdentity, updateNotificationPreferences, updatePasswordHash } from '../auth/account-store.js';
import { hashPassword, passwordMatches } from '../auth/passwords.js';
import { revokeSessionsOf } from '../auth/session-store.js';
import { normaliseEmail, tokenHash } from '../auth/session.service.js';
import type { ChangePasswordInput, MyAccountInput, MyNotificationsInput } from './dto/account-links.inputs.js';
import type { MyAccountModel } from './models/account-links.models.js';

/** « Mon compte » : what anyone may change about their own account. */
@Injectable()
export class MyAccountService {
  constructor(private readonly dataSource: DataSource) {}

  async myAccount(caller: Caller): Promise<MyAccountModel> {
    return loadOwnAccount(this.dataSource.manager, caller.userId);
  }

  async update(caller: Caller, input: MyAccountInput): Promise<MyAccountModel> {
    const email = normaliseEmail(input.email);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await loadOwnAccount(manager, caller.userId);
      const holder = await findAccountByEmail(manager, email);
      if (holder && holder.id !== caller.userId) throw new DomainError('CONFLICT', 'Un autre compte utilise déjà cette adresse.', { field: 'email' });
      await updateAccountIdentity(manager, caller.userId, input.name, email);
      await record({ action: 'user.profile.change', entityType: 'user', entityId: caller.userId, before: { name: before.name, email: before.email }, after: { name: input.name, email } });
      return loadOwnAccount(manager, caller.userId);
    });
  }

  async setNotifications(caller: Caller, input: MyNotificationsInput): Promise<MyAccountModel> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await updateNotificationPreferences(manager, caller.userId, input.reminders, input.opinions);
      await record({ action: 'user.notifications.change', entityType: 'user', entityId: caller.userId, after: { reminders: input.reminders, opinions: input.opinions } });
      return loadOwnAccount(manager, caller.userId);
    });
  }

  /**
   * A new password, the current one required. Every other session of the account ends (a stolen
   * session does not survive the change); the one making the change stays open.
   */
  async changePassword(caller: Caller, input: ChangePasswordInput, currentSessionToken: string): Promise<boolean> {
    const user = await findAccount(this.dataSource.manager, caller.userId);
    if (!user || !(await passwordMatches(user.passwordHash, input.currentPassword))) {
      throw new DomainError('BAD_USER_INPUT', 'Le mot de passe actuel n’est pas le bon.', { field: 'currentPassword' });
    }
    const passwordHash = await hashPassword(input.newPassword, { email: caller.email, name: user.name });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      await updatePasswordHash(manager, caller.userId, passwordHash);
      await revokeSessionsOf(manager, caller.userId, tokenHash(currentSessionToken));
      await record({ action: 'auth.password.change', entityType: 'user', entityId: caller.userId });
      return true;
    });
  }
}
