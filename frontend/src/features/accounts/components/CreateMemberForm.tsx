import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { TextField, type SelectOption } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkEmail, checkRequired } from '../../../shared/forms/validators';
import { SuccessMessage } from '../../../shared/ui/Notice';
import type { NewMember } from '../hooks/useMemberActions';
import { checkRoleChoice, toRoleChoice } from '../roleChoice';
import { RoleFields } from './RoleFields';

interface CreateMemberFormProps {
  communeOptions: readonly SelectOption[];
  onCreate: (member: NewMember) => Promise<unknown>;
}

export function CreateMemberForm({ communeOptions, onCreate }: CreateMemberFormProps) {
  const [created, setCreated] = useState<string>();
  const form = useForm({
    initialValues: { name: '', email: '', role: '', communeId: '' },
    validate: (values) => ({
      name: checkRequired(values.name, 'Saisissez le nom de la personne.'),
      email: checkEmail(values.email),
      ...checkRoleChoice(values),
    }),
    onSubmit: async (values) => {
      setCreated(undefined);
      const name = values.name.trim();
      await onCreate({ name, email: values.email.trim(), ...toRoleChoice(values) });
      setCreated(`${name} est membre de l’intercommunalité. Un nouveau compte reçoit une invitation par courriel pour choisir son mot de passe.`);
    },
    resetOnSuccess: true,
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <SuccessMessage>{created}</SuccessMessage>
      <TextField {...form.field('name')} label="Nom et prénom" autoComplete="off" required />
      <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="off" required />
      <RoleFields role={form.field('role')} commune={form.field('communeId')} communeOptions={communeOptions} />
      <Button type="submit" aria-disabled={form.busy}>
        {form.busy ? 'Envoi en cours…' : 'Inviter'}
      </Button>
    </form>
  );
}
