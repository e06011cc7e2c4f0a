import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import { REFUSALS, can } from '../../domain/access/permissions.js';
import { badInput, forbidden, notFound } from '../../domain/errors.js';
import { DOCUMENT_TABLES, attachDocument, loadDocument, loadOpinion, lockConsultation } from './consultation-store.js';
import { closedError, opinionWriter } from './consultation.service.js';

/** 20 MB: a scanned deliberation of a few pages, with room to spare. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

export interface DocumentInfo {
  byteSize: number;
  uploadedAt: Date;
  url: string;
}

export interface PdfFile {
  fileName: string;
  content: Buffer;
}

/** Whose deliberation a document is: a commune's opinion or the EPCI council's decision. */
export type DocumentOwner = 'opinions' | 'decisions';

export const documentUrl = (owner: DocumentOwner, id: string) => `/api/${owner}/${id}/deliberation.pdf`;

/** A PDF is recognised by its content, never by its name or declared type: a renamed image is refused. */
export function checkPdf(content: Buffer): Buffer {
  if (content.length > MAX_PDF_BYTES) throw badInput('Le PDF dépasse 20 Mo.');
  if (content.length < 5 || content.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw badInput("Ce fichier n'est pas un PDF : déposez la délibération au format PDF.");
  }
  return content;
}

/**
 * PDFs of deliberations, stored in the database so that several instances share them: a
 * commune's deliberation on its opinion, the council's on its decision. Uploaded by whoever may
 * record the opinion (while the consultation is open) or the decision; downloaded only by those
 * allowed to read the opinion (its commune's reviewers and the EPCI's staff) or, for a decision,
 * by any member of the EPCI.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ServerClock,
  ) {}

  async upload(caller: Caller, owner: DocumentOwner, id: string, body: Buffer): Promise<DocumentInfo> {
    const content = checkPdf(body);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const epciId = owner === 'opinions' ? await this.opinionUploadAllowed(manager, caller, id) : await this.decisionUploadAllowed(manager, caller, id);
      const sha256 = createHash('sha256').update(content).digest('hex');
      const uploadedAt = this.clock.now();
      const table = DOCUMENT_TABLES[owner];
      const { documentId, previous } = await attachDocument(manager, table, id, { epciId, content, sha256, at: uploadedAt, byUserId: caller.userId });
      await record({
        epciId,
        action: owner === 'opinions' ? 'consultation.opinion.document' : 'scheme.version.decision.document',
        entityType: table,
        entityId: id,
        before: { documentId: previous },
        after: { documentId, byteSize: content.length, sha256 },
      });
      return { byteSize: content.length, uploadedAt, url: documentUrl(owner, id) };
    });
  }

  async download(caller: Caller, owner: DocumentOwner, id: string): Promise<PdfFile> {
    const manager = this.dataSource.manager;
    await requireAccess(manager, caller, owner === 'opinions' ? 'SCHEME_READ' : 'EPCI_READ', owner === 'opinions' ? { opinion: id } : { decision: id });
    const row = await loadDocument(manager, DOCUMENT_TABLES[owner], id);
    if (!row) throw notFound('PDF de la délibération');
    return { fileName: `deliberation-${row.number ?? 'sans-numero'}.pdf`, content: row.content };
  }

  private async opinionUploadAllowed(manager: EntityManager, caller: Caller, id: string): Promise<string> {
    const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { opinion: id });
    const { consultationId, communeId } = await loadOpinion(manager, id);
    opinionWriter(caller, epciId, communeId);
    const consultation = await lockConsultation(manager, consultationId);
    if (consultation.status !== 'OPEN') throw closedError(consultation, "l'avis et sa délibération ne changent plus");
    return epciId;
  }

  private async decisionUploadAllowed(manager: EntityManager, caller: Caller, id: string): Promise<string> {
    const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { decision: id });
    if (!can(caller, 'ADOPTION_RECORD', epciId) && !can(caller, 'CONSULTATION_MANAGE', epciId)) throw forbidden(REFUSALS.ADOPTION_RECORD);
    return epciId;
  }
}
