import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditTrailService } from './audit-trail.service.js';

@Module({ providers: [AuditTrailService, AuditResolver] })
export class AuditModule {}
