import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/caller.js';
import { can, communeScopeOf } from '../../domain/access/permissions.js';
import { notFound } from '../../domain/errors.js';
import type { Adoption, ConsultationResults, ExportScope, ExportSubject, OpinionKind } from '../../domain/exports/export-subject.js';
import type { VersionContent } from '../../domain/versions/diff.js';
import { loadMetrics } from '../commune-profiles/profile-store.js';
import { DecisionsService, type ConsultationResults as VersionResults } from '../consultation/decisions.service.js';
import { SchemesService } from '../schemes/schemes.service.js';
import { findEpciIdentity, inseeOfCommune } from '../territory/territory-store.js';
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
    private readonly decisions: DecisionsService,
  ) {}

  async subject(caller: Caller, request: ExportRequest): Promise<ExportSubject> {
    const manager = this.dataSource.manager;
    let read: { epciId: string; schemeTitle: string; state: ExportSubject['state']; content: VersionContent };
    let results: VersionResults | null = null;
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
      // The consultation and the council's decision, for whoever follows the whole process.
      if (can(caller, 'DRAFT_READ', version.epciId)) results = await this.decisions.resultsOf(caller, version.id);
    }
    const ownCommune = communeScopeOf(caller, read.epciId);
    const ownInsee = ownCommune === null ? null : ((await inseeOfCommune(manager, ownCommune)) ?? '');
    const scope = scopeFor(read.content, request.insee, ownInsee);
    const [epci, metrics] = await Promise.all([
      findEpciIdentity(manager, read.epciId),
      loadMetrics(manager, [read.epciId]),
    ]);
    if (!epci) throw notFound('Intercommunalité');
    return { ...read, epci, scope, metricLabels: new Map(metrics.map((m) => [m.key, m.label])), ...(results ? resultsForReport(results) : {}) };
  }
}

const OPINIONS: Record<string, OpinionKind> = { FAVORABLE: 'FAVOURABLE', UNFAVORABLE: 'UNFAVOURABLE', FAVORABLE_WITH_RESERVATIONS: 'FAVOURABLE_WITH_RESERVATIONS' };

/** The report's consultation (the latest round not withdrawn) and adoption, from the consultation module's results. */
function resultsForReport(results: VersionResults): { consultation: ConsultationResults | null; adoption: Adoption | null } {
  const round = results.consultations.filter((c) => c.status !== 'WITHDRAWN').at(-1);
  const consultation = round && {
    opinions: round.communes.map((c) => ({
      insee: c.insee,
      name: c.name,
      opinion: c.opinionKind ? OPINIONS[c.opinionKind]! : c.answer ? 'DEEMED_FAVOURABLE' : 'PENDING',
      notifiedOn: c.notifiedOn,
      deadline: c.deadline,
      deliberation: c.deliberationNumber && c.deliberationDate ? { number: c.deliberationNumber, date: c.deliberationDate } : null,
      reservations: c.reservations,
    })),
  };
  const decision = results.decision;
  const adoption =
    decision?.kind === 'ADOPTION' && decision.deliberationNumber && decision.votes
      ? { deliberationNumber: decision.deliberationNumber, date: decision.deliberationDate, votesFor: decision.votes.for, votesAgainst: decision.votes.against, abstentions: decision.votes.abstentions }
      : null;
  return { consultation: consultation ?? null, adoption };
}

/**
 * What this caller may export of a scheme they may read: the whole of it, or one commune's part
 * when asked. A commune's reviewer (`ownInsee`) exports only their commune's part, whatever they ask.
 */
export function scopeFor(content: VersionContent, requested: string | null, ownInsee: string | null): ExportScope {
  if (ownInsee !== null && requested !== null && requested !== ownInsee) throw notFound('Commune');
  const insee = ownInsee ?? requested;
  if (insee === null) return { kind: 'WHOLE' };
  if (!content.costing.communes.some((c) => c.insee === insee)) throw notFound('Commune');
  return { kind: 'COMMUNE', insee };
}
