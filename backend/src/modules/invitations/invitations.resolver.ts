import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, CurrentContext, type Caller, type RequestContext } from '../../common/caller.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { MeService } from '../auth/me.service.js';
import { MeModel } from '../auth/models/me.models.js';
import { SESSION_COOKIE, setSessionCookie } from '../auth/session-cookie.js';
import { SessionService, type OpenedSession } from '../auth/session.service.js';
import { ChangePasswordInput, MyAccountInput, MyNotificationsInput, RedeemLinkInput, ResendInvitationInput } from './dto/account-links.inputs.js';
import { InvitationsService } from './invitations.service.js';
import { MyAccountModel } from './models/account-links.models.js';
import { MyAccountService } from './my-account.service.js';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly account: MyAccountService,
    private readonly sessions: SessionService,
    private readonly meService: MeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Boolean, { description: 'Sends a new invitation to a member who has not chosen a password yet (administrators)' })
  resendInvitation(@CurrentCaller() caller: Caller, @Args('input') input: ResendInvitationInput) {
    return this.invitations.resendInvitation(caller, input.epciId, input.userId);
  }

  @Mutation(() => MeModel, { description: 'Chooses a password from an invitation link and signs in' })
  async acceptInvitation(@Args('input') input: RedeemLinkInput, @CurrentContext() ctx: RequestContext) {
    return this.signIn(ctx, await this.invitations.acceptInvitation(input.token, input.password, origin(ctx)));
  }

  @Mutation(() => Boolean, { description: 'From an expired invitation link: sends a new one to the invited address' })
  requestNewInvitation(@Args('token') token: string) {
    return this.invitations.requestNewInvitation(token);
  }

  @Mutation(() => Boolean, { description: 'Sends a reset link if the address has an account; answers the same either way' })
  requestPasswordReset(@Args('email') email: string, @CurrentContext() ctx: RequestContext) {
    return this.invitations.requestPasswordReset(email, ctx.ip);
  }

  @Mutation(() => MeModel, { description: 'Chooses a new password from a reset link, ends every other session and signs in' })
  async resetPassword(@Args('input') input: RedeemLinkInput, @CurrentContext() ctx: RequestContext) {
    return this.signIn(ctx, await this.invitations.resetPassword(input.token, input.password, origin(ctx)));
  }

  @Query(() => MyAccountModel, { description: '« Mon compte »' })
  myAccount(@CurrentCaller() caller: Caller) {
    return this.account.myAccount(caller);
  }

  @Mutation(() => MyAccountModel)
  updateMyAccount(@CurrentCaller() caller: Caller, @Args('input') input: MyAccountInput) {
    return this.account.update(caller, input);
  }

  @Mutation(() => MyAccountModel)
  setMyNotifications(@CurrentCaller() caller: Caller, @Args('input') input: MyNotificationsInput) {
    return this.account.setNotifications(caller, input);
  }

  @Mutation(() => Boolean, { description: 'Changes one’s own password (the current one required); ends every other session' })
  changeMyPassword(@CurrentCaller() caller: Caller, @Args('input') input: ChangePasswordInput, @CurrentContext() ctx: RequestContext) {
    return this.account.changePassword(caller, input, ctx.req.cookies[SESSION_COOKIE]!);
  }

  private async signIn(ctx: RequestContext, session: OpenedSession) {
    setSessionCookie(ctx.reply, session.token, session.expiresAt, this.config.nodeEnv === 'production');
    const actor = (await this.sessions.actorForToken(session.token))!;
    return this.meService.me({ ...actor, ip: ctx.ip });
  }
}

const origin = (ctx: RequestContext) => ({ ip: ctx.ip, userAgent: ctx.req.headers['user-agent'] ?? null });
