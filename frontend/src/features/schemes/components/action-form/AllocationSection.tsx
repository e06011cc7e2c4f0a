import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { DeviceKind, PopulationKind, PriceComponent } from '@mutualis/domain/costing/types';
import { SelectField } from '../../../../shared/forms/fields';
import { ChoiceGroup } from '../../../../shared/ui/ChoiceGroup';
import {
  DEVICE_CHOICE_LABELS,
  EPCI_SHARE_LABELS,
  KEY_KIND_LABELS,
  PAID_TO_LABELS,
  POPULATION_CHOICE_LABELS,
  PRICE_KIND_LABELS,
} from '@mutualis/domain/scheme/labels';
import { optionsOf } from '../../labels';
import { newBand, newPrice, newRowId, type AllocationDraft, type KeyDraft, type KeyPartDraft, type PriceDraft, type SimpleKeyKind } from '../../model/actionDraft';
import { Checkbox, FigureField, FormSection } from './controls';
import { useActionForm } from './formContext';

const KEY_OPTIONS = optionsOf(KEY_KIND_LABELS);
const SIMPLE_KEY_OPTIONS = KEY_OPTIONS.filter((o) => o.value !== 'composite' && o.value !== 'percentages');
const POPULATION_OPTIONS = optionsOf(POPULATION_CHOICE_LABELS);
const PRICE_OPTIONS = optionsOf(PRICE_KIND_LABELS);

/** The sharing rule the drafter sets: a key splitting the cost, or a tariff pricing each commune. */
export function AllocationSection() {
  const { editor, idOf, problemsIn } = useActionForm();
  const rule = editor.draft.allocation;
  const set = (change: Partial<AllocationDraft>) => editor.update((current) => ({ ...current, allocation: { ...current.allocation, ...change } }));

  return (
    <FormSection id={idOf('allocation')} legend="Répartition" problems={problemsIn('allocation')}>
      <ChoiceGroup
        legend="Mode de répartition"
        value={rule.kind}
        onChange={(kind) => set({ kind })}
        choices={[
          { value: 'split', label: 'Une clé de répartition partage le coût' },
          { value: 'tariff', label: 'Un tarif s’applique à chaque commune' },
        ]}
      />
      {rule.kind === 'split' ? <SplitFields rule={rule} set={set} /> : <TariffFields rule={rule} set={set} />}
    </FormSection>
  );
}

interface RuleFieldsProps {
  rule: AllocationDraft;
  set: (change: Partial<AllocationDraft>) => void;
}

function SplitFields({ rule, set }: RuleFieldsProps) {
  const { idOf } = useActionForm();
  return (
    <>
      <ChoiceGroup legend="Part de l’intercommunalité, prise avant la répartition" inline value={rule.epciShare} onChange={(epciShare) => set({ epciShare })} choices={optionsOf(EPCI_SHARE_LABELS)} />
      {rule.epciShare === 'percent' && (
        <FigureField id={idOf('epci-percent')} label="Part de l’intercommunalité (%)" value={rule.epciSharePercent} onChange={(epciSharePercent) => set({ epciSharePercent })} />
      )}
      {rule.epciShare === 'amount' && (
        <FigureField id={idOf('epci-amount')} label="Part de l’intercommunalité (€ par an)" value={rule.epciShareAmount} onChange={(epciShareAmount) => set({ epciShareAmount })} />
      )}
      <FigureField
        id={idOf('fixed-part')}
        label="Part fixe par commune (€ par an, facultative)"
        hint="Payée par chaque commune avant que le reste soit réparti par la clé."
        value={rule.fixedPart}
        onChange={(fixedPart) => set({ fixedPart })}
      />
      <KeyFields idPrefix="key" keyDraft={rule.key} options={KEY_OPTIONS} label="Clé de répartition" onChange={(change) => set({ key: { ...rule.key, ...change } })} />
      {rule.key.kind === 'percentages' && <p className="field-hint">Saisissez le pourcentage de chaque commune dans le tableau des communes participantes ; ils totalisent 100 %.</p>}
      {rule.key.kind === 'composite' && <CompositeParts parts={rule.key.parts} onChange={(parts) => set({ key: { ...rule.key, parts } })} />}
      <div className="inline-fields">
        <FigureField id={idOf('floor')} label="Plancher par commune (€ par an, facultatif)" value={rule.floor} onChange={(floor) => set({ floor })} />
        <FigureField id={idOf('ceiling')} label="Plafond par commune (€ par an, facultatif)" value={rule.ceiling} onChange={(ceiling) => set({ ceiling })} />
      </div>
      <Checkbox
        label="Certaines communes ont leur propre plancher ou plafond (à saisir dans le tableau des communes participantes)"
        checked={rule.boundsByCommune}
        onChange={(boundsByCommune) => set({ boundsByCommune })}
      />
    </>
  );
}

interface KeyFieldsProps {
  idPrefix: string;
  label: string;
  keyDraft: Omit<KeyDraft, 'parts'>;
  options: readonly { value: string; label: string }[];
  onChange: (change: Partial<KeyDraft>) => void;
}

/** A key and the figure it needs: which population, which devices, which usage metric. */
function KeyFields({ idPrefix, label, keyDraft, options, onChange }: KeyFieldsProps) {
  const { editor, idOf } = useActionForm();
  const metrics = editor.env.metrics.map((m) => ({ value: m.key, label: m.label }));
  return (
    <div className="inline-fields">
      <SelectField
        id={idOf(`${idPrefix}-kind`)}
        name={idOf(`${idPrefix}-kind`)}
        label={label}
        value={keyDraft.kind}
        options={options}
        onChange={(e) => onChange({ kind: e.target.value as KeyDraft['kind'] })}
      />
      {keyDraft.kind === 'population' && (
        <SelectField
          id={idOf(`${idPrefix}-population`)}
          name={idOf(`${idPrefix}-population`)}
          label="Population"
          value={keyDraft.population}
          options={POPULATION_OPTIONS}
          onChange={(e) => onChange({ population: e.target.value as PopulationKind })}
        />
      )}
      {keyDraft.kind === 'usage' && (
        <SelectField
          id={idOf(`${idPrefix}-metric`)}
          name={idOf(`${idPrefix}-metric`)}
          label="Métrique d’usage"
          value={keyDraft.metric}
          options={metrics}
          placeholder="Choisir une métrique"
          onChange={(e) => onChange({ metric: e.target.value })}
        />
      )}
      {keyDraft.kind === 'devices' && (
        <fieldset className="choice-group choice-group--inline">
          <legend className="field-label">Équipements comptés</legend>
          {(Object.keys(DEVICE_CHOICE_LABELS) as DeviceKind[]).map((device) => (
            <Checkbox
              key={device}
              label={DEVICE_CHOICE_LABELS[device]}
              checked={keyDraft.devices.includes(device)}
              onChange={(on) => onChange({ devices: on ? [...keyDraft.devices, device] : keyDraft.devices.filter((d) => d !== device) })}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}

function CompositeParts({ parts, onChange }: { parts: KeyPartDraft[]; onChange: (parts: KeyPartDraft[]) => void }) {
  const { idOf } = useActionForm();
  const setPart = (id: string, change: Partial<KeyPartDraft>) => onChange(parts.map((p) => (p.id === id ? { ...p, ...change } : p)));
  const newPart = (): KeyPartDraft => ({ id: newRowId(), percent: '', key: { kind: 'population', population: 'municipale', devices: ['workstations'], metric: '' } });
  return (
    <div className="nested-rows">
      {parts.map((part, i) => (
        <fieldset key={part.id} className="nested-row">
          <legend className="field-label">Clé pondérée {i + 1}</legend>
          <FigureField id={idOf(`part-${part.id}-percent`)} label="Pondération (%)" value={part.percent} onChange={(percent) => setPart(part.id, { percent })} />
          <KeyFields
            idPrefix={`part-${part.id}`}
            label="Clé"
            keyDraft={part.key}
            options={SIMPLE_KEY_OPTIONS}
            onChange={(change) => setPart(part.id, { key: { ...part.key, ...change, kind: (change.kind ?? part.key.kind) as SimpleKeyKind } })}
          />
          <Button type="button" size="small" variant="bordered" color="error" onClick={() => onChange(parts.filter((p) => p.id !== part.id))}>
            Retirer la clé pondérée {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => onChange([...parts, newPart()])}>
        Ajouter une clé pondérée
      </Button>
    </div>
  );
}

function TariffFields({ rule, set }: RuleFieldsProps) {
  const { editor, idOf } = useActionForm();
  const firstMetric = editor.env.metrics[0]?.key ?? '';
  const setPrice = (id: string, change: Partial<PriceDraft>) => set({ price: rule.price.map((p) => (p.id === id ? { ...p, ...change } : p)) });
  return (
    <>
      <ChoiceGroup legend="Qui facture" value={rule.paidTo} onChange={(paidTo) => set({ paidTo })} choices={optionsOf(PAID_TO_LABELS)} />
      {rule.price.map((price, i) => (
        <PriceFields
          key={price.id}
          price={price}
          index={i}
          onChange={(change) => setPrice(price.id, change)}
          onRemove={() => set({ price: rule.price.filter((p) => p.id !== price.id) })}
        />
      ))}
      <div className="row-actions">
        <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => set({ price: [...rule.price, newPrice('flat', firstMetric)] })}>
          Ajouter un élément de prix
        </Button>
      </div>
      <FigureField id={idOf('tariff-indexation')} label="Indexation annuelle du tarif (%, facultative)" value={rule.indexation} onChange={(indexation) => set({ indexation })} />
    </>
  );
}

interface PriceFieldsProps {
  price: PriceDraft;
  index: number;
  onChange: (change: Partial<PriceDraft>) => void;
  onRemove: () => void;
}

function PriceFields({ price, index, onChange, onRemove }: PriceFieldsProps) {
  const { editor, idOf } = useActionForm();
  const metrics = editor.env.metrics.map((m) => ({ value: m.key, label: m.label }));
  const id = (field: string) => idOf(`price-${price.id}-${field}`);
  const population = (
    <SelectField
      id={id('population')}
      name={id('population')}
      label="Population"
      value={price.population}
      options={POPULATION_OPTIONS}
      onChange={(e) => onChange({ population: e.target.value as PopulationKind })}
    />
  );
  return (
    <fieldset className="nested-row">
      <legend className="field-label">Élément de prix {index + 1}</legend>
      <div className="inline-fields">
        <SelectField
          id={id('kind')}
          name={id('kind')}
          label="Type de prix"
          value={price.kind}
          options={PRICE_OPTIONS}
          onChange={(e) => {
            const kind = e.target.value as PriceComponent['kind'];
            onChange({ kind, bands: kind === 'bands' && price.bands.length === 0 ? [newBand()] : price.bands });
          }}
        />
        {price.kind === 'flat' && <FigureField id={id('amount')} label="Forfait par commune et par an (€)" value={price.amount} onChange={(amount) => onChange({ amount })} />}
        {price.kind === 'perInhabitant' && (
          <>
            {population}
            <FigureField id={id('rate')} label="Montant par habitant et par an (€)" value={price.rate} onChange={(rate) => onChange({ rate })} />
          </>
        )}
        {price.kind === 'perUnit' && (
          <>
            <SelectField
              id={id('metric')}
              name={id('metric')}
              label="Métrique d’usage"
              value={price.metric}
              options={metrics}
              placeholder="Choisir une métrique"
              onChange={(e) => onChange({ metric: e.target.value })}
            />
            <FigureField id={id('rate')} label="Prix par unité (€)" value={price.rate} onChange={(rate) => onChange({ rate })} />
          </>
        )}
        {price.kind === 'bands' && population}
      </div>
      {price.kind === 'bands' && <BandsFields price={price} onChange={onChange} />}
      <Button type="button" size="small" variant="bordered" color="error" onClick={onRemove}>
        Retirer l’élément de prix {index + 1}
      </Button>
    </fieldset>
  );
}

/** Marginal rates per inhabitant by population band; the last band is open. */
function BandsFields({ price, onChange }: { price: PriceDraft; onChange: (change: Partial<PriceDraft>) => void }) {
  const { idOf } = useActionForm();
  const setBand = (id: string, change: Partial<PriceDraft['bands'][number]>) => onChange({ bands: price.bands.map((b) => (b.id === id ? { ...b, ...change } : b)) });
  return (
    <div className="nested-rows">
      {price.bands.map((band, b) => (
        <div key={band.id} className="inline-fields">
          <FigureField
            id={idOf(`band-${band.id}-upTo`)}
            label={`Tranche ${b + 1} : jusqu’à (habitants)`}
            hint={b === price.bands.length - 1 ? 'Laissez vide pour la dernière tranche, ouverte.' : undefined}
            value={band.upTo}
            onChange={(upTo) => setBand(band.id, { upTo })}
          />
          <FigureField id={idOf(`band-${band.id}-rate`)} label={`Tranche ${b + 1} : € par habitant`} value={band.rate} onChange={(rate) => setBand(band.id, { rate })} />
        </div>
      ))}
      <div className="row-actions">
        <Button type="button" size="small" variant="bordered" color="neutral" onClick={() => onChange({ bands: [...price.bands, newBand()] })}>
          Ajouter une tranche
        </Button>
        {price.bands.length > 1 && (
          <Button type="button" size="small" variant="bordered" color="error" onClick={() => onChange({ bands: price.bands.slice(0, -1) })}>
            Retirer la dernière tranche
          </Button>
        )}
      </div>
    </div>
  );
}
