import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/caller.js';
import { notFound } from '../../domain/errors.js';
import type { ExportScope, ExportSubject } from '../../domain/exports/export-subject.js';
import type { VersionContent } from '../../domain/versions/diff.js';
import { loadMetrics } from '../commune-profiles/profile-store.js';
import { SchemesService } from '../schemes/schemes.service.js';
import { draftContent } from '../versions/version-store.js';
import { VersionsService } from '../versions/versions.service.js';

/** A draft scheme or a frozen version, and the commune whose part alone is asked for, if any. */
export interface ExportRequest {
  source: 'DRAFT' | 'VERSION';
  id: string;
  insee: string | null;
}

/**
 * What goes into an office file: read with exactly the access checks of reading the draft or the
 * version (SchemesService.get, VersionsService.get), then narrowed by `scopeFor`.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: SchemesService,
    private readonly versions: VersionsService,
  ) {}

  async subject(caller: Caller, request: ExportRequest): Promise<ExportSubject> {
    const manager = this.dataSource.manager;
    let read: { epciId: string; schemeTitle: string; state: ExportSubject['state']; content: VersionContent };
    if (request.source === 'DRAFT') {
      const scheme = await this.schemes.get(caller, request.id);
      read = {
        epciId: scheme.epciId,
        schemeTitle: scheme.title,
        state: { kind: 'DRAFT', revision: scheme.revision, at: new Date() },
        content: await draftContent(manager, scheme),
      };
    } else {
      const version = await this.versions.get(caller, request.id);
      read = {
        epciId: version.epciId,
        schemeTitle: version.content.scheme.title,
        state: { kind: 'VERSION', number: version.number, frozenAt: new Date(version.frozenAt), message: version.message, authorName: version.authorName },
        content: version.content,
      };
    }
    const scope = scopeFor(caller, read.epciId, read.content, request.insee);
    const [[epci], metrics] = await Promise.all([
      manager.query(`SELECT name, siren FROM epci WHERE id = $1`, [read.epciId]) as Promise<{ name: string; siren: string }[]>,
      loadMetrics(manager, [read.epciId]),
    ]);
    return { ...read, epci, scope, metricLabels: new Map(metrics.map((m) => [m.key, m.label])) };
  }
}

/**
 * What this caller may export of a scheme they may read: the whole of it, or one commune's part
 * when asked. The one place to extend when a commune's reviewer may export the versions sent to
 * their commune — then only their commune's part, whatever they ask.
 */
export function scopeFor(_caller: Caller, _epciId: string, content: VersionContent, insee: string | null): ExportScope {
  if (insee === null) return { kind: 'WHOLE' };
  if (!content.costing.communes.some((c) => c.insee === insee)) throw notFound('Commune');
  return { kind: 'COMMUNE', insee };
}
