import { useMutation } from '@apollo/client/react';
import { Button, useModals } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { TextAreaField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkRequired } from '../../../shared/forms/validators';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { CloseConsultationMutation, WithdrawConsultationMutation } from '../graphql/consultation';
import type { ConsultationSummary } from '../model/consultation';

const MAX_REASON_LENGTH = 2000;
// The board, the lists and the version's status all change with the round.
const REFETCH = { refetchQueries: ['ConsultationBoard', 'Consultations', 'VersionLifecycle'], awaitRefetchQueries: true };

interface ConsultationCommandsProps {
  consultation: ConsultationSummary;
  onDone: (message: string) => void;
}

/** The drafter's commands on an open round: close it once every commune has answered or run out of time, or withdraw it. */
export function ConsultationCommands({ consultation, onDone }: ConsultationCommandsProps) {
  const [close] = useMutation(CloseConsultationMutation, REFETCH);
  const modals = useModals();
  const [withdrawing, setWithdrawing] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function confirmClose() {
    const decision = await modals.confirmationModal({
      title: 'Clore la consultation ?',
      children: 'Les avis ne pourront plus être enregistrés ni corrigés ; les communes sans avis sont réputées favorables.',
      hideCloseButton: true,
    });
    if (decision !== 'yes') return;
    setFailure(undefined);
    try {
      await close({ variables: { consultationId: consultation.id } });
      onDone('La consultation est close. Le conseil communautaire peut maintenant délibérer.');
    } catch (problem) {
      setFailure(apiErrorMessage(problem));
    }
  }

  return (
    <>
      <div className="row-actions">
        <Button size="small" onClick={confirmClose}>
          Clore la consultation
        </Button>
        <Button size="small" color="neutral" variant="bordered" onClick={() => setWithdrawing(true)}>
          Retirer la consultation
        </Button>
      </div>
      {/* A refusal says why in words (« … avant le 14 mars 2027 : 3 communes … »): announced at once. */}
      <div role="alert">{failure && <p className="field-error">{failure}</p>}</div>
      {withdrawing && (
        <WithdrawDialog
          consultationId={consultation.id}
          onClose={() => setWithdrawing(false)}
          onWithdrawn={() => onDone('La consultation est retirée ; la version est de nouveau simplement figée.')}
        />
      )}
    </>
  );
}

interface WithdrawDialogProps {
  consultationId: string;
  onClose: () => void;
  onWithdrawn: () => void;
}

function WithdrawDialog({ consultationId, onClose, onWithdrawn }: WithdrawDialogProps) {
  const [withdraw] = useMutation(WithdrawConsultationMutation, REFETCH);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) => ({
      reason:
        checkRequired(values.reason, 'Dites pourquoi la consultation est retirée : le motif reste dans l’historique.') ??
        (values.reason.trim().length > MAX_REASON_LENGTH ? `Le motif compte ${MAX_REASON_LENGTH} caractères au plus.` : undefined),
    }),
    onSubmit: async (values) => {
      await withdraw({ variables: { consultationId, reason: values.reason.trim() } });
      onClose();
      onWithdrawn();
    },
  });
  const reason = form.field('reason');
  return (
    <FormDialog title="Retirer la consultation" submitLabel="Retirer la consultation" busy={form.busy} onSubmit={form.handleSubmit} onClose={onClose}>
      <FormErrors errors={form.errors} />
      <p>Les avis déjà reçus restent dans l’historique de cette consultation. La version pourra être soumise de nouveau.</p>
      <TextAreaField {...reason} onChange={(event) => form.setValue('reason', event.target.value)} label="Motif du retrait" rows={3} required />
    </FormDialog>
  );
}
