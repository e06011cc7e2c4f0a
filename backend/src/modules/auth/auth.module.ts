import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { MeService } from './me.service.js';
import { SessionService } from './session.service.js';

@Module({ providers: [SessionService, MeService, AuthResolver], exports: [SessionService, MeService] })
export class AuthModule {}
