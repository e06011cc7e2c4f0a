import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { PaymentMode } from '@mutualis/domain/costing/types';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { formatInteger } from '../../../../shared/format/french';
import { PAYMENT_LABELS } from '@mutualis/domain/scheme/labels';
import { entryOf, type CommuneEntry } from '../../model/actionDraft';
import { acDeductionAllowed, KIND_FORMS } from '../../model/kinds';
import type { CommuneRef } from '../../model/schemeContext';
import { CellInput, Checkbox, FormSection } from './controls';
import { useActionForm } from './formContext';
import { TableScroll } from '../TableScroll';
import { ofName } from '@mutualis/domain/text';

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The figures typed per commune that this kind of action and its rule need. */
function useEntryColumns() {
  const { editor } = useActionForm();
  const { draft, env } = editor;
  const form = KIND_FORMS[draft.kind];
  return {
    payment: acDeductionAllowed(draft.kind, env.taxRegime),
    statusQuo: form.statusQuo && draft.statusQuo.kind === 'ENTERED',
    etp: form.staff,
    units: form.forecastUnits,
    percent: form.enteredRule && draft.allocation.kind === 'split' && draft.allocation.key.kind === 'percentages',
    bounds: form.enteredRule && draft.allocation.kind === 'split' && draft.allocation.boundsByCommune,
  };
}

/**
 * Who takes part, with what each commune brings: payment mode, status quo, staff, units, percent,
 * its own floor and ceiling.
 * Ticking and unticking is the what-if: the preview shows the effect on everyone at once.
 */
export function ParticipantsSection() {
  const { editor, idOf, problemsIn, readOnly } = useActionForm();
  const { draft, env } = editor;
  const searchId = useId();
  const [search, setSearch] = useState('');
  const columns = useEntryColumns();
  const shown = useMemo(() => {
    const wanted = folded(search.trim());
    return env.communes.filter((c) => !wanted || folded(c.name).includes(wanted) || c.insee.startsWith(wanted));
  }, [env.communes, search]);
  const taking = new Set(draft.participants);

  function setParticipants(next: Set<string>) {
    editor.update((current) => ({
      ...current,
      participants: env.communes.filter((c) => next.has(c.insee)).map((c) => c.insee),
      entries: Object.fromEntries(env.communes.filter((c) => next.has(c.insee) || current.entries[c.insee]).map((c) => [c.insee, entryOf(current, c.insee)])),
    }));
  }
  const toggle = (insee: string, on: boolean) => {
    const next = new Set(taking);
    if (on) next.add(insee);
    else next.delete(insee);
    setParticipants(next);
  };
  const tickShown = (on: boolean) => setParticipants(new Set(on ? [...taking, ...shown.map((c) => c.insee)] : [...taking].filter((insee) => !shown.some((c) => c.insee === insee))));

  return (
    // Read-only, the search still works: it helps to read the table.
    <FormSection id={idOf('participants')} legend="Communes participantes" problems={problemsIn('participants')} disablesOwnControls>
      <p aria-live="polite" className="participants-count">
        {draft.participants.length} commune{draft.participants.length > 1 ? 's' : ''} sur {env.communes.length} participe
        {draft.participants.length > 1 ? 'nt' : ''}.
      </p>
      <div className="participants-tools">
        <div className="form-field">
          <label className="field-label" htmlFor={searchId}>
            Rechercher une commune (nom ou code INSEE)
          </label>
          <input id={searchId} className="native-input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
        </div>
        {!readOnly && (
          <div className="row-actions">
            {search.trim() ? (
              <>
                <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => tickShown(true)}>
                  Cocher les {shown.length} communes affichées
                </Button>
                <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => tickShown(false)}>
                  Décocher les communes affichées
                </Button>
              </>
            ) : (
              <>
                <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => setParticipants(new Set(env.communes.map((c) => c.insee)))}>
                  Toutes les communes
                </Button>
                <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => setParticipants(new Set())}>
                  Aucune commune
                </Button>
              </>
            )}
          </div>
        )}
      </div>
      <TableScroll label="Communes participantes">
        <table className="data-table data-table--compact">
          <caption>Participation et données de chaque commune{search.trim() ? ` (${shown.length} affichées)` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Participe</th>
              <th scope="col">Commune</th>
              <th scope="col" className="numeric">Population municipale</th>
              {columns.payment && <th scope="col">Paiement</th>}
              {columns.statusQuo && <th scope="col">Situation actuelle (€ par an)</th>}
              {columns.etp && <th scope="col">ETP transférés</th>}
              {columns.units && <th scope="col">Unités prévues par an</th>}
              {columns.percent && <th scope="col">Pourcentage de la clé</th>}
              {columns.bounds && <th scope="col">Plancher propre (€ par an)</th>}
              {columns.bounds && <th scope="col">Plafond propre (€ par an)</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((commune) => (
              <ParticipantRow key={commune.insee} commune={commune} taking={taking.has(commune.insee)} onToggle={(on) => toggle(commune.insee, on)} columns={columns} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </FormSection>
  );
}

interface ParticipantRowProps {
  commune: CommuneRef;
  taking: boolean;
  onToggle: (on: boolean) => void;
  columns: ReturnType<typeof useEntryColumns>;
}

function ParticipantRow({ commune, taking, onToggle, columns }: ParticipantRowProps) {
  const { editor, readOnly } = useActionForm();
  const entry = entryOf(editor.draft, commune.insee);
  const set = (change: Partial<CommuneEntry>) =>
    editor.update((current) => ({
      ...current,
      entries: { ...current.entries, [commune.insee]: { ...entryOf(current, commune.insee), ...change } },
    }));
  const cell = (shown: boolean, content: ReactNode) => shown && <td>{taking ? content : <span className="muted">—</span>}</td>;
  const name = commune.name;

  return (
    <tr className={taking ? 'row--highlighted' : undefined}>
      <td>
        <Checkbox label="" ariaLabel={`${name} participe`} checked={taking} disabled={readOnly} onChange={onToggle} />
      </td>
      <th scope="row">{name}</th>
      <td className="numeric">{formatInteger(commune.populationMunicipale)}</td>
      {cell(
        columns.payment,
        <select
          className="native-select native-select--compact"
          aria-label={`Paiement ${ofName(name)}`}
          value={entry.payment}
          disabled={readOnly}
          onChange={(e) => set({ payment: e.target.value as PaymentMode })}
        >
          {(['INVOICE', 'AC_DEDUCTION'] as const).map((mode) => (
            <option key={mode} value={mode}>
              {PAYMENT_LABELS[mode]}
            </option>
          ))}
        </select>,
      )}
      {cell(columns.statusQuo, <CellInput disabled={readOnly} label={`Situation actuelle ${ofName(name)}, en euros par an`} value={entry.statusQuo} onChange={(statusQuo) => set({ statusQuo })} />)}
      {cell(columns.etp, <CellInput disabled={readOnly} label={`ETP transférés par ${name}`} value={entry.etpTransferred} onChange={(etpTransferred) => set({ etpTransferred })} />)}
      {cell(columns.units, <CellInput disabled={readOnly} label={`Unités prévues par an pour ${name}`} value={entry.forecastUnits} onChange={(forecastUnits) => set({ forecastUnits })} />)}
      {cell(columns.percent, <CellInput disabled={readOnly} label={`Pourcentage ${ofName(name)}`} value={entry.percent} onChange={(percent) => set({ percent })} />)}
      {cell(columns.bounds, <CellInput disabled={readOnly} label={`Plancher ${ofName(name)}, en euros par an`} value={entry.floor} onChange={(floor) => set({ floor })} />)}
      {cell(columns.bounds, <CellInput disabled={readOnly} label={`Plafond ${ofName(name)}, en euros par an`} value={entry.ceiling} onChange={(ceiling) => set({ ceiling })} />)}
    </tr>
  );
}
