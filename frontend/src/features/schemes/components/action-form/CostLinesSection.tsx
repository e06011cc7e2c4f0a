import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { ExpenseNature } from '@mutualis/domain/costing/types';
import type { EnteredCostLine } from '@mutualis/domain/scheme/action';
import { SelectField, TextField } from '../../../../shared/forms/fields';
import { COST_LINE_LABELS, NATURE_LABELS } from '@mutualis/domain/scheme/labels';
import { optionsOf } from '../../labels';
import { newCostLine, type CostLineDraft } from '../../model/actionDraft';
import { KIND_FORMS } from '../../model/kinds';
import { FigureField, FormSection, YearSelect } from './controls';
import { useActionForm } from './formContext';

const NATURE_OPTIONS = optionsOf(NATURE_LABELS);
const ADD_LABELS: Record<EnteredCostLine['kind'], string> = {
  staff: 'Ajouter du personnel',
  yearly: 'Ajouter une dépense annuelle',
  oneOff: 'Ajouter une dépense ponctuelle',
};

/** The action's own costs: staff (ETP × loaded cost), yearly running costs, one-off expenses. */
export function CostLinesSection() {
  const { editor, idOf } = useActionForm();
  const { draft } = editor;
  const setLines = (change: (lines: CostLineDraft[]) => CostLineDraft[]) => editor.update((current) => ({ ...current, costLines: change(current.costLines) }));

  return (
    <FormSection id={idOf('costLines')} legend="Coûts" problems={[]} hint={KIND_FORMS[draft.kind].costLinesHint}>
      {draft.costLines.length === 0 && <p className="muted">Aucune ligne de coût.</p>}
      {draft.costLines.map((line, i) => (
        <CostLineFields
          key={line.id}
          line={line}
          index={i}
          onChange={(change) => setLines((lines) => lines.map((l) => (l.id === line.id ? { ...l, ...change } : l)))}
          onRemove={() => setLines((lines) => lines.filter((l) => l.id !== line.id))}
        />
      ))}
      <div className="row-actions">
        {(Object.keys(ADD_LABELS) as EnteredCostLine['kind'][]).map((kind) => (
          <Button key={kind} type="button" size="small" variant="bordered" color="neutral" onClick={() => setLines((lines) => [...lines, newCostLine(kind, draft.years)])}>
            {ADD_LABELS[kind]}
          </Button>
        ))}
      </div>
    </FormSection>
  );
}

interface CostLineFieldsProps {
  line: CostLineDraft;
  index: number;
  onChange: (change: Partial<CostLineDraft>) => void;
  onRemove: () => void;
}

function CostLineFields({ line, index, onChange, onRemove }: CostLineFieldsProps) {
  const { editor, idOf, problemsIn } = useActionForm();
  const years = editor.draft.years;
  const section = `costLines.${index}`;
  const id = (field: string) => idOf(`${section}-${field}`);
  const nature = (
    <SelectField
      id={id('nature')}
      name={id('nature')}
      label="Nature de la dépense"
      value={line.nature}
      options={NATURE_OPTIONS}
      onChange={(e) => onChange({ nature: e.target.value as ExpenseNature })}
    />
  );
  const range = (
    <>
      <YearSelect id={id('first')} label="De" value={line.years.first} years={years} onChange={(first) => onChange({ years: { ...line.years, first } })} />
      <YearSelect id={id('last')} label="À" value={line.years.last} years={years} onChange={(last) => onChange({ years: { ...line.years, last } })} />
    </>
  );
  const indexation = (
    <FigureField id={id('indexation')} label="Indexation annuelle (%, facultative)" value={line.indexation} onChange={(indexation) => onChange({ indexation })} />
  );

  return (
    <FormSection id={idOf(section)} legend={`Ligne de coût ${index + 1} : ${COST_LINE_LABELS[line.kind].toLowerCase()}`} problems={problemsIn(section)}>
      <TextField id={id('label')} name={id('label')} label="Libellé" value={line.label} maxLength={120} onChange={(e) => onChange({ label: e.target.value })} />
      {line.kind === 'staff' && (
        <div className="inline-fields">
          <FigureField id={id('etp')} label="ETP" value={line.etp} onChange={(etp) => onChange({ etp })} />
          <FigureField id={id('loaded')} label="Coût annuel chargé d’un ETP (€)" value={line.loadedCost} onChange={(loadedCost) => onChange({ loadedCost })} />
          {range}
          {indexation}
        </div>
      )}
      {line.kind === 'yearly' && (
        <div className="inline-fields">
          <FigureField id={id('amount')} label="Montant annuel (€)" value={line.amount} onChange={(amount) => onChange({ amount })} />
          {nature}
          {range}
          {indexation}
        </div>
      )}
      {line.kind === 'oneOff' && (
        <div className="inline-fields">
          <FigureField id={id('amount')} label="Montant (€)" value={line.amount} onChange={(amount) => onChange({ amount })} />
          {nature}
          <YearSelect id={id('year')} label="Année" value={line.year} years={years} onChange={(year) => onChange({ year })} />
        </div>
      )}
      <Button type="button" size="small" variant="bordered" color="error" onClick={onRemove}>
        Retirer la ligne de coût {index + 1}
      </Button>
    </FormSection>
  );
}
