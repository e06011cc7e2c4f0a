import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import { JsonScalar } from '../../common/json.scalar.js';
import { SchemeModel } from '../schemes/models/scheme.models.js';
import type { StoredScheme } from '../schemes/scheme-store.js';
import { VersionDiffModel } from './models/version-diff.models.js';
import { SchemeVersionModel } from './models/version.models.js';
import { loadVersions, sha256Of, type StoredVersion, type VersionSummary } from './version-store.js';
import { VersionsService } from './versions.service.js';

@Resolver(() => SchemeModel)
export class SchemeVersionsResolver {
  constructor(private readonly frozen: VersionsService) {}

  @ResolveField(() => [SchemeVersionModel], { description: 'Frozen versions, newest first' })
  versions(@Parent() scheme: StoredScheme, @CurrentCaller() caller: Caller) {
    return this.frozen.summaries(caller, scheme);
  }
}

@Resolver(() => SchemeVersionModel)
export class VersionsResolver {
  constructor(
    private readonly versions: VersionsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => SchemeVersionModel)
  version(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.versions.get(caller, id);
  }

  @Query(() => VersionDiffModel, { description: 'What changed from one version to another of the same scheme' })
  versionDiff(@CurrentCaller() caller: Caller, @Args('fromId', { type: () => ID }) fromId: string, @Args('toId', { type: () => ID }) toId: string) {
    return this.versions.diff(caller, fromId, toId);
  }

  @Query(() => VersionDiffModel, { description: 'What changed from a version of a scheme to its draft as it is now' })
  draftDiff(@CurrentCaller() caller: Caller, @Args('schemeId', { type: () => ID }) schemeId: string, @Args('versionId', { type: () => ID }) versionId: string) {
    return this.versions.diffWithDraft(caller, schemeId, versionId);
  }

  // A version read through a scheme's list has no content yet: it is loaded when asked for, once
  // per request however many aliases ask.
  private withContent(version: VersionSummary | StoredVersion, ctx: RequestContext): Promise<StoredVersion> {
    if ('content' in version) return Promise.resolve(version);
    return ctx.once(`version:${version.id}`, async () => (await loadVersions(this.dataSource.manager, [version.id]))[0]!);
  }

  @ResolveField(() => JsonScalar, {
    description: 'VersionContent: the draft, the communes’ figures and the costing as frozen; for a commune reviewer, only their own commune’s figures and shares',
  })
  async content(@Parent() version: VersionSummary | StoredVersion, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext) {
    return this.versions.contentFor(caller, await this.withContent(version, ctx));
  }

  @ResolveField(() => Boolean, { description: 'Whether the content still has the SHA-256 it was frozen with' })
  integrityVerified(@Parent() version: VersionSummary | StoredVersion, @CurrentContext() ctx: RequestContext) {
    return ctx.once(`integrity:${version.id}`, async () => {
      const loaded = await this.withContent(version, ctx);
      return sha256Of(loaded.content) === loaded.sha256;
    });
  }

  @Mutation(() => SchemeVersionModel, { description: 'Freezes the draft as the next version' })
  freezeVersion(
    @CurrentCaller() caller: Caller,
    @Args('schemeId', { type: () => ID }) schemeId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('message') message: string,
    @Args('confirmIdentical', { type: () => Boolean, defaultValue: false, description: 'Freeze even when the draft is identical to the latest version' })
    confirmIdentical: boolean,
  ) {
    return this.versions.freeze(caller, schemeId, expectedRevision, message, confirmIdentical);
  }

  @Mutation(() => SchemeModel, { description: "Puts a version's content back into the draft (audited; the previous draft stays in the audit trail)" })
  restoreVersion(
    @CurrentCaller() caller: Caller,
    @Args('versionId', { type: () => ID }) versionId: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
  ) {
    return this.versions.restore(caller, versionId, expectedRevision);
  }
}
