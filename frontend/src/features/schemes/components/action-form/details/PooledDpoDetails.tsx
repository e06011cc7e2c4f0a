import { DPO_PROVIDER_LABELS, type DpoProvider } from '@mutualis/domain/scheme/action';
import { SelectField, TextField } from '../../../../../shared/forms/fields';
import { optionsOf } from '../../../labels';
import { useActionForm } from '../formContext';

/** A pooled data-protection officer (GDPR art. 37.3): who provides it. */
export function PooledDpoDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const d = editor.draft.details;
  return (
    <div className="inline-fields">
      <SelectField
        id={idOf('provider')}
        name="provider"
        label="Prestataire du DPO"
        value={d.provider}
        options={optionsOf(DPO_PROVIDER_LABELS)}
        onChange={(e) => editDetails({ provider: e.target.value as DpoProvider })}
      />
      <TextField
        id={idOf('providerName')}
        name="providerName"
        label="Nom du prestataire (facultatif)"
        value={d.providerName}
        maxLength={200}
        onChange={(e) => editDetails({ providerName: e.target.value })}
      />
    </div>
  );
}
