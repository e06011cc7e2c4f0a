import { useMutation } from '@apollo/client/react';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatFrenchDate, isIsoDate } from '@mutualis/domain/consultation/dates';
import { checkDeliberationNumber, checkVotes, type Votes } from '@mutualis/domain/consultation/deliberation';
import { useState } from 'react';
import { DateField, SelectField, TextAreaField, TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm, type FieldErrors } from '../../../shared/forms/useForm';
import { checkRequired } from '../../../shared/forms/validators';
import { ChoiceGroup } from '../../../shared/ui/ChoiceGroup';
import { RecordAdoptionMutation, RecordRejectionMutation } from '../graphql/consultation';
import { problemOf, refusalOf, type ConsultationSummary, type Decision } from '../model/consultation';
import { decisionPdfPath, uploadPdf } from '../model/pdf';
import { DELIBERATION_NUMBER_HINT } from './OpinionForm';
import { PdfField, usePdfChoice } from './PdfField';

type Kind = 'ADOPTION' | 'REJECTION';

const VOTE_FIELDS: readonly { key: keyof Votes; label: string }[] = [
  { key: 'inOffice', label: 'Membres en exercice' },
  { key: 'present', label: 'Présents ou représentés' },
  { key: 'for', label: 'Voix pour' },
  { key: 'against', label: 'Voix contre' },
  { key: 'abstentions', label: 'Abstentions' },
];

interface DecisionFormProps {
  versionId: string;
  /**
   * The closed consultations the decision may answer: the version's own (then a rejection may be
   * recorded too), or, for an amending version adopted without a new round, those of earlier versions.
   */
  consultations: readonly ConsultationSummary[];
  /** Whether the version went through its own consultation; otherwise it is adopted as an amendment. */
  ownConsultation: boolean;
  /** A drafter recording the council's decision on its behalf. */
  forCouncil: boolean;
  onRecorded: (decision: Decision, message: string) => void;
}

const emptyVotes = { inOffice: '', present: '', for: '', against: '', abstentions: '' };

/** The EPCI council's deliberation on a version: its adoption with the votes, or its rejection with the reason. */
export function DecisionForm({ versionId, consultations, ownConsultation, forCouncil, onRecorded }: DecisionFormProps) {
  const [adopt] = useMutation(RecordAdoptionMutation, { refetchQueries: ['SchemeVersions', 'VersionLifecycle', 'SchemeInForce'] });
  const [reject] = useMutation(RecordRejectionMutation, { refetchQueries: ['SchemeVersions', 'VersionLifecycle', 'SchemeInForce'] });
  const [kind, setKind] = useState<Kind>('ADOPTION');
  const pdf = usePdfChoice();
  const adoption = kind === 'ADOPTION';
  const form = useForm({
    initialValues: { consultationId: consultations[0]?.id ?? '', deliberationNumber: '', deliberationDate: '', reason: '', ...emptyVotes },
    validate: (values) => {
      const number = values.deliberationNumber.trim();
      const errors: FieldErrors = {
        deliberationNumber: adoption
          ? (checkRequired(number, 'Saisissez le numéro de la délibération.') ?? problemOf(() => checkDeliberationNumber(number)))
          : number
            ? problemOf(() => checkDeliberationNumber(number))
            : undefined,
        deliberationDate: isIsoDate(values.deliberationDate) ? undefined : 'Saisissez la date de la délibération, par exemple 15/03/2027.',
        reason: adoption ? undefined : checkRequired(values.reason, 'Indiquez le motif du rejet.'),
        document: pdf.problem,
      };
      if (!adoption) return errors;
      for (const { key, label } of VOTE_FIELDS) {
        if (!/^\d+$/.test(values[key].trim())) errors[key] = `${label} : saisissez un nombre entier, 0 s’il n’y en a pas.`;
      }
      if (VOTE_FIELDS.every(({ key }) => !errors[key])) {
        const refusal = refusalOf(() => checkVotes(votesOf(values)));
        if (refusal) errors[String(refusal.details['field'] ?? 'votes.for').replace('votes.', '')] = refusal.message;
      }
      return errors;
    },
    onSubmit: async (values) => {
      // Nothing is recorded with a file that is not a PDF: the field says why.
      if (!(await pdf.acceptable())) return;
      const number = values.deliberationNumber.trim();
      const decision = adoption
        ? (
            await adopt({
              variables: {
                input: {
                  versionId,
                  consultationId: ownConsultation ? null : values.consultationId,
                  deliberationNumber: number,
                  deliberationDate: values.deliberationDate,
                  votes: votesOf(values),
                },
              },
            })
          ).data!.recordAdoption
        : (await reject({ variables: { input: { versionId, deliberationNumber: number || null, deliberationDate: values.deliberationDate, reason: values.reason.trim() } } }))
            .data!.recordRejection;
      const done = adoption ? `La version ${decision.versionNumber} est adoptée.` : `Le rejet de la version ${decision.versionNumber} est enregistré.`;
      if (!pdf.file) return onRecorded(decision, done);
      // The decision stands even if its file is refused: the message says so.
      const failure = await uploadPdf(decisionPdfPath(decision.id), pdf.file).then(
        () => undefined,
        (problem: Error) => problem.message,
      );
      onRecorded(decision, failure ? `${done} La délibération n’a pas été jointe : ${failure}` : `${done} La délibération (PDF) est jointe.`);
    },
  });

  return (
    <form className="form decision-form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      {forCouncil && <p>Vous enregistrez la délibération au nom du conseil communautaire : elle sera marquée comme telle.</p>}
      {ownConsultation ? (
        <ChoiceGroup
          legend="Décision du conseil communautaire"
          choices={[
            { value: 'ADOPTION', label: 'Adoption du schéma' },
            { value: 'REJECTION', label: 'Rejet' },
          ]}
          value={kind}
          onChange={setKind}
        />
      ) : (
        <SelectField
          {...form.field('consultationId')}
          label="Consultation à laquelle cette version répond"
          hint="Une version qui amende une version déjà soumise aux communes peut être adoptée sans nouvelle consultation (CGCT, art. L5211-39-1)."
          options={consultations.map((c) => ({ value: c.id, label: `Version ${c.versionNumber}, consultation close le ${c.closedAt ? formatFrenchDate(c.closedAt.slice(0, 10)) : '—'}` }))}
          required
        />
      )}
      <TextField
        {...form.field('deliberationNumber')}
        label={adoption ? 'Numéro de la délibération' : 'Numéro de la délibération (facultatif)'}
        hint={DELIBERATION_NUMBER_HINT}
        maxLength={15}
        required={adoption}
      />
      <DateField {...form.field('deliberationDate')} label="Date de la délibération" required />
      {adoption ? (
        <fieldset className="votes-fieldset">
          <legend className="field-label">Votes</legend>
          <div className="inline-fields">
            {VOTE_FIELDS.map(({ key, label }) => (
              <TextField key={key} {...form.field(key)} label={label} inputMode="numeric" required />
            ))}
          </div>
        </fieldset>
      ) : (
        <TextAreaField {...form.field('reason')} onChange={(e) => form.setValue('reason', e.target.value)} label="Motif du rejet" rows={3} required />
      )}
      <PdfField id={form.fieldId('document')} label="Délibération (PDF, facultatif)" error={form.fieldErrors['document']} choice={pdf} />
      <Button type="submit" aria-disabled={form.busy}>
        {form.busy ? 'Enregistrement…' : adoption ? 'Enregistrer l’adoption' : 'Enregistrer le rejet'}
      </Button>
    </form>
  );
}

function votesOf(values: Record<keyof Votes, string>): Votes {
  return {
    inOffice: Number(values.inOffice),
    present: Number(values.present),
    for: Number(values.for),
    against: Number(values.against),
    abstentions: Number(values.abstentions),
  };
}
