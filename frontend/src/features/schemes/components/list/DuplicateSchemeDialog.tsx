import { TextField } from '../../../../shared/forms/fields';
import { FormDialog } from '../../../../shared/forms/FormDialog';
import { FormErrors } from '../../../../shared/forms/FormErrors';
import { useForm } from '../../../../shared/forms/useForm';
import { checkRequired } from '../../../../shared/forms/validators';

interface DuplicateSchemeDialogProps {
  sourceTitle: string;
  onDuplicate: (title: string) => Promise<unknown>;
  onClose: () => void;
}

/** A copy of a scheme to explore a variant; it only asks the copy's title. */
export function DuplicateSchemeDialog({ sourceTitle, onDuplicate, onClose }: DuplicateSchemeDialogProps) {
  const form = useForm({
    initialValues: { title: `${sourceTitle} (variante)` },
    validate: (values) => ({ title: checkRequired(values.title, 'Saisissez le titre de la copie.') }),
    onSubmit: async (values) => {
      await onDuplicate(values.title.trim());
      onClose();
    },
  });
  return (
    <FormDialog title={`Dupliquer « ${sourceTitle} »`} submitLabel="Dupliquer" busy={form.busy} onSubmit={form.handleSubmit} onClose={onClose}>
      <FormErrors errors={form.errors} />
      <p>La copie reprend la description, le mandat et toutes les actions. Le schéma d’origine ne change pas.</p>
      <TextField {...form.field('title')} label="Titre de la copie" maxLength={200} required />
    </FormDialog>
  );
}
