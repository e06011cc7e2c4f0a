import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ConsultationModule } from '../consultation/consultation.module.js';
import { SchemesModule } from '../schemes/schemes.module.js';
import { VersionsModule } from '../versions/versions.module.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

@Module({ imports: [AuthModule, SchemesModule, VersionsModule, ConsultationModule], controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}
