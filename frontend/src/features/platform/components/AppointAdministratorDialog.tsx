import { TextField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkEmail, checkRequired } from '../../../shared/forms/validators';
import { useAppointAdministrator } from '../hooks/usePlatform';
import { ofName } from '@mutualis/domain/text';

interface AppointAdministratorDialogProps {
  epci: { id: string; name: string };
  onAppointed: (message: string) => void;
  onClose: () => void;
}

export function AppointAdministratorDialog({ epci, onAppointed, onClose }: AppointAdministratorDialogProps) {
  const appoint = useAppointAdministrator();
  const form = useForm({
    initialValues: { name: '', email: '' },
    validate: ({ name, email }) => ({
      name: checkRequired(name, "Saisissez le nom de l'administrateur."),
      email: checkEmail(email),
    }),
    onSubmit: async ({ name, email }) => {
      await appoint(epci.id, { name: name.trim(), email: email.trim() });
      onAppointed(`${name.trim()} administre désormais ${epci.name} ; un nouveau compte reçoit une invitation par courriel.`);
      onClose();
    },
  });

  return (
    <FormDialog
      title={`Nommer l'administrateur ${ofName(epci.name)}`}
      submitLabel="Nommer"
      busy={form.busy}
      onSubmit={form.handleSubmit}
      onClose={onClose}
    >
      <FormErrors errors={form.errors} />
      <TextField {...form.field('name')} label="Nom et prénom" autoComplete="off" required />
      <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="off" required />
    </FormDialog>
  );
}
