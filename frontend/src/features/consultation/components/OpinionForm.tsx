import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { isIsoDate } from '@mutualis/domain/consultation/dates';
import { checkDeliberationNumber } from '@mutualis/domain/consultation/deliberation';
import { useState } from 'react';
import { DateField, TextAreaField, TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkRequired } from '../../../shared/forms/validators';
import { ChoiceGroup } from '../../../shared/ui/ChoiceGroup';
import { RecordOpinionMutation } from '../graphql/consultation';
import { OPINION_KIND_LABELS, OPINION_KINDS, problemOf, type ConsultationCommune, type OpinionKind } from '../model/consultation';
import { opinionPdfPath, uploadPdf } from '../model/pdf';
import { PdfField, usePdfChoice } from './PdfField';

export const DELIBERATION_NUMBER_HINT = 'Tel que transmis à la préfecture (@ctes) : 2 à 15 caractères parmi les majuscules, les chiffres et « _ », par exemple 2027_014.';

interface OpinionFormProps {
  consultationId: string;
  commune: ConsultationCommune;
  /** A drafter recording, on the commune's behalf, an opinion received on paper. */
  onPaper: boolean;
  /** `failed`: the opinion is saved but its PDF was refused; the message says why. */
  onSaved: (message: string, failed?: boolean) => void;
  onCancel?: () => void;
}

/**
 * The council's opinion: its kind, the deliberation's number and date, the reservations when there
 * are some, and the deliberation itself as a PDF if the commune has it. Also corrects an opinion
 * until the consultation closes.
 */
export function OpinionForm({ consultationId, commune, onPaper, onSaved, onCancel }: OpinionFormProps) {
  const [record] = useMutation(RecordOpinionMutation);
  const client = useApolloClient();
  const opinion = commune.opinion;
  const [kind, setKind] = useState<OpinionKind>(opinion?.kind ?? 'FAVORABLE');
  const pdf = usePdfChoice();
  const form = useForm({
    initialValues: {
      reservations: opinion?.reservations ?? '',
      deliberationNumber: opinion?.deliberationNumber ?? '',
      deliberationDate: opinion?.deliberationDate ?? '',
      communeNic: '',
    },
    validate: (values) => ({
      reservations: kind === 'FAVORABLE_WITH_RESERVATIONS' ? checkRequired(values.reservations, 'Indiquez les réserves exprimées par le conseil municipal.') : undefined,
      deliberationNumber:
        checkRequired(values.deliberationNumber, 'Saisissez le numéro de la délibération.') ?? problemOf(() => checkDeliberationNumber(values.deliberationNumber.trim())),
      deliberationDate: isIsoDate(values.deliberationDate) ? undefined : 'Saisissez la date de la délibération, par exemple 15/01/2027.',
      communeNic: commune.siretKnown || /^\d{5}$/.test(values.communeNic.trim()) ? undefined : 'Le NIC compte exactement 5 chiffres : les 5 derniers du SIRET de la commune.',
      document: pdf.problem,
    }),
    onSubmit: async (values) => {
      // Nothing is recorded with a file that is not a PDF: the field says why.
      if (!(await pdf.acceptable())) return;
      const { data } = await record({
        variables: {
          input: {
            consultationId,
            communeId: commune.communeId,
            kind,
            reservations: kind === 'FAVORABLE_WITH_RESERVATIONS' ? values.reservations.trim() : null,
            deliberationNumber: values.deliberationNumber.trim(),
            deliberationDate: values.deliberationDate,
            communeNic: commune.siretKnown ? null : values.communeNic.trim(),
          },
        },
      });
      const saved = data!.recordOpinion;
      const done = opinion ? 'L’avis de la commune est corrigé.' : 'L’avis de la commune est enregistré.';
      let failure: string | undefined;
      if (pdf.file) {
        // The opinion stands even if its file is refused: only the file is then to send again.
        failure = await uploadPdf(opinionPdfPath(saved.id), pdf.file).then(
          () => undefined,
          (problem: Error) => `${done} La délibération n’a pas été jointe : ${problem.message}`,
        );
      }
      // Once the file is in, so that the board and the lists show it too.
      await client.refetchQueries({ include: ['ConsultationBoard', 'Consultations'] });
      if (failure) onSaved(failure, true);
      else onSaved(pdf.file ? `${done} La délibération (PDF) est jointe.` : done);
    },
  });

  return (
    <form className="form opinion-form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      {onPaper && <p>Vous enregistrez au nom de {commune.name} un avis reçu sur papier : il sera marqué comme tel.</p>}
      <ChoiceGroup legend="Avis du conseil municipal" choices={OPINION_KINDS.map((value) => ({ value, label: OPINION_KIND_LABELS[value] }))} value={kind} onChange={setKind} />
      {kind === 'FAVORABLE_WITH_RESERVATIONS' && (
        <TextAreaField {...form.field('reservations')} onChange={(e) => form.setValue('reservations', e.target.value)} label="Réserves" rows={4} required />
      )}
      <TextField {...form.field('deliberationNumber')} label="Numéro de la délibération" hint={DELIBERATION_NUMBER_HINT} maxLength={15} required />
      <DateField {...form.field('deliberationDate')} label="Date de la délibération" min={commune.notifiedOn} max={commune.deadline} required />
      {!commune.siretKnown && (
        <TextField
          {...form.field('communeNic')}
          label="NIC de la commune"
          hint="Les 5 derniers chiffres du SIRET de la commune, demandés une seule fois, pour publier les délibérations en open data."
          inputMode="numeric"
          maxLength={5}
          required
        />
      )}
      <PdfField
        id={form.fieldId('document')}
        label="Délibération (PDF, facultatif)"
        error={form.fieldErrors['document']}
        current={opinion?.document ? 'Une délibération est déjà jointe ; un nouveau fichier la remplacera.' : undefined}
        choice={pdf}
      />
      <div className="row-actions">
        <Button type="submit" aria-disabled={form.busy}>
          {form.busy ? 'Enregistrement…' : opinion ? 'Corriger l’avis' : 'Enregistrer l’avis'}
        </Button>
        {onCancel && (
          <Button type="button" color="neutral" variant="bordered" onClick={onCancel}>
            Annuler
          </Button>
        )}
      </div>
    </form>
  );
}
