import { JOURNAL_KINDS } from '@mutualis/domain/audit/journal';
import { useId } from 'react';
import { DateField, SelectField } from '../../../shared/forms/fields';
import type { JournalFilter } from '../hooks/useJournal';

const KIND_OPTIONS = Object.entries(JOURNAL_KINDS).map(([value, kind]) => ({ value, label: kind.label }));

interface JournalFiltersProps {
  filter: JournalFilter;
  people: readonly { id: string; name: string }[];
  onChange: (change: Partial<JournalFilter>) => void;
}

/** Narrowing the journal: each choice applies at once and is kept in the address, so Back restores it. */
export function JournalFilters({ filter, people, onChange }: JournalFiltersProps) {
  const id = useId();
  return (
    <form className="journal-filters" aria-label="Filtrer le journal" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id={`${id}-person`}
        name="personne"
        label="Personne"
        value={filter.actorId}
        placeholder="Toutes les personnes"
        options={people.map((person) => ({ value: person.id, label: person.name }))}
        onChange={(event) => onChange({ actorId: event.target.value })}
      />
      <SelectField
        id={`${id}-kind`}
        name="type"
        label="Type de changement"
        value={filter.kind}
        placeholder="Tous les changements"
        options={KIND_OPTIONS}
        onChange={(event) => onChange({ kind: event.target.value })}
      />
      <DateField id={`${id}-from`} name="du" label="Du" value={filter.from} max={filter.to || undefined} onChange={(event) => onChange({ from: event.target.value })} />
      <DateField id={`${id}-to`} name="au" label="Au" value={filter.to} min={filter.from || undefined} onChange={(event) => onChange({ to: event.target.value })} />
    </form>
  );
}
