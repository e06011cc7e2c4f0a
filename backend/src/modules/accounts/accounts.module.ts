import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';

@Module({ providers: [AccountsService, AccountsResolver] })
export class AccountsModule {}
