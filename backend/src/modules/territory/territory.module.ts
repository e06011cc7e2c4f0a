import { Module } from '@nestjs/common';
import { TerritoryResolver } from './territory.resolver.js';
import { TerritoryService } from './territory.service.js';

@Module({ providers: [TerritoryService, TerritoryResolver], exports: [TerritoryService] })
export class TerritoryModule {}
