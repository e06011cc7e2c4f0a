import { Module } from '@nestjs/common';
import { CommuneProfileResolver, CommuneProfilesResolver } from './commune-profiles.resolver.js';
import { CommuneProfilesService } from './commune-profiles.service.js';

@Module({ providers: [CommuneProfilesService, CommuneProfilesResolver, CommuneProfileResolver] })
export class CommuneProfilesModule {}
