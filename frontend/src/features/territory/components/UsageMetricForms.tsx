import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { UsageMetricInput } from '../../../gql/graphql';
import { TextField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { useUnsavedChangesWarning } from '../../../shared/hooks/useUnsavedChangesWarning';
import type { UsageMetric } from '../communeProfiles';
import { checkUsageMetric, toUsageMetricInput, type UsageMetricFormValues } from '../usageMetricForm';

type BoundField = Omit<Parameters<typeof TextField>[0], 'label'>;

/** The fields of a usage metric, shared by the creation form and the renaming dialog. */
function UsageMetricFields({ label, referenceYear }: { label: BoundField; referenceYear: BoundField }) {
  return (
    <>
      <TextField
        {...label}
        label="Nom de la métrique, au pluriel"
        hint="Par exemple : dossiers ADS par an."
        autoComplete="off"
        required
      />
      <TextField
        {...referenceYear}
        label="Année de référence (facultatif)"
        hint="Par exemple : 2025."
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
      />
    </>
  );
}

interface NewUsageMetricFormProps {
  onDefine: (input: UsageMetricInput) => Promise<unknown>;
  onDefined: (message: string) => void;
}

export function NewUsageMetricForm({ onDefine, onDefined }: NewUsageMetricFormProps) {
  const form = useForm<UsageMetricFormValues>({
    initialValues: { label: '', referenceYear: '' },
    validate: checkUsageMetric,
    onSubmit: async (values) => {
      const input = toUsageMetricInput(values);
      await onDefine(input);
      onDefined(`La métrique « ${input.label} » a été ajoutée au tableau des communes.`);
    },
    resetOnSuccess: true,
  });
  useUnsavedChangesWarning(form.dirty);
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy} aria-labelledby="new-metric-title">
      <h3 id="new-metric-title">Ajouter une métrique</h3>
      <FormErrors errors={form.errors} />
      <UsageMetricFields label={form.field('label')} referenceYear={form.field('referenceYear')} />
      <Button type="submit" aria-disabled={form.busy}>
        {form.busy ? 'Ajout en cours…' : 'Ajouter la métrique'}
      </Button>
    </form>
  );
}

interface EditUsageMetricDialogProps {
  metric: UsageMetric;
  onSave: (input: UsageMetricInput) => Promise<unknown>;
  onSaved: (message: string) => void;
  onClose: () => void;
}

export function EditUsageMetricDialog({ metric, onSave, onSaved, onClose }: EditUsageMetricDialogProps) {
  const form = useForm<UsageMetricFormValues>({
    initialValues: { label: metric.label, referenceYear: metric.referenceYear ? String(metric.referenceYear) : '' },
    validate: checkUsageMetric,
    onSubmit: async (values) => {
      const input = toUsageMetricInput(values);
      await onSave(input);
      onSaved(`La métrique « ${input.label} » a été modifiée.`);
      onClose();
    },
  });
  return (
    <FormDialog
      title={`Modifier la métrique « ${metric.label} »`}
      submitLabel="Enregistrer"
      busy={form.busy}
      onSubmit={form.handleSubmit}
      onClose={onClose}
      unsaved={form.dirty}
    >
      <FormErrors errors={form.errors} />
      <UsageMetricFields label={form.field('label')} referenceYear={form.field('referenceYear')} />
    </FormDialog>
  );
}
