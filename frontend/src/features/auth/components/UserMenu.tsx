import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { useLogout } from '../hooks/useLogout';
import { roleLabels } from '../labels';
import type { SessionMembership, SessionUser } from '../session';

interface UserMenuProps {
  user: SessionUser;
  /** The membership of the EPCI on screen, if any: its role is the one shown. */
  membership: SessionMembership | undefined;
}

function describeRole(user: SessionUser, membership: SessionMembership | undefined): string {
  if (!membership) return user.isOperator ? 'Opérateur de la plateforme' : '';
  const role = roleLabels[membership.role];
  return membership.commune ? `${role} – ${membership.commune.name}` : role;
}

/** A disclosure (not an ARIA menu): a button revealing the account panel. */
export function UserMenu({ user, membership }: UserMenuProps) {
  const logout = useLogout();
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const role = describeRole(user, membership);

  useEffect(() => {
    if (!open) return;
    function closeOnOutside(event: PointerEvent | FocusEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', closeOnOutside);
    document.addEventListener('focusin', closeOnOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      document.removeEventListener('focusin', closeOnOutside);
    };
  }, [open]);

  async function signOut() {
    try {
      await logout();
    } catch (failure) {
      setError(apiErrorMessage(failure));
    }
  }

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="user-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="user-menu__name">{user.name}</span>
        {role && <span className="user-menu__role">{role}</span>}
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p className="user-menu__email">{user.email}</p>
        <p>
          <Link to="/compte" onClick={() => setOpen(false)}>
            Mon compte
          </Link>
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <Button color="neutral" variant="bordered" size="small" fullWidth onClick={signOut}>
          Se déconnecter
        </Button>
      </div>
    </div>
  );
}
