import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { can } from '../../domain/access/permissions.js';
import { DomainError, forbidden, notFound } from '../../domain/errors.js';
import { auditActor } from '../audit/audit.js';
import { findAccount, setAccountDisabled } from '../auth/account-store.js';
import { revokeSessionsOf } from '../auth/session-store.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { Epci } from '../territory/epci.entity.js';
import type { AppointAdministratorInput, CreateMemberInput, RemoveMemberInput, SetMemberRoleInput, SetUserDisabledInput } from './dto/member.inputs.js';
import { assertCommuneOfEpci } from './commune-check.js';
import { grantMembership } from './grant-membership.js';
import { countOtherActiveAdmins, deleteMembership, findMember, loadMembers, otherEpcisOf, upsertMembership } from './membership-store.js';
import type { MemberModel } from './models/member.models.js';

/** An EPCI's administrators manage its accounts; the platform operator appoints administrators. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsService,
  ) {}

  async listMembers(caller: Caller, epciId: string): Promise<MemberModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: epciId });
    return loadMembers(this.dataSource.manager, epciId);
  }

  async createMember(caller: Caller, input: CreateMemberInput): Promise<MemberModel> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: input.epciId });
    return auditedChange(this.dataSource, caller, async (change) => {
      const { userId, created } = await grantMembership(change.manager, input, auditActor(caller));
      if (created) await this.invitations.invite(change, userId, input.epciId);
      return this.member(change.manager, input.epciId, userId);
    });
  }

  async setMemberRole(caller: Caller, input: SetMemberRoleInput): Promise<MemberModel> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: input.epciId });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.member(manager, input.epciId, input.userId);
      const communeId = input.role === 'REVIEWER' ? (input.communeId ?? null) : null;
      if (input.role === 'REVIEWER') {
        if (!communeId) throw new DomainError('BAD_USER_INPUT', 'Choisissez la commune pour laquelle ce référent s’exprime.', { field: 'communeId' });
        await assertCommuneOfEpci(manager, communeId, input.epciId);
      }
      if (before.role === 'ADMIN' && input.role !== 'ADMIN') await this.assertAnotherAdmin(manager, input.epciId, input.userId);
      await upsertMembership(manager, input.userId, input.epciId, input.role, communeId);
      await record({
        epciId: input.epciId,
        action: 'member.role.change',
        entityType: 'user',
        entityId: input.userId,
        before: { role: before.role, communeId: before.commune?.id ?? null },
        after: { role: input.role, communeId },
      });
      return this.member(manager, input.epciId, input.userId);
    });
  }

  /**
   * Takes a person's role in this EPCI away (their account stays, with its roles elsewhere): the
   * way to detach an account an administrator attached by mistake. Audited; the EPCI keeps at
   * least one active administrator.
   */
  async removeMember(caller: Caller, input: RemoveMemberInput): Promise<MemberModel> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: input.epciId });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.member(manager, input.epciId, input.userId);
      if (before.role === 'ADMIN') await this.assertAnotherAdmin(manager, input.epciId, input.userId);
      await deleteMembership(manager, input.userId, input.epciId);
      await record({
        epciId: input.epciId,
        action: 'member.remove',
        entityType: 'user',
        entityId: input.userId,
        before: { email: before.user.email, role: before.role, communeId: before.commune?.id ?? null },
      });
      return before;
    });
  }

  /**
   * Disabling an account ends all its sessions at once. An account is platform-wide, so an
   * administrator may disable it only if it belongs to no EPCI they do not administer.
   */
  async setUserDisabled(caller: Caller, input: SetUserDisabledInput): Promise<MemberModel> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: input.epciId });
    if (input.userId === caller.userId) throw new DomainError('INVALID_STATE', 'Vous ne pouvez pas désactiver votre propre compte.');
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const before = await this.member(manager, input.epciId, input.userId);
      const elsewhere = await otherEpcisOf(manager, input.userId, input.epciId);
      const target = await findAccount(manager, input.userId);
      if (target?.isOperator || elsewhere.some((epciId) => !can(caller, 'USER_MANAGE', epciId))) {
        throw forbidden('Ce compte sert aussi ailleurs : retirez-lui plutôt son rôle dans votre intercommunalité.');
      }
      if (input.disabled && before.role === 'ADMIN') await this.assertAnotherAdmin(manager, input.epciId, input.userId);
      await setAccountDisabled(manager, input.userId, input.disabled);
      if (input.disabled) await revokeSessionsOf(manager, input.userId);
      await record({
        epciId: input.epciId,
        action: input.disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: input.userId,
        before: { disabled: before.user.disabled },
        after: { disabled: input.disabled },
      });
      return this.member(manager, input.epciId, input.userId);
    });
  }

  async appointAdministrator(caller: Caller, input: AppointAdministratorInput): Promise<MemberModel> {
    if (!can(caller, 'ADMIN_APPOINT')) throw forbidden("Seul l'opérateur de la plateforme nomme les administrateurs.");
    return auditedChange(this.dataSource, caller, async (change) => {
      if (!(await change.manager.getRepository(Epci).existsBy({ id: input.epciId }))) throw notFound('Intercommunalité');
      const { userId, created } = await grantMembership(change.manager, { ...input, role: 'ADMIN', replaceRole: true }, auditActor(caller));
      if (created) await this.invitations.invite(change, userId, input.epciId);
      return this.member(change.manager, input.epciId, userId);
    });
  }

  private async member(manager: EntityManager, epciId: string, userId: string): Promise<MemberModel> {
    const member = await findMember(manager, epciId, userId);
    if (!member) throw notFound('Membre');
    return member;
  }

  /** An EPCI must never lose its last administrator: nobody could manage its accounts any more. */
  private async assertAnotherAdmin(manager: EntityManager, epciId: string, leavingUserId: string) {
    if ((await countOtherActiveAdmins(manager, epciId, leavingUserId)) === 0) throw new DomainError('INVALID_STATE', "L'intercommunalité doit garder au moins un administrateur actif.");
  }
}
