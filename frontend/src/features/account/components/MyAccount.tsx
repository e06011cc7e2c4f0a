import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { MyAccountQuery as MyAccountData } from '../../../gql/graphql';
import { TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkEmail, checkPassword, checkRequired, PASSWORD_HINT } from '../../../shared/forms/validators';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Loading } from '../../../shared/ui/Loading';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { MeQuery } from '../../auth/graphql/session';
import { Checkbox } from '../../schemes/components/action-form/controls';
import { ChangeMyPasswordMutation, MyAccountQuery, SetMyNotificationsMutation, UpdateMyAccountMutation } from '../graphql/account';

type Account = MyAccountData['myAccount'];

/** « Mon compte » : identity, password, optional mails. */
export function MyAccount() {
  const { data, error } = useQuery(MyAccountQuery);
  if (error) return <QueryFailure error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <IdentitySection account={data.myAccount} />
      <PasswordSection />
      <NotificationsSection account={data.myAccount} />
    </>
  );
}

function IdentitySection({ account }: { account: Account }) {
  const [update] = useMutation(UpdateMyAccountMutation, { refetchQueries: [{ query: MeQuery }] });
  const [saved, setSaved] = useState<string>();
  const form = useForm({
    initialValues: { name: account.name, email: account.email },
    validate: ({ name, email }) => ({ name: checkRequired(name, 'Saisissez votre nom.'), email: checkEmail(email) }),
    onSubmit: async ({ name, email }) => {
      setSaved(undefined);
      await update({ variables: { input: { name: name.trim(), email: email.trim() } } });
      setSaved('Vos coordonnées sont enregistrées.');
    },
  });
  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">Vos coordonnées</h2>
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
        <FormErrors errors={form.errors} />
        <SuccessMessage>{saved}</SuccessMessage>
        <TextField {...form.field('name')} label="Nom et prénom" autoComplete="name" required />
        <TextField {...form.field('email')} label="Adresse électronique" type="email" autoComplete="email" required />
        <Button type="submit" aria-disabled={form.busy}>
          Enregistrer
        </Button>
      </form>
    </section>
  );
}

function PasswordSection() {
  const [change] = useMutation(ChangeMyPasswordMutation);
  const [saved, setSaved] = useState<string>();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: ({ currentPassword, newPassword }) => ({
      currentPassword: currentPassword ? undefined : 'Saisissez votre mot de passe actuel.',
      newPassword: checkPassword(newPassword),
    }),
    onSubmit: async (input) => {
      setSaved(undefined);
      await change({ variables: { input } });
      setSaved('Votre mot de passe est changé. Vos autres sessions ont été fermées.');
    },
    resetOnSuccess: true,
  });
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">Mot de passe</h2>
      <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
        <FormErrors errors={form.errors} />
        <SuccessMessage>{saved}</SuccessMessage>
        <TextField {...form.field('currentPassword')} label="Mot de passe actuel" type="password" autoComplete="current-password" required />
        <TextField {...form.field('newPassword')} label="Nouveau mot de passe" type="password" autoComplete="new-password" hint={PASSWORD_HINT} required />
        <Button type="submit" aria-disabled={form.busy}>
          Changer le mot de passe
        </Button>
      </form>
    </section>
  );
}

function NotificationsSection({ account }: { account: Account }) {
  // MyAccount has no id: the cache cannot merge the answer by itself.
  const [save] = useMutation(SetMyNotificationsMutation, { refetchQueries: [{ query: MyAccountQuery }], awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string>();
  const set = async (change: Partial<{ reminders: boolean; opinions: boolean }>) => {
    setFailure(undefined);
    try {
      await save({ variables: { input: { reminders: account.notifyReminders, opinions: account.notifyOpinions, ...change } } });
    } catch (error) {
      setFailure(apiErrorMessage(error));
    }
  };
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">Courriels facultatifs</h2>
      <p>Les invitations, l’ouverture et la clôture des consultations vous sont toujours envoyées.</p>
      {failure && <Notice type="error">{failure}</Notice>}
      <Checkbox label="Rappels avant la fin d’une consultation" checked={account.notifyReminders} onChange={(reminders) => set({ reminders })} />
      <Checkbox label="Avis enregistrés par les communes" checked={account.notifyOpinions} onChange={(opinions) => set({ opinions })} />
    </section>
  );
}
