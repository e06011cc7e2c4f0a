/**
 * The pages anyone may open, signed in or not, outside the application shell (router.tsx): they
 * never read the session, which early.ts therefore does not start for them.
 */
export const PUBLIC_PAGES = {
  login: '/connexion',
  // Opened from a mail, signed out: the token is in the URL's fragment.
  invitation: '/invitation',
  passwordReset: '/mot-de-passe/nouveau',
  forgottenPassword: '/mot-de-passe/oublie',
  accessibility: '/accessibilite',
  legalNotice: '/mentions-legales',
  personalData: '/donnees-personnelles',
} as const;
