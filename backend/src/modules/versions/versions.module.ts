import { Module } from '@nestjs/common';
import { SchemesModule } from '../schemes/schemes.module.js';
import { SchemeVersionsResolver, VersionsResolver } from './versions.resolver.js';
import { VersionsService } from './versions.service.js';

@Module({ imports: [SchemesModule], providers: [VersionsService, VersionsResolver, SchemeVersionsResolver], exports: [VersionsService] })
export class VersionsModule {}
