import { Button } from '@gouvfr-lasuite/cunningham-react';
import { TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { useLogin } from '../hooks/useLogin';
import type { SessionUser } from '../session';

interface LoginFormProps {
  onSignedIn: (user: SessionUser) => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: ({ email, password }) => ({
      email: email.trim() ? undefined : 'Saisissez votre adresse électronique.',
      password: password ? undefined : 'Saisissez votre mot de passe.',
    }),
    onSubmit: async ({ email, password }) => {
      const user = await login(email.trim(), password);
      if (user) onSignedIn(user);
    },
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="username" required />
      <TextField
        {...form.field('password')}
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" aria-disabled={form.busy} fullWidth>
        {form.busy ? 'Connexion en cours…' : 'Se connecter'}
      </Button>
    </form>
  );
}
