import type { PopulationKind } from '@mutualis/domain/costing/types';
import { SelectField } from '../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../shared/ui/ChoiceGroup';
import { POPULATION_CHOICE_LABELS, STATUS_QUO_LABELS } from '@mutualis/domain/scheme/labels';
import { optionsOf } from '../../labels';
import type { StatusQuoDraft } from '../../model/actionDraft';
import { FigureField, FormSection } from './controls';
import { useActionForm } from './formContext';

const RULES = optionsOf(STATUS_QUO_LABELS);
const POPULATION_OPTIONS = optionsOf(POPULATION_CHOICE_LABELS);

/** What each commune pays today, or would pay alone: the basis of the savings shown. */
export function StatusQuoSection() {
  const { editor, idOf, problemsIn } = useActionForm();
  const { statusQuo } = editor.draft;
  const metrics = editor.env.metrics.map((m) => ({ value: m.key, label: m.label }));
  const set = (change: Partial<StatusQuoDraft>) => editor.update((current) => ({ ...current, statusQuo: { ...current.statusQuo, ...change } }));

  return (
    <FormSection
      id={idOf('statusQuo')}
      legend="Situation actuelle"
      problems={problemsIn('statusQuo')}
      hint="Ce que chaque commune dépense aujourd’hui pour ce besoin, ou dépenserait seule, chaque année : c’est la base des économies affichées."
    >
      <ChoiceGroup legend="Comment l’obtenir" value={statusQuo.kind} onChange={(kind) => set({ kind })} choices={RULES} />
      {statusQuo.kind === 'ENTERED' && <p className="field-hint">Saisissez le montant annuel de chaque commune dans le tableau des communes participantes.</p>}
      {statusQuo.kind === 'FLAT' && (
        <FigureField id={idOf('statusQuo-amount')} label="Montant annuel par commune (€)" value={statusQuo.amount} onChange={(amount) => set({ amount })} />
      )}
      {statusQuo.kind === 'PER_INHABITANT' && (
        <div className="inline-fields">
          <SelectField
            id={idOf('statusQuo-population')}
            name="statusQuo-population"
            label="Population"
            value={statusQuo.population}
            options={POPULATION_OPTIONS}
            onChange={(e) => set({ population: e.target.value as PopulationKind })}
          />
          <FigureField id={idOf('statusQuo-rate')} label="Montant par habitant et par an (€)" value={statusQuo.rate} onChange={(rate) => set({ rate })} />
        </div>
      )}
      {statusQuo.kind === 'METRIC' && (
        <div className="inline-fields">
          <SelectField
            id={idOf('statusQuo-metric')}
            name="statusQuo-metric"
            label="Métrique d’usage"
            value={statusQuo.metric}
            options={metrics}
            placeholder="Choisir une métrique"
            onChange={(e) => set({ metric: e.target.value })}
          />
          <FigureField id={idOf('statusQuo-unitPrice')} label="Prix unitaire (€)" value={statusQuo.unitPrice} onChange={(unitPrice) => set({ unitPrice })} />
        </div>
      )}
    </FormSection>
  );
}
