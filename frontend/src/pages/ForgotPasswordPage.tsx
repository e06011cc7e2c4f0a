import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetMutation } from '../features/account/graphql/account';
import { TextField } from '../shared/forms/fields';
import { FormErrors } from '../shared/forms/FormErrors';
import { useForm } from '../shared/forms/useForm';
import { checkEmail } from '../shared/forms/validators';
import { Notice } from '../shared/ui/Notice';
import { PageHeading } from '../shared/ui/PageHeading';

export function ForgotPasswordPage() {
  const [request] = useMutation(RequestPasswordResetMutation);
  const [sent, setSent] = useState(false);
  const form = useForm({
    initialValues: { email: '' },
    validate: ({ email }) => ({ email: checkEmail(email) }),
    onSubmit: async ({ email }) => {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    },
  });
  return (
    <main id="contenu" className="login-page">
      <div className="login-card">
        <p className="brand brand--large">Mutualis</p>
        <PageHeading>Mot de passe oublié</PageHeading>
        {sent ? (
          <Notice type="success">
            Si un compte existe avec cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il reste valable une heure.
          </Notice>
        ) : (
          <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
            <FormErrors errors={form.errors} />
            <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="username" required />
            <Button type="submit" aria-disabled={form.busy} fullWidth>
              Recevoir un lien
            </Button>
          </form>
        )}
        <p>
          <Link to="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </main>
  );
}
