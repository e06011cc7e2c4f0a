import { Module } from '@nestjs/common';
import { EpciOpsnResolver, OpsnResolver } from './opsn.resolver.js';
import { OpsnRegistryService } from './opsn.service.js';

@Module({ providers: [OpsnRegistryService, OpsnResolver, EpciOpsnResolver] })
export class OpsnModule {}
