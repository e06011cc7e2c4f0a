import { describeFee, serviceLabel } from '@mutualis/domain/opsn/opsn';
import type { PopulationKind } from '@mutualis/domain/costing/types';
import { Link } from 'react-router';
import { SelectField } from '../../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../../shared/ui/ChoiceGroup';
import { OPSN_PAYER_LABELS, POPULATION_CHOICE_LABELS } from '@mutualis/domain/scheme/labels';
import { optionsOf } from '../../../labels';
import { serviceKey } from '../../../model/kind-forms/opsn-membership';
import { feeOf } from '../../../model/schemeContext';
import { Checkbox } from '../controls';
import { useActionForm } from '../formContext';

/** Joining an OPSN of the EPCI's registry: which services, at the registry's fees, paid by whom. */
export function OpsnMembershipDetails({ epciId }: { epciId: string }) {
  const { editor, idOf, editDetails } = useActionForm();
  const d = editor.draft.details;
  const opsns = editor.env.opsns;
  const opsn = opsns.find((o) => o.id === d.opsnId);
  const perDay = opsn?.services.some((s) => d.services.includes(serviceKey(s)) && s.fee?.kind === 'BASE_PLUS_PER_DAY');

  if (opsns.length === 0) {
    return (
      <p>
        Le registre des OPSN de l’intercommunalité est vide. <Link to={`/epci/${epciId}/opsn`}>Ajoutez d’abord l’OPSN et ses tarifs au registre</Link>,
        puis revenez à cette action.
      </p>
    );
  }
  return (
    <>
      <SelectField
        id={idOf('opsnId')}
        name="opsnId"
        label="OPSN"
        value={d.opsnId}
        options={opsns.map((o) => ({ value: o.id, label: o.name }))}
        placeholder="Choisir un OPSN du registre"
        onChange={(e) => editDetails({ opsnId: e.target.value, services: [] })}
      />
      {opsn && (
        <fieldset className="choice-group">
          <legend className="field-label">Services choisis, aux tarifs du registre</legend>
          {opsn.services.map((service) => {
            const key = serviceKey(service);
            const fee = feeOf(service);
            return (
              <Checkbox
                key={key}
                label={`${serviceLabel(service)} — ${fee ? describeFee(fee) : 'tarif non renseigné dans le registre'}`}
                checked={d.services.includes(key)}
                disabled={!fee}
                onChange={(on) => editDetails({ services: on ? [...d.services, key] : d.services.filter((s) => s !== key) })}
              />
            );
          })}
        </fieldset>
      )}
      <ChoiceGroup legend="Qui paie les cotisations" value={d.payer} onChange={(payer) => editDetails({ payer })} choices={optionsOf(OPSN_PAYER_LABELS)} />
      <div className="inline-fields">
        <SelectField
          id={idOf('opsnPopulation')}
          name="opsnPopulation"
          label="Population retenue pour les tarifs par habitant"
          value={d.population}
          options={optionsOf(POPULATION_CHOICE_LABELS)}
          onChange={(e) => editDetails({ population: e.target.value as PopulationKind })}
        />
        {perDay && (
          <SelectField
            id={idOf('daysMetric')}
            name="daysMetric"
            label="Métrique donnant les jours de chaque commune"
            value={d.daysMetric}
            options={editor.env.metrics.map((m) => ({ value: m.key, label: m.label }))}
            placeholder="Choisir une métrique"
            onChange={(e) => editDetails({ daysMetric: e.target.value })}
          />
        )}
      </div>
    </>
  );
}
