import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { ActionKind } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS, ACTION_KINDS } from '@mutualis/domain/scheme/action';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../../../shared/forms/fields';

const KIND_OPTIONS = ACTION_KINDS.map((kind) => ({ value: kind, label: ACTION_KIND_LABELS[kind] }));

/** Starts a new action: its instrument decides which fields the form asks for. */
export function AddActionForm() {
  const navigate = useNavigate();
  const id = useId();
  const [kind, setKind] = useState<ActionKind>('SHARED_SERVICE');

  function start(event: FormEvent) {
    event.preventDefault();
    navigate(`actions/nouvelle?nature=${kind}`);
  }

  return (
    <form className="add-action" onSubmit={start} aria-label="Ajouter une action">
      <SelectField
        id={id}
        name="nature"
        label="Nature de la nouvelle action"
        value={kind}
        options={KIND_OPTIONS}
        onChange={(event) => setKind(event.target.value as ActionKind)}
      />
      <Button type="submit">Ajouter une action</Button>
    </form>
  );
}
