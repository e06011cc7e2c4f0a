import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CommentsService } from './comments.service.js';
import { ConsultationNotices } from './consultation-notices.js';
import { ConsultationResolver, DecisionResolver, EpciIdentityResolver, OpinionResolver, ServerClockResolver } from './consultation.resolver.js';
import { ConsultationService } from './consultation.service.js';
import { DecisionsService } from './decisions.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

/** Consultation of the member communes and the council's decision (issue #13). */
@Module({
  imports: [AuthModule],
  controllers: [DocumentsController],
  providers: [
    ConsultationService,
    ConsultationNotices,
    CommentsService,
    DecisionsService,
    DocumentsService,
    ConsultationResolver,
    OpinionResolver,
    DecisionResolver,
    EpciIdentityResolver,
    ServerClockResolver,
  ],
  exports: [DecisionsService],
})
export class ConsultationModule {}
