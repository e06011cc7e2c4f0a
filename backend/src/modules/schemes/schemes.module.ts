import { Module } from '@nestjs/common';
import { SchemesResolver } from './schemes.resolver.js';
import { SchemesService } from './schemes.service.js';

@Module({ providers: [SchemesService, SchemesResolver], exports: [SchemesService] })
export class SchemesModule {}
