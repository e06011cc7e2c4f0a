import { TextField } from '../../../../../shared/forms/fields';
import { FigureField, YearSelect } from '../controls';
import { useActionForm } from '../formContext';

/** Equipment owned by the EPCI and shared under a règlement de mise à disposition (L5211-4-3). */
export function SharedAssetDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const { details: d, years } = editor.draft;
  return (
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
  );
}
