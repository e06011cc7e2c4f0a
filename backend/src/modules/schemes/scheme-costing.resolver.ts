import { Args, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { JsonScalar } from '../../common/json.scalar.js';
import { sharesOf, summariseCosting, type CostingSummary } from '../../domain/costing/summary.js';
import { SchemeCostingModel } from './models/scheme.models.js';
import type { CostingResult } from '../../domain/costing/types.js';
import type { SchemeCosting } from './scheme-costing.js';

// A costing reused from the cache keeps its summary: cut once per result, never from another one.
const summaries = new WeakMap<CostingResult, CostingSummary>();

// The parent costing was computed for a scheme access-checked where it was read; every field here
// cuts the same result, so a request asking for several computes it once.
@Resolver(() => SchemeCostingModel)
export class SchemeCostingResolver {
  @ResolveField(() => JsonScalar, {
    description: "CostingSummary (backend/src/domain/costing/summary.ts): the costing without the shares nor the communes' years (but the last year's impact), integer cents",
  })
  summary(@Parent() costing: SchemeCosting) {
    let summary = summaries.get(costing.result);
    if (!summary) {
      summary = summariseCosting(costing.result);
      summaries.set(costing.result, summary);
    }
    return summary;
  }

  @ResolveField(() => JsonScalar, {
    description: "ActionCosting[] with every share and its explanation, of one commune's (insee), of one action's (actionId), or both",
  })
  shares(
    @Parent() costing: SchemeCosting,
    @Args('insee', { type: () => String, nullable: true }) insee: string | null,
    @Args('actionId', { type: () => ID, nullable: true }) actionId: string | null,
  ) {
    return sharesOf(costing.result, { insee, actionId });
  }

  @ResolveField(() => JsonScalar, { nullable: true, description: 'CommuneCosting: one commune over the mandate and year by year, null if not a member' })
  commune(@Parent() costing: SchemeCosting, @Args('insee', { type: () => String }) insee: string) {
    return costing.result.communes.find((c) => c.insee === insee) ?? null;
  }
}
