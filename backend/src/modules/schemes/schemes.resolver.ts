import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import { actionSummary } from '../../domain/scheme/action.js';
import { ActionDefinitionScalar } from './action-definition.scalar.js';
import { CreateSchemeInput, SchemeDetailsInput } from './dto/scheme.inputs.js';
import { SchemeActionModel, SchemeCostingModel, SchemeModel } from './models/scheme.models.js';
import type { StoredScheme } from './scheme-store.js';
import { cachedSchemeCosting } from './scheme-costing.js';
import { SchemesService } from './schemes.service.js';

const expectedRevision = () => Args('expectedRevision', { type: () => Int, description: 'The revision the user saw' });
const id = (name: string) => Args(name, { type: () => ID });
const action = () => Args('action', { type: () => ActionDefinitionScalar, description: 'The action without its id (checked by parseAction)' });

@Resolver(() => SchemeModel)
export class SchemesResolver {
  constructor(private readonly drafts: SchemesService) {}

  @Query(() => [SchemeModel], { description: "An EPCI's draft schemes, newest first" })
  schemes(
    @CurrentCaller() caller: Caller,
    @id('epciId') epciId: string,
    @Args('archived', { type: () => Boolean, defaultValue: false, description: 'The archived schemes instead, the latest archived first' }) archived: boolean,
  ) {
    return this.drafts.list(caller, epciId, archived);
  }

  @Query(() => SchemeModel)
  scheme(@CurrentCaller() caller: Caller, @id('id') schemeId: string) {
    return this.drafts.get(caller, schemeId);
  }

  // The parent scheme was access-checked where it was read.
  @ResolveField(() => [SchemeActionModel])
  actions(@Parent() scheme: StoredScheme): SchemeActionModel[] {
    return scheme.actions.map((action) => actionSummary(action, action.position));
  }

  @ResolveField(() => SchemeCostingModel, { description: "The engine's output for the draft, with the communes' current figures" })
  costing(@Parent() scheme: StoredScheme, @CurrentContext() ctx: RequestContext) {
    return ctx.once(`costing:${scheme.id}:${scheme.revision}`, () =>
      cachedSchemeCosting(scheme, async () => {
        const { stamp, byCommune } = await ctx.loaders.profilesByEpci.load(scheme.epciId);
        return { stamp, profiles: [...byCommune.values()] };
      }),
    );
  }

  @Mutation(() => SchemeModel)
  createScheme(@CurrentCaller() caller: Caller, @Args('input') input: CreateSchemeInput) {
    return this.drafts.create(caller, input);
  }

  @Mutation(() => SchemeModel)
  updateScheme(@CurrentCaller() caller: Caller, @id('id') schemeId: string, @expectedRevision() revision: number, @Args('input') input: SchemeDetailsInput) {
    return this.drafts.updateDetails(caller, schemeId, revision, input);
  }

  @Mutation(() => SchemeModel, { description: 'Copies a scheme and its actions to explore a variant' })
  duplicateScheme(@CurrentCaller() caller: Caller, @id('id') schemeId: string, @Args('title') title: string) {
    return this.drafts.duplicate(caller, schemeId, title);
  }

  @Mutation(() => SchemeModel, { description: 'Takes a scheme out of the list; nothing is deleted' })
  archiveScheme(@CurrentCaller() caller: Caller, @id('id') schemeId: string, @expectedRevision() revision: number) {
    return this.drafts.archive(caller, schemeId, revision);
  }

  @Mutation(() => SchemeModel, { description: 'Brings an archived scheme back into the list, as it was' })
  unarchiveScheme(@CurrentCaller() caller: Caller, @id('id') schemeId: string, @expectedRevision() revision: number) {
    return this.drafts.unarchive(caller, schemeId, revision);
  }

  @Mutation(() => SchemeModel)
  addAction(@CurrentCaller() caller: Caller, @id('schemeId') schemeId: string, @expectedRevision() revision: number, @action() value: unknown) {
    return this.drafts.addAction(caller, schemeId, revision, value);
  }

  @Mutation(() => SchemeModel)
  updateAction(
    @CurrentCaller() caller: Caller,
    @id('schemeId') schemeId: string,
    @id('actionId') actionId: string,
    @expectedRevision() revision: number,
    @action() value: unknown,
  ) {
    return this.drafts.updateAction(caller, schemeId, actionId, revision, value);
  }

  @Mutation(() => SchemeModel)
  removeAction(@CurrentCaller() caller: Caller, @id('schemeId') schemeId: string, @id('actionId') actionId: string, @expectedRevision() revision: number) {
    return this.drafts.removeAction(caller, schemeId, actionId, revision);
  }

  @Mutation(() => SchemeModel)
  moveAction(
    @CurrentCaller() caller: Caller,
    @id('schemeId') schemeId: string,
    @id('actionId') actionId: string,
    @expectedRevision() revision: number,
    @Args('position', { type: () => Int, description: 'New position, from 0' }) position: number,
  ) {
    return this.drafts.moveAction(caller, schemeId, actionId, revision, position);
  }
}
