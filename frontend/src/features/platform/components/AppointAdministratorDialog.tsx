import { TextField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkEmail, checkPassword, checkRequired, PASSWORD_HINT } from '../../../shared/forms/validators';
import { useAppointAdministrator } from '../hooks/usePlatform';

interface AppointAdministratorDialogProps {
  epci: { id: string; name: string };
  onAppointed: (message: string) => void;
  onClose: () => void;
}

export function AppointAdministratorDialog({ epci, onAppointed, onClose }: AppointAdministratorDialogProps) {
  const appoint = useAppointAdministrator();
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: ({ name, email, password }) => ({
      name: checkRequired(name, "Saisissez le nom de l'administrateur."),
      email: checkEmail(email),
      // Empty means "the account already exists"; the server says so if it does not.
      password: password ? checkPassword(password) : undefined,
    }),
    onSubmit: async ({ name, email, password }) => {
      await appoint(epci.id, { name: name.trim(), email: email.trim(), password: password || undefined });
      onAppointed(`${name.trim()} administre désormais ${epci.name}.`);
      onClose();
    },
  });

  return (
    <FormDialog
      title={`Nommer l'administrateur de ${epci.name}`}
      submitLabel="Nommer"
      busy={form.busy}
      onSubmit={form.handleSubmit}
      onClose={onClose}
    >
      <FormErrors errors={form.errors} />
      <TextField {...form.field('name')} label="Nom et prénom" autoComplete="off" required />
      <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="off" required />
      <TextField
        {...form.field('password')}
        label="Mot de passe provisoire (si le compte n'existe pas encore)"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
      />
    </FormDialog>
  );
}
