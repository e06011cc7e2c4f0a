import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import { assertMayReadEpciData } from '../../common/field-access.js';
import { EMPTY_FIGURES } from '../../domain/territory/commune-profile.js';
import type { Commune } from '../territory/commune.entity.js';
import type { Epci } from '../territory/epci.entity.js';
import { CommuneModel, EpciModel } from '../territory/models/territory.models.js';
import { CommuneProfilesService } from './commune-profiles.service.js';
import { ProfilesImportInput, UpdateCommuneProfilesInput, UsageMetricInput } from './dto/profile.inputs.js';
import { CommuneProfileModel, ProfilesImportPreviewModel, UsageMetricModel } from './models/profile.models.js';
import type { StoredProfile } from './profile-store.js';

const toModel = (stored: StoredProfile | undefined): CommuneProfileModel => {
  const { metrics, ...figures } = stored?.figures ?? EMPTY_FIGURES;
  return {
    ...figures,
    metrics: Object.entries(metrics).map(([key, value]) => ({ key, value })),
    revision: stored?.revision ?? 0,
    updatedAt: stored?.updatedAt ?? null,
  };
};

@Resolver(() => CommuneModel)
export class CommuneProfileResolver {
  @ResolveField(() => CommuneProfileModel)
  async profile(@Parent() commune: Commune, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext) {
    assertMayReadEpciData(caller, commune.epciId);
    return toModel((await ctx.loaders.profilesByEpci.load(commune.epciId)).byCommune.get(commune.id));
  }
}

@Resolver(() => EpciModel)
export class CommuneProfilesResolver {
  constructor(private readonly profiles: CommuneProfilesService) {}

  @ResolveField(() => [UsageMetricModel], { description: 'Usage metrics the EPCI fills in for each commune' })
  usageMetrics(@Parent() epci: Epci, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext) {
    assertMayReadEpciData(caller, epci.id);
    return ctx.loaders.usageMetricsByEpci.load(epci.id);
  }

  @ResolveField(() => String, { description: "The communes' profiles as a CSV file (semicolons, decimal commas, UTF-8 with BOM)" })
  profilesCsv(@Parent() epci: Epci, @CurrentCaller() caller: Caller) {
    return this.profiles.exportCsv(caller, epci.id);
  }

  @Mutation(() => [CommuneModel], { description: "Saves some communes' figures together, or none of them" })
  updateCommuneProfiles(@CurrentCaller() caller: Caller, @Args('input') input: UpdateCommuneProfilesInput) {
    return this.profiles.updateProfiles(caller, input);
  }

  @Query(() => ProfilesImportPreviewModel, { description: 'What importing this CSV file would change; changes nothing' })
  profilesImportPreview(@CurrentCaller() caller: Caller, @Args('input') input: ProfilesImportInput) {
    return this.profiles.previewImport(caller, input);
  }

  @Mutation(() => Int, { description: 'Applies a previewed CSV file; returns the number of communes changed' })
  importProfiles(@CurrentCaller() caller: Caller, @Args('input') input: ProfilesImportInput, @Args('digest') digest: string) {
    return this.profiles.importProfiles(caller, input, digest);
  }

  @Mutation(() => UsageMetricModel)
  defineUsageMetric(@CurrentCaller() caller: Caller, @Args('epciId', { type: () => ID }) epciId: string, @Args('input') input: UsageMetricInput) {
    return this.profiles.defineMetric(caller, epciId, input);
  }

  @Mutation(() => UsageMetricModel)
  updateUsageMetric(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string, @Args('input') input: UsageMetricInput) {
    return this.profiles.updateMetric(caller, id, input);
  }

  @Mutation(() => UsageMetricModel, { description: 'Removes a metric and its values (kept in the audit trail)' })
  removeUsageMetric(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.profiles.removeMetric(caller, id);
  }
}
