import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import { assertMayReadEpciData } from '../../common/field-access.js';
import { OPSN_SUGGESTIONS, describeFee } from '../../domain/opsn/opsn.js';
import type { Epci } from '../territory/epci.entity.js';
import { EpciModel } from '../territory/models/territory.models.js';
import { OpsnInput } from './dto/opsn.inputs.js';
import { OpsnModel, OpsnSuggestionModel } from './models/opsn.models.js';
import type { StoredOpsn } from './opsn-store.js';
import { OpsnRegistryService } from './opsn.service.js';

const toModel = (opsn: StoredOpsn): OpsnModel => ({
  ...opsn,
  services: opsn.services.map((s) => ({ ...s, fee: s.fee ? { ...s.fee, description: describeFee(s.fee) } : null })),
});

@Resolver(() => EpciModel)
export class EpciOpsnResolver {
  @ResolveField(() => [OpsnModel], { description: "The EPCI's OPSN registry" })
  async opsns(@Parent() epci: Epci, @CurrentCaller() caller: Caller, @CurrentContext() ctx: RequestContext) {
    assertMayReadEpciData(caller, epci.id);
    return (await ctx.loaders.opsnsByEpci.load(epci.id)).map(toModel);
  }
}

@Resolver(() => OpsnModel)
export class OpsnResolver {
  constructor(private readonly opsn: OpsnRegistryService) {}

  @Query(() => [OpsnSuggestionModel], { description: 'Real OPSN to start a registry entry from' })
  opsnSuggestions(@CurrentCaller() _caller: Caller) {
    return OPSN_SUGGESTIONS;
  }

  @Mutation(() => OpsnModel)
  async createOpsn(@CurrentCaller() caller: Caller, @Args('epciId', { type: () => ID }) epciId: string, @Args('input') input: OpsnInput) {
    return toModel(await this.opsn.create(caller, epciId, input));
  }

  @Mutation(() => OpsnModel)
  async updateOpsn(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('input') input: OpsnInput,
  ) {
    return toModel(await this.opsn.update(caller, id, expectedRevision, input));
  }

  @Mutation(() => OpsnModel, { description: 'Removes an OPSN from the registry (kept in the audit trail)' })
  async removeOpsn(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
  ) {
    return toModel(await this.opsn.remove(caller, id, expectedRevision));
  }
}
