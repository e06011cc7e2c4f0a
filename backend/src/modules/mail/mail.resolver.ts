import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../../common/caller.js';
import { MailModel } from './mail.models.js';
import { MailService } from './mail.service.js';

@Resolver(() => MailModel)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Query(() => [MailModel], { description: "The latest 200 mails: an EPCI's (its administrators), or all (the platform operator)" })
  mails(@CurrentCaller() caller: Caller, @Args('epciId', { type: () => ID, nullable: true }) epciId: string | null) {
    return this.mail.list(caller, epciId ?? null);
  }
}
