import { ChoosePasswordForm, type LinkPurpose } from '../features/account/components/ChoosePasswordForm';
import { PageHeading } from '../shared/ui/PageHeading';

const TITLES: Record<LinkPurpose, string> = {
  INVITATION: 'Bienvenue sur Mutualis',
  PASSWORD_RESET: 'Nouveau mot de passe',
};

/** Opened from an invitation or reset mail: the token is the URL's fragment, never sent to a server by the browser. */
export function AccountLinkPage({ purpose }: { purpose: LinkPurpose }) {
  const token = window.location.hash.slice(1);
  return (
    <main id="contenu" className="login-page">
      <div className="login-card">
        <p className="brand brand--large">Mutualis</p>
        <PageHeading>{TITLES[purpose]}</PageHeading>
        <p className="login-intro">
          {purpose === 'INVITATION' ? 'Choisissez le mot de passe de votre compte.' : 'Choisissez votre nouveau mot de passe.'}
        </p>
        <ChoosePasswordForm purpose={purpose} token={token} />
      </div>
    </main>
  );
}
