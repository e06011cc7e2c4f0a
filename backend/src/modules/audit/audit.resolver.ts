import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller.js';
import { AuditEventModel } from './audit-event.model.js';
import { AuditTrailService } from './audit-trail.service.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Query(() => [AuditEventModel], { description: "An EPCI's audit trail, newest first (administrators and elected officials)" })
  auditTrail(
    @CurrentCaller() caller: Caller,
    @Args('epciId', { type: () => ID }) epciId: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ) {
    return this.trail.recent(caller, epciId, limit);
  }
}
