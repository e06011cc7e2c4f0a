import { TextField } from '../../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../../shared/ui/ChoiceGroup';
import { DIRECTION_LABELS } from '@mutualis/domain/scheme/labels';
import { optionsOf } from '../../../labels';
import { FigureField } from '../controls';
import { useActionForm } from '../formContext';

/** A mise à disposition: reimbursed at unit operating cost × units used (D5211-16). */
export function ServiceProvisionDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const d = editor.draft.details;
  return (
    <>
      <ChoiceGroup legend="Sens de la mise à disposition" value={d.direction} onChange={(direction) => editDetails({ direction })} choices={optionsOf(DIRECTION_LABELS)} />
      <div className="inline-fields">
        <TextField
          id={idOf('unitLabel')}
          name="unitLabel"
          label="Unité d’œuvre (au pluriel)"
          hint="Par exemple « heures » ou « dossiers instruits »."
          value={d.unitLabel}
          maxLength={60}
          onChange={(e) => editDetails({ unitLabel: e.target.value })}
        />
        <FigureField
          id={idOf('unitCost')}
          label="Coût unitaire de fonctionnement (€)"
          hint="D’après le dernier compte administratif."
          value={d.unitCost}
          onChange={(unitCost) => editDetails({ unitCost })}
        />
      </div>
      <p className="field-hint">Les unités prévues par la convention se saisissent pour chaque commune dans le tableau des communes participantes.</p>
    </>
  );
}
