import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import { CataloguePageModel, CommuneModel, EpciModel } from './models/territory.models.js';
import { TerritoryService } from './territory.service.js';
import type { Epci } from './epci.entity.js';

@Resolver(() => EpciModel)
export class TerritoryResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Query(() => EpciModel)
  epci(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.territory.getEpci(caller, id);
  }

  @Query(() => CataloguePageModel, { description: 'Search of the national list by name, SIREN or member commune, accents and case ignored' })
  epciCatalogue(
    @CurrentCaller() _caller: Caller,
    @Args('search', { defaultValue: '' }) search: string,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ) {
    return this.territory.searchCatalogue(search, offset, limit);
  }

  @Query(() => [EpciModel], { description: 'EPCI imported on this platform (operators only)' })
  importedEpcis(@CurrentCaller() caller: Caller) {
    return this.territory.listImported(caller);
  }

  @Mutation(() => EpciModel, { description: 'Import or refresh an EPCI and its communes from the official data (operators only)' })
  importEpci(@CurrentCaller() caller: Caller, @Args('siren') siren: string) {
    return this.territory.importEpci(caller, siren);
  }

  // The parent Epci was access-checked where it was read; its communes share its access.
  @ResolveField(() => [CommuneModel])
  communes(@Parent() epci: Epci, @CurrentContext() ctx: RequestContext) {
    return ctx.loaders.communesByEpci.load(epci.id);
  }

  @ResolveField(() => Int)
  async communeCount(@Parent() epci: Epci, @CurrentContext() ctx: RequestContext) {
    return (await ctx.loaders.communesByEpci.load(epci.id)).length;
  }
}
