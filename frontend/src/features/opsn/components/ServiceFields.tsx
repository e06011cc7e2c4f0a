import { Button } from '@gouvfr-lasuite/cunningham-react';
import { FEE_KIND_LABELS, SERVICE_KIND_LABELS, type FeeKind } from '@mutualis/domain/opsn/opsn';
import type { ChangeEvent } from 'react';
import { SelectField, TextField } from '../../../shared/forms/fields';
import type { ServiceDraft } from '../opsnForm';

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const SERVICE_KIND_OPTIONS = optionsOf(SERVICE_KIND_LABELS);
const FEE_KIND_OPTIONS = optionsOf(FEE_KIND_LABELS);

/** What the amount is, by fee kind: the label says the unit. */
const AMOUNT_LABELS: Record<FeeKind, string> = {
  PER_INHABITANT: 'Montant par habitant et par an (€)',
  FLAT_PER_MEMBER: 'Forfait annuel par commune membre (€)',
  FLAT_EPCI: "Forfait annuel pour l'intercommunalité (€)",
  BASE_PLUS_PER_DAY: 'Forfait annuel par commune membre (€)',
};

/** A field of one service row, bound by the form. */
export interface BoundServiceField {
  id: string;
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

interface ServiceFieldsProps {
  number: number;
  service: ServiceDraft;
  field: (name: Exclude<keyof ServiceDraft, 'rowKey'>) => BoundServiceField;
  onRemove: () => void;
}

/** One service of an OPSN: what it is and how it is priced. */
export function ServiceFields({ number, service, field, onRemove }: ServiceFieldsProps) {
  return (
    <fieldset className="service-fields">
      <legend>Service {number}</legend>
      <SelectField {...field('kind')} label="Service" options={SERVICE_KIND_OPTIONS} placeholder="Choisir un service" required />
      <TextField
        {...field('label')}
        label="Précision (facultatif)"
        hint="Obligatoire pour « Autre service ». Par exemple : parapheur électronique."
        autoComplete="off"
      />
      <SelectField {...field('feeKind')} label="Tarif" options={FEE_KIND_OPTIONS} placeholder="Tarif non renseigné" />
      {service.feeKind && (
        <TextField
          {...field('amount')}
          label={AMOUNT_LABELS[service.feeKind]}
          hint="Par exemple : 1,10."
          inputMode="decimal"
          autoComplete="off"
          required
        />
      )}
      {service.feeKind === 'BASE_PLUS_PER_DAY' && (
        <TextField
          {...field('perDay')}
          label="Prix par jour de travail (€)"
          hint="Par exemple : 250."
          inputMode="decimal"
          autoComplete="off"
          required
        />
      )}
      <Button type="button" size="small" color="error" variant="bordered" onClick={onRemove}>
        Retirer le service {number}
      </Button>
    </fieldset>
  );
}
