import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { communeScopeOf } from '../../domain/access/permissions.js';
import { communeView } from '../../domain/consultation/commune-view.js';
import { DomainError, badInput } from '../../domain/errors.js';
import { diffVersions, unmatchedActionIds, type ComparableContent, type CostedAction, type VersionContent, type VersionDiff } from '../../domain/versions/diff.js';
import { SchemesService } from '../schemes/schemes.service.js';
import { loadScheme, lockScheme, type StoredScheme } from '../schemes/scheme-store.js';
import { inseeOfCommune } from '../territory/territory-store.js';
import { canonicalContent, draftContent, insertVersion, latestVersion, loadActionCostings, loadComparableVersions, loadVersionSummaries, loadVersions, type StoredVersion, type VersionSummary } from './version-store.js';

const withActionCostings = (content: ComparableContent, actions: CostedAction[]): ComparableContent => ({ ...content, costing: { ...content.costing, actions } });

/**
 * Versions of a scheme: frozen copies of the draft with the communes' figures and the costing as
 * they were, numbered, immutable (a trigger refuses any change), verifiable by their SHA-256.
 */
@Injectable()
export class VersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schemes: SchemesService,
  ) {}

  /**
   * Freezes the draft the user sees, in one transaction: a version is complete or absent. A draft
   * identical to the latest version (same hash) is frozen only once the user confirms it.
   */
  async freeze(caller: Caller, schemeId: string, expectedRevision: number, message: string, confirmIdentical = false): Promise<VersionSummary> {
    const text = message.trim();
    if (text === '' || text.length > 2000) throw badInput('Dites en un message ce qui change dans cette version (2 000 caractères au plus).', { field: 'message' });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const scheme = await this.schemeToFreeze(manager, caller, schemeId);
      if (scheme.revision !== expectedRevision) {
        throw new DomainError('CONFLICT', `${scheme.updatedBy ?? "Quelqu'un"} a modifié le projet depuis que vous l'avez ouvert : relisez-le avant de le figer.`, {
          currentRevision: scheme.revision,
        });
      }
      const content = await draftContent(manager, scheme);
      if (content.problems.length > 0) {
        throw new DomainError('INVALID_STATE', `Impossible de figer un projet incomplètement chiffré : ${content.problems.map((p) => p.message).join(' ')}`, {
          problems: content.problems,
        });
      }
      // The scheme row is locked, so the latest version read here stays the latest until commit.
      const canonical = canonicalContent(content);
      const latest = await latestVersion(manager, schemeId);
      if (latest?.sha256 === canonical.sha256 && !confirmIdentical) {
        throw new DomainError(
          'INVALID_STATE',
          `Le brouillon est identique à la version ${latest.number} : rien n’a changé depuis. Confirmez pour figer quand même une version identique.`,
          { identicalTo: latest.number },
        );
      }
      const frozen = await insertVersion(manager, { scheme, content, canonical, message: text, authorId: caller.userId });
      await record({
        epciId: scheme.epciId,
        action: 'scheme.version.freeze',
        entityType: 'scheme_version',
        entityId: frozen.id,
        after: { schemeId, number: frozen.number, message: text, sha256: frozen.sha256 },
      });
      return frozen;
    });
  }

  /** The versions of a scheme the caller has already read (so it is of an EPCI they belong to). */
  async summaries(caller: Caller, scheme: Pick<StoredScheme, 'id' | 'epciId'>): Promise<VersionSummary[]> {
    await requireAccess(this.dataSource.manager, caller, 'DRAFT_READ', { epci: scheme.epciId });
    return loadVersionSummaries(this.dataSource.manager, [scheme.id]);
  }

  /** A version; a commune reviewer reads one only while it is or was sent to their commune (or once adopted). */
  async get(caller: Caller, id: string): Promise<StoredVersion> {
    await requireAccess(this.dataSource.manager, caller, 'SCHEME_READ', { version: id });
    const [version] = await loadVersions(this.dataSource.manager, [id]);
    return version;
  }

  /** A version's content as the caller may read it: a commune reviewer sees their own commune's sheet only. */
  async contentFor(caller: Caller, version: StoredVersion): Promise<VersionContent> {
    const communeId = communeScopeOf(caller, version.epciId);
    if (communeId === null) return version.content;
    return communeView(version.content, (await inseeOfCommune(this.dataSource.manager, communeId)) ?? '');
  }

  async diff(caller: Caller, fromId: string, toId: string): Promise<VersionDiff> {
    // Both ids are checked: a version of another EPCI must not be confirmed to exist.
    await requireAccess(this.dataSource.manager, caller, 'VERSION_COMPARE', { version: fromId });
    await requireAccess(this.dataSource.manager, caller, 'VERSION_COMPARE', { version: toId });
    const versions = await loadComparableVersions(this.dataSource.manager, [fromId, toId]);
    const from = versions.find((v) => v.id === fromId)!;
    const to = versions.find((v) => v.id === toId)!;
    if (from.schemeId !== to.schemeId) throw badInput('On ne compare que deux versions du même schéma.');
    // Only the actions added or removed are costed in the diff: their costings are read alone.
    const [removed, added] = await Promise.all([
      loadActionCostings(this.dataSource.manager, fromId, unmatchedActionIds(from.content.actions, to.content.actions)),
      loadActionCostings(this.dataSource.manager, toId, unmatchedActionIds(to.content.actions, from.content.actions)),
    ]);
    return diffVersions(withActionCostings(from.content, removed), withActionCostings(to.content, added));
  }

  /**
   * What changed from a version to the scheme's draft as it is now (« depuis la v3 »). The draft is
   * costed once, as a freeze would; of the version only what a comparison reads leaves the database.
   */
  async diffWithDraft(caller: Caller, schemeId: string, versionId: string): Promise<VersionDiff> {
    // Both ids are checked, the version first: a version the caller may not know of is NOT_FOUND.
    await requireAccess(this.dataSource.manager, caller, 'VERSION_COMPARE', { version: versionId });
    await requireAccess(this.dataSource.manager, caller, 'VERSION_COMPARE', { scheme: schemeId });
    const [[version], scheme] = await Promise.all([loadComparableVersions(this.dataSource.manager, [versionId]), loadScheme(this.dataSource.manager, schemeId)]);
    if (version.schemeId !== schemeId) throw badInput('On ne compare le brouillon qu’avec une version du même schéma.');
    const draft = await draftContent(this.dataSource.manager, scheme!);
    const removed = await loadActionCostings(this.dataSource.manager, versionId, unmatchedActionIds(version.content.actions, draft.actions));
    return diffVersions(withActionCostings(version.content, removed), draft);
  }

  /** Puts a version's content back into the draft; the draft as it was stays in the audit trail. */
  async restore(caller: Caller, versionId: string, expectedRevision: number): Promise<StoredScheme> {
    const version = await this.get(caller, versionId);
    return this.schemes.replaceDraft(caller, version.schemeId, expectedRevision, version.content, {
      action: 'scheme.version.restore',
      after: { restoredVersion: version.number, versionId },
    });
  }

  /** The draft to freeze, its row locked until the version is in, so numbers follow one another. */
  private async schemeToFreeze(manager: EntityManager, caller: Caller, schemeId: string): Promise<StoredScheme> {
    await requireAccess(manager, caller, 'VERSION_FREEZE', { scheme: schemeId });
    await lockScheme(manager, schemeId);
    const scheme = (await loadScheme(manager, schemeId))!;
    if (scheme.archivedAt) throw new DomainError('INVALID_STATE', 'Ce schéma est archivé.');
    return scheme;
  }
}
