import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';

@Module({ imports: [InvitationsModule], providers: [AccountsService, AccountsResolver] })
export class AccountsModule {}
