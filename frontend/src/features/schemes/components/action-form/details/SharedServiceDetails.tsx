import { SERVICE_FUNCTION_LABELS, type ServiceFunction } from '@mutualis/domain/scheme/action';
import { SelectField, TextField } from '../../../../../shared/forms/fields';
import { optionsOf } from '../../../labels';
import { Checkbox } from '../controls';
import { useActionForm } from '../formContext';

const FUNCTION_OPTIONS = optionsOf(SERVICE_FUNCTION_LABELS);

/** A service commun: its function and the convention's prerequisites. */
export function SharedServiceDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const d = editor.draft.details;
  return (
    <>
      <div className="inline-fields">
        <SelectField
          id={idOf('function')}
          name="function"
          label="Fonction mutualisée"
          value={d.function}
          options={FUNCTION_OPTIONS}
          onChange={(e) => editDetails({ function: e.target.value as ServiceFunction })}
        />
        <TextField
          id={idOf('functionLabel')}
          name="functionLabel"
          label="Précision (facultative)"
          value={d.functionLabel}
          maxLength={120}
          onChange={(e) => editDetails({ functionLabel: e.target.value })}
        />
      </div>
      <fieldset className="choice-group">
        <legend className="field-label">Prérequis de la convention (CGCT, art. L5211-4-2)</legend>
        <Checkbox label="Fiche d’impact réalisée" checked={d.impactSheetDone} onChange={(impactSheetDone) => editDetails({ impactSheetDone })} />
        <Checkbox
          label="Avis du comité social territorial obtenu"
          checked={d.cstOpinionObtained}
          onChange={(cstOpinionObtained) => editDetails({ cstOpinionObtained })}
        />
      </fieldset>
    </>
  );
}
