import { Module } from '@nestjs/common';
import { SchemeVersionsResolver, VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';

@Module({ providers: [VersionsService, VersionsResolver, SchemeVersionsResolver] })
export class VersionsModule {}
