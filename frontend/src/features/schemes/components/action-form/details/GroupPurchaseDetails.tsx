import { Button } from '@gouvfr-lasuite/cunningham-react';
import { SelectField, TextField } from '../../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../../shared/ui/ChoiceGroup';
import { PURCHASE_MODE_LABELS } from '@mutualis/domain/scheme/action';
import { optionsOf } from '../../../labels';
import { newLot, type LotDraft } from '../../../model/kind-forms/group-purchase';
import { CellInput, FigureField, YearSelect } from '../controls';
import { useActionForm } from '../formContext';
import { TableScroll } from '../../TableScroll';
import { ofName } from '@mutualis/domain/text';

/** A groupement de commandes: coordinator, lots, each member's quantities, expected gain. */
export function GroupPurchaseDetails() {
  const { editor, idOf, editDetails } = useActionForm();
  const { details: d, participants, years } = editor.draft;
  const nameOf = (insee: string) => editor.env.communes.find((c) => c.insee === insee)?.name ?? insee;
  const setLot = (id: string, change: Partial<LotDraft>) => editDetails({ lots: d.lots.map((lot) => (lot.id === id ? { ...lot, ...change } : lot)) });

  return (
    <>
      <SelectField
        id={idOf('coordinator')}
        name="coordinator"
        label="Coordonnateur du groupement"
        value={d.coordinator}
        options={[{ value: 'EPCI', label: 'L’intercommunalité' }, ...participants.map((insee) => ({ value: insee, label: nameOf(insee) }))]}
        onChange={(e) => editDetails({ coordinator: e.target.value })}
      />
      {d.lots.map((lot, i) => (
        <fieldset key={lot.id} className="nested-row">
          <legend className="field-label">Lot {i + 1}</legend>
          <div className="inline-fields">
            <TextField
              id={idOf(`lot-${lot.id}-label`)}
              name={idOf(`lot-${lot.id}-label`)}
              label={`Lot ${i + 1} : désignation`}
              hint="Par exemple « Postes de travail reconditionnés »."
              value={lot.label}
              maxLength={120}
              onChange={(e) => setLot(lot.id, { label: e.target.value })}
            />
            <FigureField id={idOf(`lot-${lot.id}-price`)} label={`Lot ${i + 1} : prix unitaire seul (€)`} value={lot.unitPrice} onChange={(unitPrice) => setLot(lot.id, { unitPrice })} />
          </div>
          {d.lots.length > 1 && (
            <Button type="button" size="small" variant="bordered" color="error" onClick={() => editDetails({ lots: d.lots.filter((l) => l.id !== lot.id) })}>
              Retirer le lot {i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="row-actions">
        <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => editDetails({ lots: [...d.lots, newLot()] })}>
          Ajouter un lot
        </Button>
      </div>
      <ChoiceGroup legend="Nature de l’achat" value={d.purchase} onChange={(purchase) => editDetails({ purchase })} choices={optionsOf(PURCHASE_MODE_LABELS)} />
      {d.purchase === 'ONE_OFF' && (
        <YearSelect id={idOf('purchaseYear')} label="Année de l’achat" value={d.purchaseYear} years={years} onChange={(purchaseYear) => editDetails({ purchaseYear })} />
      )}
      <QuantitiesTable lots={d.lots} participants={participants} nameOf={nameOf} onChange={setLot} recurring={d.purchase === 'RECURRING'} />
      <div className="inline-fields">
        <FigureField
          id={idOf('expectedGain')}
          label="Gain attendu du groupement (%)"
          hint="Baisse de prix par rapport à un achat seul."
          value={d.expectedGain}
          onChange={(expectedGain) => editDetails({ expectedGain })}
        />
        <TextField
          id={idOf('contractYears')}
          name="contractYears"
          label="Durée du marché (années)"
          hint="Des besoins récurrents sont comptés chaque année du marché, à partir de la première année de l’action."
          inputMode="numeric"
          value={d.contractYears}
          onChange={(e) => editDetails({ contractYears: e.target.value })}
        />
      </div>
    </>
  );
}

interface QuantitiesTableProps {
  lots: LotDraft[];
  participants: string[];
  nameOf: (insee: string) => string;
  onChange: (lotId: string, change: Partial<LotDraft>) => void;
  recurring: boolean;
}

/** Each member's own needs, lot by lot (quantities a year, or bought once). */
function QuantitiesTable({ lots, participants, nameOf, onChange, recurring }: QuantitiesTableProps) {
  if (participants.length === 0) return <p className="field-hint">Cochez les communes membres du groupement pour saisir leurs besoins.</p>;
  return (
    <TableScroll label="Besoins de chaque membre">
        <table className="data-table data-table--compact">
          <caption>Besoins de chaque membre ({recurring ? 'quantités par an' : 'quantités achetées une fois'})</caption>
          <thead>
            <tr>
              <th scope="col">Commune</th>
              {lots.map((lot, i) => (
                <th key={lot.id} scope="col">
                  {lot.label.trim() || `Lot ${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {participants.map((insee) => (
              <tr key={insee}>
                <th scope="row">{nameOf(insee)}</th>
                {lots.map((lot, i) => (
                  <td key={lot.id}>
                    <CellInput
                      label={`Quantité ${ofName(nameOf(insee))} pour le lot ${i + 1}`}
                      value={lot.quantities[insee] ?? ''}
                      onChange={(quantity) => onChange(lot.id, { quantities: { ...lot.quantities, [insee]: quantity } })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
    </TableScroll>
  );
}
