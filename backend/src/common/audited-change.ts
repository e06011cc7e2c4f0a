import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { auditActor, recordAudit, type AuditEntry } from '../modules/audit/audit.js';
import type { Caller } from './caller.js';

/** An audit event of a change; who acted and from where come from the caller. */
export type ChangeEvent = Omit<AuditEntry, 'actorUserId' | 'actorLabel' | 'ip'>;

/** What a change's work gets: its transaction, and the two things a write does besides writing. */
export interface Change {
  manager: EntityManager;
  /** Records an event of this change in its transaction: the change and its record commit together. */
  record(event: ChangeEvent): Promise<void>;
  /** Runs once the transaction has committed (a mail to send…); dropped if it rolls back. */
  afterCommit(effect: () => unknown): void;
}

const log = new Logger('auditedChange');

/**
 * One audited change, as every service writes: the work and its audit events in one transaction,
 * then the side effects it registered, only after commit. A failing side effect is logged, never
 * turned into a failure of a change that has already happened.
 */
export async function auditedChange<T>(dataSource: DataSource, caller: Caller, work: (change: Change) => Promise<T>): Promise<T> {
  const effects: (() => unknown)[] = [];
  const result = await dataSource.transaction((manager) =>
    work({
      manager,
      record: (event) => recordAudit(manager, { ...auditActor(caller), ...event }),
      afterCommit: (effect) => effects.push(effect),
    }),
  );
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      log.error(`a side effect after commit failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
