import { SelectField, type SelectOption } from '../../../shared/forms/fields';
import { roleOptions } from '../../auth/labels';

type BoundField = Omit<Parameters<typeof SelectField>[0], 'label' | 'options'>;

interface RoleFieldsProps {
  role: BoundField;
  commune: BoundField;
  communeOptions: readonly SelectOption[];
}

/** Role, plus the commune picker that only a commune reviewer needs. */
export function RoleFields({ role, commune, communeOptions }: RoleFieldsProps) {
  return (
    <>
      <SelectField {...role} label="Rôle" options={roleOptions} placeholder="Choisir un rôle" required />
      {role.value === 'REVIEWER' && (
        <SelectField
          {...commune}
          label="Commune représentée"
          options={communeOptions}
          placeholder="Choisir une commune"
          required
        />
      )}
    </>
  );
}
