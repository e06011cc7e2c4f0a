import { Button } from '@gouvfr-lasuite/cunningham-react';
import { TextField, type SelectOption } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkEmail, checkRequired } from '../../../shared/forms/validators';
import type { NewMember } from '../hooks/useMemberActions';
import { checkRoleChoice, toRoleChoice } from '../roleChoice';
import { RoleFields } from './RoleFields';

interface CreateMemberFormProps {
  communeOptions: readonly SelectOption[];
  /** Says the account was created, in the page's success message. */
  onCreate: (member: NewMember) => Promise<unknown>;
}

export function CreateMemberForm({ communeOptions, onCreate }: CreateMemberFormProps) {
  const form = useForm({
    initialValues: { name: '', email: '', role: '', communeId: '' },
    validate: (values) => ({
      name: checkRequired(values.name, 'Saisissez le nom de la personne.'),
      email: checkEmail(values.email),
      ...checkRoleChoice(values),
    }),
    onSubmit: async (values) => {
      await onCreate({ name: values.name.trim(), email: values.email.trim(), ...toRoleChoice(values) });
    },
    resetOnSuccess: true,
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <TextField {...form.field('name')} label="Nom et prénom" autoComplete="off" required />
      <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="off" required />
      <RoleFields role={form.field('role')} commune={form.field('communeId')} communeOptions={communeOptions} />
      <Button type="submit" aria-disabled={form.busy}>
        {form.busy ? 'Envoi en cours…' : 'Inviter'}
      </Button>
    </form>
  );
}
