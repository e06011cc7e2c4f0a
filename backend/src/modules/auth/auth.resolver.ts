import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentContext, OptionalCaller, type Caller, type RequestContext } from '../../common/caller.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LoginInput } from './dto/login.input.js';
import { MeService } from './me.service.js';
import { MeModel } from './models/me.models.js';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly meService: MeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MeModel, { nullable: true, description: 'The signed-in user, or null when signed out' })
  me(@OptionalCaller() caller: Caller | null) {
    return caller ? this.meService.me(caller) : null;
  }

  @Mutation(() => MeModel, { description: 'Signs in and sets the session cookie' })
  async login(@Args('input') input: LoginInput, @CurrentContext() ctx: RequestContext) {
    const session = await this.sessions.login(input.email, input.password, ctx.ip, ctx.req.headers['user-agent'] ?? null);
    setSessionCookie(ctx.reply, session.token, session.expiresAt, this.isSecure());
    const actor = (await this.sessions.actorForToken(session.token))!;
    return this.meService.me({ ...actor, ip: ctx.ip });
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session' })
  async logout(@CurrentContext() ctx: RequestContext) {
    const token = ctx.req.cookies[SESSION_COOKIE];
    if (token) await this.sessions.logout(token, ctx.ip);
    clearSessionCookie(ctx.reply, this.isSecure());
    return true;
  }

  private isSecure() {
    return this.config.nodeEnv === 'production';
  }
}
