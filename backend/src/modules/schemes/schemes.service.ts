import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError, badInput } from '../../domain/errors.js';
import { checkAction } from '../../domain/scheme/check-action.js';
import { parseAction } from '../../domain/scheme/parse-action.js';
import type { SchemeAction } from '../../domain/scheme/action.js';
import { loadProfiles } from '../commune-profiles/profile-store.js';
import { loadOpsns } from '../opsn/opsn-store.js';
import { contextOf } from './scheme-costing.js';
import type { CreateSchemeInput, SchemeDetailsInput } from './dto/scheme.inputs.js';
import {
  archiveScheme,
  claimRevision,
  copyScheme,
  deleteAction,
  insertAction,
  insertScheme,
  loadScheme,
  loadSchemes,
  readScheme,
  reorderActions,
  unarchiveScheme,
  replaceActions,
  updateAction,
  writeSchemeDetails,
  type SchemeDetails,
  type StoredScheme,
} from './scheme-store.js';

const MAX_MANDATE_YEARS = 10;

/**
 * Draft schemes (schémas de mutualisation en préparation): drafters edit them, elected officials
 * and administrators read them. Every change checks and bumps the draft's revision, so that two
 * people editing at once never silently overwrite each other, and is audited with before/after.
 */
@Injectable()
export class SchemesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(caller: Caller, epciId: string, archived = false): Promise<StoredScheme[]> {
    await requireAccess(this.dataSource.manager, caller, 'DRAFT_READ', { epci: epciId });
    return loadSchemes(this.dataSource.manager, epciId, archived);
  }

  async get(caller: Caller, id: string): Promise<StoredScheme> {
    await requireAccess(this.dataSource.manager, caller, 'DRAFT_READ', { scheme: id });
    return (await readScheme(this.dataSource.manager, id))!;
  }

  async create(caller: Caller, input: CreateSchemeInput): Promise<StoredScheme> {
    await requireAccess(this.dataSource.manager, caller, 'SCHEME_EDIT', { epci: input.epciId });
    checkMandate(input.mandate);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const id = await insertScheme(manager, input.epciId, { title: input.title, description: input.description ?? '', mandate: input.mandate }, caller.userId);
      const created = (await loadScheme(manager, id))!;
      await record({ epciId: created.epciId, action: 'scheme.create', entityType: 'scheme', entityId: id, after: summary(created) });
      return created;
    });
  }

  async updateDetails(caller: Caller, id: string, expectedRevision: number, input: SchemeDetailsInput): Promise<StoredScheme> {
    checkMandate(input.mandate);
    return this.change(caller, id, expectedRevision, async (manager, before) => {
      const outside = before.actions.filter((a) => a.years.first < input.mandate.first || a.years.last > input.mandate.last);
      if (outside.length > 0) {
        throw badInput(`Le nouveau mandat exclurait des années de ${outside.map((a) => `« ${a.title} »`).join(', ')} : modifiez d'abord leurs années.`, {
          field: 'mandate',
        });
      }
      const details = { title: input.title, description: input.description ?? '', mandate: input.mandate };
      await writeSchemeDetails(manager, id, details);
      return { action: 'scheme.update', before: summary(before), after: details };
    });
  }

  /** A copy to explore a variant: the same actions under new ids; the original is untouched. */
  async duplicate(caller: Caller, id: string, title: string): Promise<StoredScheme> {
    await requireAccess(this.dataSource.manager, caller, 'SCHEME_EDIT', { scheme: id });
    if (title.trim() === '' || title.length > 200) throw badInput('Le titre du schéma doit contenir entre 1 et 200 caractères.', { field: 'title' });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const copyId = await copyScheme(manager, id, title.trim(), caller.userId);
      const copy = (await loadScheme(manager, copyId))!;
      await record({ epciId: copy.epciId, action: 'scheme.duplicate', entityType: 'scheme', entityId: copyId, after: { ...summary(copy), duplicatedFrom: id } });
      return copy;
    });
  }

  /** Archived schemes leave the list but are kept, with their audit trail. */
  async archive(caller: Caller, id: string, expectedRevision: number): Promise<StoredScheme> {
    return this.change(caller, id, expectedRevision, async (manager, before) => {
      await archiveScheme(manager, id);
      return { action: 'scheme.archive', before: summary(before) };
    });
  }

  /** Brings an archived scheme back into the list, as it was; drafters only, audited. */
  async unarchive(caller: Caller, id: string, expectedRevision: number): Promise<StoredScheme> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_EDIT', { scheme: id });
      if (!(await unarchiveScheme(manager, id, expectedRevision, caller.userId))) {
        const current = (await loadScheme(manager, id))!;
        if (!current.archivedAt) throw new DomainError('INVALID_STATE', 'Ce schéma n’est pas archivé.');
        throw new DomainError('CONFLICT', `${current.updatedBy ?? 'Quelqu’un'} a modifié ce schéma depuis que vous l’avez ouvert : rechargez la liste.`, {
          currentRevision: current.revision,
        });
      }
      const after = (await loadScheme(manager, id))!;
      await record({ epciId, action: 'scheme.unarchive', entityType: 'scheme', entityId: id, after: summary(after) });
      return after;
    });
  }

  /** `value` is the action as the client wrote it (JSON), checked here by the domain's parser. */
  async addAction(caller: Caller, schemeId: string, expectedRevision: number, value: unknown): Promise<StoredScheme> {
    return this.change(caller, schemeId, expectedRevision, async (manager, before) => {
      const action = await this.checkedAction(manager, before, randomUUID(), value);
      await insertAction(manager, schemeId, before.actions.length, action);
      return { action: 'scheme.action.add', entityId: action.id, after: action };
    });
  }

  async updateAction(caller: Caller, schemeId: string, actionId: string, expectedRevision: number, value: unknown): Promise<StoredScheme> {
    return this.change(caller, schemeId, expectedRevision, async (manager, before) => {
      const previous = actionOf(before, actionId);
      const action = await this.checkedAction(manager, before, actionId, value);
      await updateAction(manager, action);
      return { action: 'scheme.action.update', entityId: actionId, before: previous, after: action };
    });
  }

  async removeAction(caller: Caller, schemeId: string, actionId: string, expectedRevision: number): Promise<StoredScheme> {
    return this.change(caller, schemeId, expectedRevision, async (manager, before) => {
      const previous = actionOf(before, actionId);
      await deleteAction(manager, schemeId, actionId, previous.position);
      return { action: 'scheme.action.remove', entityId: actionId, before: previous };
    });
  }

  async moveAction(caller: Caller, schemeId: string, actionId: string, expectedRevision: number, position: number): Promise<StoredScheme> {
    return this.change(caller, schemeId, expectedRevision, async (manager, before) => {
      const moved = actionOf(before, actionId);
      if (!Number.isInteger(position) || position < 0 || position >= before.actions.length) {
        throw badInput(`La position doit être comprise entre 1 et ${before.actions.length}.`, { field: 'position' });
      }
      const order = before.actions.filter((a) => a.id !== actionId).map((a) => a.id);
      order.splice(position, 0, actionId);
      await reorderActions(manager, schemeId, order);
      return { action: 'scheme.action.move', entityId: actionId, before: { position: moved.position }, after: { position } };
    });
  }

  /**
   * Puts frozen content (a version being restored) in place of the draft, as one revision-checked
   * change; the draft as it was stays whole in the audit trail.
   */
  async replaceDraft(
    caller: Caller,
    schemeId: string,
    expectedRevision: number,
    content: { scheme: SchemeDetails; actions: readonly SchemeAction[] },
    audit: { action: string; after: unknown },
  ): Promise<StoredScheme> {
    return this.change(caller, schemeId, expectedRevision, async (manager, before) => {
      await writeSchemeDetails(manager, schemeId, content.scheme);
      await replaceActions(manager, schemeId, content.actions);
      return { ...audit, before: { ...summary(before), actions: before.actions } };
    });
  }

  /** One audited change of a draft, in one transaction, from the revision the user saw. */
  private async change(
    caller: Caller,
    schemeId: string,
    expectedRevision: number,
    apply: (manager: EntityManager, before: StoredScheme) => Promise<{ action: string; entityId?: string; before?: unknown; after?: unknown }>,
  ): Promise<StoredScheme> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_EDIT', { scheme: schemeId });
      const before = (await loadScheme(manager, schemeId))!;
      await claimRevision(manager, schemeId, expectedRevision, caller.userId);
      const change = await apply(manager, before);
      const after = (await loadScheme(manager, schemeId))!;
      await record({
        epciId,
        action: change.action,
        entityType: change.entityId ? 'scheme_action' : 'scheme',
        entityId: change.entityId ?? schemeId,
        before: change.before,
        after: change.after === undefined ? undefined : { schemeId, revision: after.revision, value: change.after },
      });
      return after;
    });
  }

  private async checkedAction(manager: EntityManager, scheme: StoredScheme, id: string, value: unknown): Promise<SchemeAction> {
    // The fees of an OPSN membership are the registry's; other kinds need no registry.
    const registry = needsRegistry(value) ? await loadOpsns(manager, [scheme.epciId]) : [];
    const action = parseAction(value, id, { opsns: registry });
    const problems = checkAction(action, contextOf(scheme, await loadProfiles(manager, [scheme.epciId])));
    if (problems.length > 0) throw badInput(problems.map((p) => p.message).join(' '), { field: problems[0].field, problems });
    return action;
  }

}

function checkMandate(mandate: { first: number; last: number }) {
  if (mandate.last < mandate.first || mandate.last - mandate.first >= MAX_MANDATE_YEARS) {
    throw badInput(`Le mandat va d'une année à une autre, ${MAX_MANDATE_YEARS} ans au plus (par exemple 2026–2032).`, { field: 'mandate' });
  }
}

const needsRegistry = (value: unknown) => (value as { details?: { kind?: unknown } } | null)?.details?.kind === 'OPSN_MEMBERSHIP';

function actionOf(scheme: StoredScheme, actionId: string) {
  const action = scheme.actions.find((a) => a.id === actionId);
  if (!action) throw new DomainError('NOT_FOUND', "Cette action n'existe pas (ou plus) dans ce schéma.");
  return action;
}

const summary = (scheme: StoredScheme) => ({ title: scheme.title, description: scheme.description, mandate: scheme.mandate });
