import { Controller, Get, OnModuleInit, Param, Put, Req, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { callerOfRequest, sendDomainError } from '../../common/http-routes.js';
import { SessionService } from '../auth/session.service.js';
import { DocumentsService, MAX_PDF_BYTES, type DocumentOwner } from './documents.service.js';

const OWNERS: readonly DocumentOwner[] = ['opinions', 'decisions'];

/**
 * Deliberation PDFs over plain HTTP: GraphQL carries no files. The raw body is the PDF
 * (`Content-Type: application/pdf`, 20 MB at most on these routes only); a cross-site form cannot
 * send that type without a preflight, which is what keeps these cookie-authenticated PUTs safe.
 */
@Controller('api')
export class DocumentsController implements OnModuleInit {
  constructor(
    private readonly documents: DocumentsService,
    private readonly sessions: SessionService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit() {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // The body limit of this content type only; JSON requests keep Fastify's default of 1 MB.
    fastify.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: MAX_PDF_BYTES }, (_req, body, done) => done(null, body));
  }

  @Put(':owner/:id/deliberation.pdf')
  async upload(@Param('owner') owner: string, @Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    await this.answer(reply, async () => {
      const caller = await callerOfRequest(this.sessions, req);
      if (!Buffer.isBuffer(req.body)) throw new DomainError('BAD_USER_INPUT', 'Envoyez le PDF lui-même, avec le type application/pdf.');
      return reply.code(200).send(await this.documents.upload(caller, ownerOf(owner), id, req.body));
    });
  }

  @Get(':owner/:id/deliberation.pdf')
  async download(@Param('owner') owner: string, @Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    await this.answer(reply, async () => {
      const file = await this.documents.download(await callerOfRequest(this.sessions, req), ownerOf(owner), id);
      return reply
        .code(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.content);
    });
  }


  /** Domain errors as JSON with their HTTP status; anything else is Nest's generic 500. */
  private async answer(reply: FastifyReply, work: () => Promise<unknown>) {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      sendDomainError(reply, error);
    }
  }
}

function ownerOf(owner: string): DocumentOwner {
  const known = OWNERS.find((o) => o === owner);
  if (!known) throw new DomainError('NOT_FOUND', 'Document introuvable.');
  return known;
}
