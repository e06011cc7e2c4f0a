import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * While changes are unsaved, asks before leaving the page: the browser's own prompt when the
 * page is closed or reloaded, a confirmation when following a link inside the application.
 */
export function useUnsavedChangesWarning(unsaved: boolean) {
  // Signing out, or a session that ended, leads to the login page: the changes are lost anyway.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && nextLocation.pathname !== currentLocation.pathname && nextLocation.pathname !== '/connexion',
  );
  const modals = useModals();

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void modals
      .confirmationModal({
        title: 'Quitter sans enregistrer ?',
        children: 'Vos modifications non enregistrées seront perdues.',
        hideCloseButton: true,
      })
      .then((decision) => (decision === 'yes' ? blocker.proceed() : blocker.reset()));
  }, [blocker, modals]);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
