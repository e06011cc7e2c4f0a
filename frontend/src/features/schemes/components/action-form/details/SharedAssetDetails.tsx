import { TextField } from '../../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../../shared/ui/ChoiceGroup';
import { ACQUISITION_CHARGE_LABELS } from '@mutualis/domain/scheme/action';
import { optionsOf } from '../../../labels';
import { FigureField, YearSelect } from '../controls';
import { useActionForm } from '../formContext';

/** Equipment owned by the EPCI and shared under a règlement de mise à disposition (L5211-4-3). */
export function SharedAssetDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const { details: d, years } = editor.draft;
  return (
    <>
      <ChoiceGroup
        legend="Imputation de l’acquisition"
        value={d.acquisitionCharge}
        onChange={(acquisitionCharge) => editDetails({ acquisitionCharge })}
        choices={optionsOf(ACQUISITION_CHARGE_LABELS)}
      />
      <div className="inline-fields">
      <FigureField id={idOf('acquisition')} label="Coût d’acquisition (€)" value={d.acquisition} onChange={(acquisition) => editDetails({ acquisition })} />
      <YearSelect id={idOf('acquisitionYear')} label="Année d’acquisition" value={d.acquisitionYear} years={years} onChange={(acquisitionYear) => editDetails({ acquisitionYear })} />
      <TextField
        id={idOf('depreciationYears')}
        name="depreciationYears"
        label="Durée d’amortissement (années)"
        inputMode="numeric"
        value={d.depreciationYears}
        onChange={(e) => editDetails({ depreciationYears: e.target.value })}
      />
      <FigureField id={idOf('runningCost')} label="Coût de fonctionnement annuel (€)" value={d.runningCost} onChange={(runningCost) => editDetails({ runningCost })} />
      </div>
      <p className="field-hint">
        Amorti, le bien est remboursé par annuités égales (la dernière ajustée au centime) pendant les années de l’action ; ce qui reste à amortir après l’action est indiqué dans le
        détail du calcul.
      </p>
    </>
  );
}
