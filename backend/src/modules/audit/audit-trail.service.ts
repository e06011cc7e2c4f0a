import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isJournalKind, JOURNAL_KINDS } from '../../domain/audit/journal.js';
import { badInput } from '../../domain/errors.js';
import { requireAccess } from '../../common/access.js';
import type { Caller } from '../../common/caller.js';
import { isUuid } from '../../common/ids.js';
import { loadJournal, loadJournalPeople } from './audit.js';
import type { AuditEventModel, JournalPersonModel } from './audit-event.model.js';

/** Which part of the trail to read; every field optional. */
export interface JournalFilter {
  limit: number;
  /** The id of the last event of the previous page: the page starts just after it. */
  after?: string | null;
  actorId?: string | null;
  /** One of the domain's JOURNAL_KINDS. */
  kind?: string | null;
  /** Days, AAAA-MM-JJ, in French time, both included. */
  from?: string | null;
  to?: string | null;
}

const MAX_PAGE = 500;

function checkDay(value: string | null | undefined, which: string): string | null {
  if (!value) return null;
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badInput(`La date ${which} doit être une date valide au format AAAA-MM-JJ.`, { field: which === 'de début' ? 'from' : 'to' });
  }
  return value;
}

@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * An EPCI's changes, newest first, one page at a time: each page starts strictly after the last
   * event of the previous one (keyset on occurred_at then id, read through the journal indexes).
   */
  async journal(caller: Caller, epciId: string, filter: JournalFilter): Promise<AuditEventModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'AUDIT_READ', { epci: epciId });
    if (filter.kind && !isJournalKind(filter.kind)) throw badInput('Ce type de changement est inconnu.', { field: 'kind' });
    if (filter.actorId && !isUuid(filter.actorId)) throw badInput('Cette personne est inconnue.', { field: 'actorId' });
    if (filter.after && !/^\d{1,18}$/.test(filter.after)) throw badInput('Cette page du journal est inconnue.', { field: 'after' });
    const from = checkDay(filter.from, 'de début');
    const to = checkDay(filter.to, 'de fin');
    if (from && to && from > to) throw badInput('La date de début suit la date de fin.', { field: 'to' });
    const patterns = filter.kind && isJournalKind(filter.kind) ? [...JOURNAL_KINDS[filter.kind].patterns] : null;
    return loadJournal(this.dataSource.manager, epciId, {
      after: filter.after || null,
      actorId: filter.actorId || null,
      actionPatterns: patterns,
      from,
      to,
      limit: Math.min(Math.max(filter.limit, 1), MAX_PAGE),
    });
  }

  /** The EPCI's members, whose changes the journal can be filtered by. */
  async people(caller: Caller, epciId: string): Promise<JournalPersonModel[]> {
    await requireAccess(this.dataSource.manager, caller, 'AUDIT_READ', { epci: epciId });
    return loadJournalPeople(this.dataSource.manager, epciId);
  }
}
