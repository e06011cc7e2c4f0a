import { TextArea } from '@gouvfr-lasuite/cunningham-react';
import { TextField } from '../../../../shared/forms/fields';
import { FormDialog } from '../../../../shared/forms/FormDialog';
import { FormErrors } from '../../../../shared/forms/FormErrors';
import { useForm } from '../../../../shared/forms/useForm';
import { checkRequired } from '../../../../shared/forms/validators';
import type { SchemeDetails } from '../../hooks/useSchemes';

const MAX_MANDATE_YEARS = 10;
/** The next municipal mandate, the one most schemes are drafted for. */
export const DEFAULT_MANDATE = { first: 2026, last: 2032 };

interface SchemeDetailsDialogProps {
  title: string;
  submitLabel: string;
  initial: SchemeDetails;
  onSubmit: (details: SchemeDetails) => Promise<unknown>;
  onClose: () => void;
}

function checkYear(value: string): string | undefined {
  const year = Number(value.trim());
  return /^\d{4}$/.test(value.trim()) && year >= 2000 && year <= 2100 ? undefined : 'Saisissez une année entre 2000 et 2100.';
}

/** Title, description and mandate of a scheme: for a new one and for changing them later. */
export function SchemeDetailsDialog({ title, submitLabel, initial, onSubmit, onClose }: SchemeDetailsDialogProps) {
  const form = useForm({
    initialValues: {
      title: initial.title,
      description: initial.description,
      first: String(initial.mandate.first),
      last: String(initial.mandate.last),
    },
    validate: (values) => {
      const span = Number(values.last) - Number(values.first);
      return {
        title: checkRequired(values.title, 'Saisissez le titre du schéma.'),
        first: checkYear(values.first),
        last:
          checkYear(values.last) ??
          (span < 0 || span >= MAX_MANDATE_YEARS
            ? `La dernière année suit la première, ${MAX_MANDATE_YEARS} ans au plus (par exemple 2026–2032).`
            : undefined),
      };
    },
    onSubmit: async (values) => {
      await onSubmit({
        title: values.title.trim(),
        description: values.description.trim(),
        mandate: { first: Number(values.first), last: Number(values.last) },
      });
      onClose();
    },
  });
  const description = form.field('description');

  return (
    <FormDialog title={title} submitLabel={submitLabel} busy={form.busy} onSubmit={form.handleSubmit} onClose={onClose} unsaved={form.dirty}>
      <FormErrors errors={form.errors} />
      <TextField {...form.field('title')} label="Titre du schéma" maxLength={200} required />
      <TextArea
        id={description.id}
        name={description.name}
        label="Description (facultative)"
        variant="classic"
        fullWidth
        rows={3}
        value={description.value}
        onChange={(event) => form.setValue('description', event.target.value)}
      />
      <fieldset className="fieldset-plain">
        <legend className="field-label">Mandat couvert</legend>
        <div className="inline-fields">
          <TextField {...form.field('first')} label="Première année" inputMode="numeric" maxLength={4} required />
          <TextField {...form.field('last')} label="Dernière année" inputMode="numeric" maxLength={4} required />
        </div>
      </fieldset>
    </FormDialog>
  );
}
