import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkPassword, PASSWORD_HINT } from '../../../shared/forms/validators';
import { apiErrorDetail, apiErrorMessage } from '../../../shared/graphql/errors';
import { Notice } from '../../../shared/ui/Notice';
import { MeQuery } from '../../auth/graphql/session';
import { homePath, type SessionUser } from '../../auth/session';
import { AcceptInvitationMutation, RequestNewInvitationMutation, ResetPasswordMutation } from '../graphql/account';

export type LinkPurpose = 'INVITATION' | 'PASSWORD_RESET';

/**
 * Chooses a password from a link received by mail, then lands on the home page signed in. An
 * expired or used link says so and offers the way to a new one.
 */
export function ChoosePasswordForm({ purpose, token }: { purpose: LinkPurpose; token: string }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept] = useMutation(AcceptInvitationMutation);
  const [reset] = useMutation(ResetPasswordMutation);
  const [requestNew] = useMutation(RequestNewInvitationMutation);
  const [unusable, setUnusable] = useState<{ reason: string; message: string }>();
  const [renewed, setRenewed] = useState(false);

  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: ({ password, confirmation }) => ({
      password: checkPassword(password),
      confirmation: confirmation === password ? undefined : 'Les deux mots de passe ne sont pas identiques.',
    }),
    onSubmit: async ({ password }) => {
      await client.clearStore();
      let user: SessionUser | undefined;
      try {
        const input = { token, password };
        user = purpose === 'INVITATION' ? (await accept({ variables: { input } })).data?.acceptInvitation : (await reset({ variables: { input } })).data?.resetPassword;
      } catch (failure) {
        const reason = apiErrorDetail(failure, 'reason');
        if (typeof reason === 'string') return setUnusable({ reason, message: apiErrorMessage(failure) });
        throw failure;
      }
      if (!user) return;
      client.writeQuery({ query: MeQuery, data: { me: user } });
      navigate(homePath(user) ?? '/', { replace: true });
    },
  });

  if (unusable) {
    return (
      <div className="form">
        <Notice type="error">{unusable.message}</Notice>
        {renewed ? (
          <Notice type="success">Si ce lien vous était destiné, un nouveau lien vient de vous être envoyé par courriel.</Notice>
        ) : purpose === 'INVITATION' && unusable.reason === 'EXPIRED' ? (
          <Button
            onClick={async () => {
              await requestNew({ variables: { token } });
              setRenewed(true);
            }}
          >
            Recevoir un nouveau lien
          </Button>
        ) : (
          <p>
            <a href="/mot-de-passe/oublie">Demander un nouveau lien</a> ou <a href="/connexion">se connecter</a>.
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <TextField {...form.field('password')} label="Mot de passe" type="password" autoComplete="new-password" hint={PASSWORD_HINT} required />
      <TextField {...form.field('confirmation')} label="Confirmez le mot de passe" type="password" autoComplete="new-password" required />
      <Button type="submit" aria-disabled={form.busy} fullWidth>
        {form.busy ? 'Enregistrement…' : 'Enregistrer et me connecter'}
      </Button>
    </form>
  );
}
