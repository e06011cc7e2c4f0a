import { useMutation } from '@apollo/client/react';
import { Button, useModals } from '@gouvfr-lasuite/cunningham-react';
import { MAX_COMMENT_LENGTH } from '@mutualis/domain/consultation/comments';
import { useState } from 'react';
import type { CommentFieldsFragment, CommentSide, ConsultationCommentsQuery } from '../../../gql/graphql';
import { TextAreaField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkRequired } from '../../../shared/forms/validators';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { formatDateTime } from '../../schemes/format';
import { AddCommentMutation, EditCommentMutation, WithdrawCommentMutation } from '../graphql/consultation';

export type TopComment = ConsultationCommentsQuery['consultationComments'][number];

// The thread and the board's comment count change together.
const REFETCH = { refetchQueries: ['ConsultationComments', 'ConsultationBoard'], awaitRefetchQueries: true };

interface CommentThreadProps {
  consultationId: string;
  communeId: string;
  action: { id: string; title: string };
  /** This action's comments, oldest first, each with its replies. */
  comments: readonly TopComment[];
  /** The consultation is open and the user takes part in this commune's thread. */
  canWrite: boolean;
}

/** The exchange between one commune and the EPCI about one action: comments, one level of replies. */
export function CommentThread({ consultationId, communeId, action, comments, canWrite }: CommentThreadProps) {
  const [add] = useMutation(AddCommentMutation, REFETCH);
  const [replyingTo, setReplyingTo] = useState<string>();
  const post = (body: string, parentId: string | null) =>
    add({ variables: { input: { consultationId, communeId, actionId: action.id, parentId, body } } });

  return (
    <div className="comment-thread">
      {comments.length === 0 ? (
        <p className="muted">Aucun commentaire sur cette action.</p>
      ) : (
        <ol className="comments" aria-label={`Commentaires sur « ${action.title} »`}>
          {comments.map((comment) => (
            <li key={comment.id}>
              <Comment comment={comment} canWrite={canWrite} />
              {comment.replies.length > 0 && (
                <ol className="comments comments--replies" aria-label={`Réponses à ${comment.authorName}`}>
                  {comment.replies.map((reply) => (
                    <li key={reply.id}>
                      <Comment comment={reply} canWrite={canWrite} />
                    </li>
                  ))}
                </ol>
              )}
              {canWrite &&
                (replyingTo === comment.id ? (
                  <CommentForm
                    label={`Votre réponse à ${comment.authorName}`}
                    submitLabel="Répondre"
                    onSubmit={(body) => post(body, comment.id)}
                    onDone={() => setReplyingTo(undefined)}
                  />
                ) : (
                  <Button size="small" color="neutral" variant="tertiary" onClick={() => setReplyingTo(comment.id)} aria-label={`Répondre à ${comment.authorName}`}>
                    Répondre
                  </Button>
                ))}
            </li>
          ))}
        </ol>
      )}
      {canWrite && <CommentForm label={`Votre commentaire sur « ${action.title} »`} submitLabel="Commenter" onSubmit={(body) => post(body, null)} />}
    </div>
  );
}

const SIDE_LABELS: Record<CommentSide, string> = { COMMUNE: 'commune', EPCI: 'intercommunalité' };

function Comment({ comment, canWrite }: { comment: CommentFieldsFragment; canWrite: boolean }) {
  const [edit] = useMutation(EditCommentMutation, REFETCH);
  const [withdraw] = useMutation(WithdrawCommentMutation, REFETCH);
  const modals = useModals();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string>();
  const withdrawn = comment.withdrawnAt !== null && comment.withdrawnAt !== undefined;
  // The server decides; the page offers the correction only while it is likely to be accepted.
  const editable = canWrite && comment.mine && !withdrawn && Date.now() < Date.parse(comment.editableUntil);

  async function confirmWithdraw() {
    const decision = await modals.confirmationModal({
      title: 'Retirer ce commentaire ?',
      children: 'Il restera dans le fil, marqué comme retiré, sans son texte.',
      hideCloseButton: true,
    });
    if (decision !== 'yes') return;
    try {
      await withdraw({ variables: { id: comment.id } });
    } catch (problem) {
      setFailure(apiErrorMessage(problem));
    }
  }

  return (
    <article className={withdrawn ? 'comment comment--withdrawn' : 'comment'}>
      <p className="comment__meta">
        <strong>{comment.authorName}</strong> ({SIDE_LABELS[comment.authorSide]}), le {formatDateTime(comment.createdAt)}
        {comment.editedAt && !withdrawn && `, modifié le ${formatDateTime(comment.editedAt)}`}
      </p>
      {withdrawn ? (
        <p className="muted">Commentaire retiré par son auteur le {formatDateTime(comment.withdrawnAt!)}.</p>
      ) : editing ? (
        <CommentForm
          label="Texte du commentaire"
          submitLabel="Enregistrer la modification"
          initialBody={comment.body ?? ''}
          onSubmit={(body) => edit({ variables: { id: comment.id, body } })}
          onDone={() => setEditing(false)}
        />
      ) : (
        <p className="comment__body">{comment.body}</p>
      )}
      {canWrite && comment.mine && !withdrawn && !editing && (
        <div className="row-actions">
          {editable && (
            <Button size="small" color="neutral" variant="tertiary" onClick={() => setEditing(true)} aria-label="Modifier mon commentaire">
              Modifier
            </Button>
          )}
          <Button size="small" color="neutral" variant="tertiary" onClick={confirmWithdraw} aria-label="Retirer mon commentaire">
            Retirer
          </Button>
        </div>
      )}
      <div role="alert">{failure && <p className="field-error">{failure}</p>}</div>
    </article>
  );
}

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  onSubmit: (body: string) => Promise<unknown>;
  /** Called after a successful submit (a reply or an edit closes its form); a new comment's form is emptied instead. */
  onDone?: () => void;
}

function CommentForm({ label, submitLabel, initialBody = '', onSubmit, onDone }: CommentFormProps) {
  const form = useForm({
    initialValues: { body: initialBody },
    validate: (values) => ({
      body:
        checkRequired(values.body, 'Écrivez le commentaire.') ??
        (values.body.trim().length > MAX_COMMENT_LENGTH ? `Un commentaire compte ${MAX_COMMENT_LENGTH} caractères au plus.` : undefined),
    }),
    onSubmit: async (values) => {
      await onSubmit(values.body.trim());
      onDone?.();
    },
    resetOnSuccess: !onDone,
  });
  return (
    <form className="form comment-form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <TextAreaField {...form.field('body')} onChange={(e) => form.setValue('body', e.target.value)} label={label} rows={3} required />
      <div className="row-actions">
        <Button type="submit" size="small" aria-disabled={form.busy}>
          {submitLabel}
        </Button>
        {onDone && (
          <Button type="button" size="small" color="neutral" variant="bordered" onClick={onDone}>
            Annuler
          </Button>
        )}
      </div>
    </form>
  );
}
