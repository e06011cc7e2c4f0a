import { Module } from '@nestjs/common';
import { SchemeCostingResolver } from './scheme-costing.resolver.js';
import { SchemesResolver } from './schemes.resolver.js';
import { SchemesService } from './schemes.service.js';

@Module({ providers: [SchemesService, SchemesResolver, SchemeCostingResolver], exports: [SchemesService] })
export class SchemesModule {}
