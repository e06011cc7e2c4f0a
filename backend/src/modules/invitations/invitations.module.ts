import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { MyAccountService } from './my-account.service.js';

@Module({ imports: [AuthModule], providers: [InvitationsService, MyAccountService, InvitationsResolver], exports: [InvitationsService] })
export class InvitationsModule {}
