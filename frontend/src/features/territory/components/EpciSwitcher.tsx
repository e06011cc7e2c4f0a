import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { SessionMembership } from '../../auth/session';

interface EpciSwitcherProps {
  memberships: readonly SessionMembership[];
  currentEpciId: string | undefined;
}

/**
 * Changing EPCI is an explicit submit, not a navigation on change, so that keyboard users can
 * browse the options without leaving the page (WCAG 3.2.2).
 */
export function EpciSwitcher({ memberships, currentEpciId }: EpciSwitcherProps) {
  const navigate = useNavigate();
  const selectId = useId();
  const [selected, setSelected] = useState(currentEpciId ?? memberships[0]?.epci.id ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected) navigate(`/epci/${selected}`);
  }

  return (
    <form className="epci-switcher" onSubmit={submit} aria-label="Changer d'intercommunalité">
      <label htmlFor={selectId} className="visually-hidden">
        Intercommunalité
      </label>
      <select id={selectId} className="native-select" value={selected} onChange={(e) => setSelected(e.target.value)}>
        {memberships.map(({ epci }) => (
          <option key={epci.id} value={epci.id}>
            {epci.name}
          </option>
        ))}
      </select>
      <Button type="submit" size="small" variant="secondary">
        Changer
      </Button>
    </form>
  );
}
