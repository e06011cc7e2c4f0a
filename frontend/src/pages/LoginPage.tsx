import { Link, useLocation, useNavigate } from 'react-router';
import { LoginForm } from '../features/auth/components/LoginForm';
import { homePath, type SessionUser } from '../features/auth/session';
import { SiteFooter } from '../features/legal/SiteFooter';
import { PageHeading } from '../shared/ui/PageHeading';

/** Set by the session guard: the page the user asked for before being sent here. */
export interface LoginRedirectState {
  from?: string;
}

export function LoginPage() {
  const navigate = useNavigate();
  const { state } = useLocation() as { state: LoginRedirectState | null };

  function goOn(user: SessionUser) {
    navigate(state?.from ?? homePath(user) ?? '/', { replace: true });
  }

  return (
    <>
      <main id="contenu" className="login-page">
        <div className="login-card">
          <p className="brand brand--large">Mutualis</p>
          <PageHeading>Connexion</PageHeading>
          <p className="login-intro">Préparez, chiffrez et versionnez le schéma de mutualisation de votre intercommunalité.</p>
          <LoginForm onSignedIn={goOn} />
          <p>
            <Link to="/mot-de-passe/oublie">Mot de passe oublié ?</Link>
          </p>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
