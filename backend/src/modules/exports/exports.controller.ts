import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PassThrough } from 'node:stream';
import { DomainError, notFound } from '../../domain/errors.js';
import { communeTableCsv } from '../../domain/exports/commune-csv.js';
import { CONTENT_TYPES, contentDisposition, exportFileName, type ExportFormat } from '../../domain/exports/file-names.js';
import { callerOfRequest, sendDomainError } from '../../common/http-routes.js';
import { SessionService } from '../auth/session.service.js';
import { ExportsService, type ExportRequest } from './exports.service.js';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'docx'];

/**
 * Office files of a draft (`/exports/schemes/:id/xlsx`) or a version (`/exports/versions/:id/docx`),
 * whole or one commune's part (`?commune=82112`). Plain HTTP rather than GraphQL so the browser
 * downloads a stream; the session cookie and the access checks are those of reading the scheme.
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly exports: ExportsService,
  ) {}

  @Get('schemes/:id/:format')
  draft(@Param('id') id: string, @Param('format') format: string, @Query('commune') commune: string | undefined, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.send(req, reply, format, { source: 'DRAFT', id, insee: commune || null });
  }

  @Get('versions/:id/:format')
  version(@Param('id') id: string, @Param('format') format: string, @Query('commune') commune: string | undefined, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.send(req, reply, format, { source: 'VERSION', id, insee: commune || null });
  }

  private async send(req: FastifyRequest, reply: FastifyReply, format: string, request: ExportRequest) {
    try {
      if (!FORMATS.includes(format as ExportFormat)) throw notFound('Format de fichier');
      const caller = await callerOfRequest(this.sessions, req);
      const subject = await this.exports.subject(caller, request);
      const today = new Date();
      reply
        .header('content-type', CONTENT_TYPES[format as ExportFormat])
        .header('content-disposition', contentDisposition(exportFileName(subject, format as ExportFormat, today)))
        .header('cache-control', 'private, no-store');
      switch (format as ExportFormat) {
        case 'csv':
          return reply.send(communeTableCsv(subject));
        // The office libraries are loaded on first use: they would add seconds to every start-up.
        case 'docx': {
          const { reportDocument } = await import('./report-document.js');
          return reply.send(await reportDocument(subject, today));
        }
        case 'xlsx': {
          const { writeWorkbook } = await import('./workbook.js');
          const out = new PassThrough();
          writeWorkbook(subject, today, out).catch((error) => {
            req.log.error({ err: error }, 'workbook export failed');
            out.destroy(error);
          });
          return reply.send(out);
        }
      }
    } catch (error) {
      if (error instanceof DomainError) return sendDomainError(reply, error);
      req.log.error({ err: error }, 'export failed');
      return reply.code(500).send({ code: 'INTERNAL_SERVER_ERROR', message: 'Une erreur interne est survenue.' });
    }
  }

}
