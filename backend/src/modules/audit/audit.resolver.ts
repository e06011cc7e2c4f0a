import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller.js';
import { AuditEventModel, JournalPersonModel } from './audit-event.model.js';
import { AuditTrailService } from './audit-trail.service.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => [AuditEventModel], {
    description:
      "An EPCI's audit trail, newest first (administrators and elected officials); pass the last event's id as `after` for the next page",
  })
  auditTrail(
    @CurrentCaller() caller: Caller,
    @Args('epciId', { type: () => ID }) epciId: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @Args('actorId', { type: () => ID, nullable: true }) actorId: string | null,
    @Args('kind', { type: () => String, nullable: true, description: 'schemes, versions, communes, opsn or accounts' }) kind: string | null,
    @Args('from', { type: () => String, nullable: true, description: 'AAAA-MM-JJ, French time, included' }) from: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'AAAA-MM-JJ, French time, included' }) to: string | null,
  ) {
    return this.trail.journal(caller, epciId, { limit, after, actorId, kind, from, to });
  }

  @Query(() => [JournalPersonModel], { description: "The EPCI's members, to filter its audit trail by person" })
  journalPeople(@CurrentCaller() caller: Caller, @Args('epciId', { type: () => ID }) epciId: string) {
    return this.trail.people(caller, epciId);
  }
}
