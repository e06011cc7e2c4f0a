import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { createContext, useCallback, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

/** Tells the guard whether one part of the page (a table, a form, a dialog) holds unsaved changes. */
type Report = (source: string, unsaved: boolean) => void;

const UnsavedChangesContext = createContext<Report | null>(null);

/**
 * While any part of the page holds unsaved changes, asks before leaving it: the browser's own
 * prompt when the page is closed or reloaded, a confirmation when following a link inside the
 * application. One guard for the whole application, because react-router honours only one
 * blocker at a time: a page with a table and an open dialog would otherwise lose one of them.
 * The sources are kept in a ref, read when a navigation happens, so that a form may navigate
 * right after saving without waiting for the guard to render again.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const sources = useRef(new Set<string>());
  const report = useCallback<Report>((source, unsaved) => {
    if (unsaved) sources.current.add(source);
    else sources.current.delete(source);
  }, []);
  // Signing out, or a session that ended, leads to the login page: the changes are lost anyway.
  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        sources.current.size > 0 && nextLocation.pathname !== currentLocation.pathname && nextLocation.pathname !== '/connexion',
      [],
    ),
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
    const warn = (event: BeforeUnloadEvent) => {
      if (sources.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return <UnsavedChangesContext.Provider value={report}>{children}</UnsavedChangesContext.Provider>;
}

/** Declares that this component holds unsaved changes while `unsaved` is true (see UnsavedChangesGuard). */
export function useUnsavedChangesWarning(unsaved: boolean) {
  const report = useContext(UnsavedChangesContext);
  if (!report) throw new Error('useUnsavedChangesWarning is used outside UnsavedChangesGuard');
  const source = useId();
  useEffect(() => {
    report(source, unsaved);
    return () => report(source, false);
  }, [report, source, unsaved]);
}
