import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange } from '../../common/audited-change.js';
import { isUuid } from '../../common/ids.js';
import type { Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import { can, communeScopeOf } from '../../domain/access/permissions.js';
import { COMMENT_EDIT_MINUTES, checkCommentBody, editableUntil } from '../../domain/consultation/comments.js';
import { DomainError, badInput, forbidden } from '../../domain/errors.js';
import { consultedVersionHasAction, insertComment, loadComment, loadThread, lockConsultation, updateComment, type StoredComment } from './consultation-store.js';
import { closedError } from './consultation.service.js';
import type { CommentInput } from './dto/consultation.inputs.js';
import type { CommentSide } from './models/consultation.models.js';

export interface CommentView extends Omit<StoredComment, 'body' | 'authorId'> {
  body: string | null;
  editableUntil: Date;
  mine: boolean;
  replies: CommentView[];
}

/**
 * Comments on the actions of a version in consultation: one thread per commune, between its
 * reviewers and the EPCI's drafters and elected officials; other communes never see it. A comment
 * is corrected by its author for 15 minutes, never deleted: a withdrawn one shows as withdrawn.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ServerClock,
  ) {}

  /** A commune's thread: top-level comments, oldest first, each with its replies. */
  async thread(caller: Caller, consultationId: string, communeId: string): Promise<CommentView[]> {
    const manager = this.dataSource.manager;
    const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { consultation: consultationId });
    ownThread(caller, epciId, communeId);
    const comments = (await loadThread(manager, consultationId, communeId)).map((c) => viewOf(caller, c));
    const top = comments.filter((c) => c.parentId === null);
    for (const reply of comments.filter((c) => c.parentId !== null)) top.find((c) => c.id === reply.parentId)?.replies.push(reply);
    return top;
  }

  async add(caller: Caller, input: CommentInput): Promise<CommentView> {
    const body = checkCommentBody(input.body);
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { consultation: input.consultationId });
      const side = commentSide(caller, epciId, input.communeId);
      const consultation = await lockConsultation(manager, input.consultationId);
      if (consultation.status !== 'OPEN') throw closedError(consultation, 'les commentaires sont fermés');
      await checkPlace(manager, input);
      const id = await insertComment(manager, {
        consultationId: input.consultationId,
        communeId: input.communeId,
        actionId: input.actionId,
        parentId: input.parentId ?? null,
        authorId: caller.userId,
        authorSide: side,
        body,
        at: this.clock.now(),
      });
      await record({
        epciId,
        action: 'consultation.comment.add',
        entityType: 'consultation_comment',
        entityId: id,
        after: { communeId: input.communeId, actionId: input.actionId, parentId: input.parentId ?? null, body },
      });
      return viewOf(caller, (await loadComment(manager, id))!);
    });
  }

  async edit(caller: Caller, id: string, text: string): Promise<CommentView> {
    const body = checkCommentBody(text);
    return this.change(caller, id, async (manager, comment, record) => {
      if (this.clock.now() > editableUntil(comment.createdAt)) {
        throw new DomainError('INVALID_STATE', `Un commentaire se corrige dans les ${COMMENT_EDIT_MINUTES} minutes qui suivent sa publication : vous pouvez le retirer, ou en écrire un autre.`);
      }
      await updateComment(manager, id, { body, editedAt: this.clock.now() });
      await record('consultation.comment.edit', { body: comment.body }, { body });
    });
  }

  async withdraw(caller: Caller, id: string): Promise<CommentView> {
    return this.change(caller, id, async (manager, comment, record) => {
      await updateComment(manager, id, { withdrawnAt: this.clock.now() });
      await record('consultation.comment.withdraw', { body: comment.body }, { withdrawn: true });
    });
  }

  /** A change of one's own comment, not yet withdrawn. */
  private change(
    caller: Caller,
    id: string,
    work: (manager: EntityManager, comment: StoredComment, record: (action: string, before: unknown, after: unknown) => Promise<void>) => Promise<void>,
  ): Promise<CommentView> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const epciId = await requireAccess(manager, caller, 'SCHEME_READ', { comment: id });
      // requireAccess found it; comments are withdrawn, never deleted.
      const comment = (await loadComment(manager, id, { lock: true }))!;
      if (comment.authorId !== caller.userId) throw forbidden('Seul son auteur corrige ou retire un commentaire.');
      if (comment.withdrawnAt) throw new DomainError('INVALID_STATE', 'Ce commentaire a été retiré.');
      await work(manager, comment, (action, before, after) => record({ epciId, action, entityType: 'consultation_comment', entityId: id, before, after }));
      return viewOf(caller, (await loadComment(manager, id))!);
    });
  }
}

/** A commune reviewer reads and writes their own commune's thread only. */
function ownThread(caller: Caller, epciId: string, communeId: string) {
  const scope = communeScopeOf(caller, epciId);
  if (scope !== null && scope !== communeId) throw forbidden('Vous ne voyez que les échanges de votre commune avec l’intercommunalité.');
}

/** Which side a writer speaks for: their commune (a reviewer), or the EPCI (drafters, elected officials). */
function commentSide(caller: Caller, epciId: string, communeId: string): CommentSide {
  ownThread(caller, epciId, communeId);
  if (can(caller, 'OPINION_RECORD', epciId)) return 'COMMUNE';
  if (can(caller, 'CONSULTATION_MANAGE', epciId) || can(caller, 'ADOPTION_RECORD', epciId)) return 'EPCI';
  throw forbidden('Seuls les référents de la commune, les rédacteurs et les élus de l’intercommunalité commentent la consultation.');
}

/** The action is one of the version's, and a reply answers a top-level comment of the same thread and action. */
async function checkPlace(manager: EntityManager, input: CommentInput) {
  if (!(await consultedVersionHasAction(manager, input.consultationId, input.actionId))) throw badInput("Cette action ne fait pas partie de la version soumise à la consultation.", { field: 'actionId' });
  if (!input.parentId) return;
  const parent = isUuid(input.parentId) ? await loadComment(manager, input.parentId) : undefined;
  if (!parent || parent.consultationId !== input.consultationId || parent.communeId !== input.communeId || parent.actionId !== input.actionId) {
    throw badInput('On ne répond qu’à un commentaire du même échange, sur la même action.', { field: 'parentId' });
  }
  if (parent.parentId !== null) throw badInput('On répond au commentaire de départ : les réponses ne forment qu’un niveau.', { field: 'parentId' });
}

function viewOf(caller: Caller, { authorId, body, ...comment }: StoredComment): CommentView {
  return { ...comment, body: comment.withdrawnAt ? null : body, editableUntil: editableUntil(comment.createdAt), mine: authorId === caller.userId, replies: [] };
}
