import { Button } from '@gouvfr-lasuite/cunningham-react';
import { LEGAL_FORM_LABELS } from '@mutualis/domain/opsn/opsn';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import type { OpsnInput, OpsnSuggestionsQuery } from '../../../gql/graphql';
import { SelectField, TextField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { apiErrorDetail, hasApiErrorCode } from '../../../shared/graphql/errors';
import { Notice } from '../../../shared/ui/Notice';
import {
  checkOpsnForm,
  initialValues,
  newService,
  toOpsnInput,
  type Opsn,
  type OpsnFormValues,
  type ServiceDraft,
} from '../opsnForm';
import { ServiceFields } from './ServiceFields';

type Suggestion = OpsnSuggestionsQuery['opsnSuggestions'][number];

const LEGAL_FORM_OPTIONS = Object.entries(LEGAL_FORM_LABELS).map(([value, label]) => ({ value, label }));

interface OpsnDialogProps {
  /** Absent for a new entry. */
  opsn: Opsn | undefined;
  suggestions: readonly Suggestion[];
  /** `expectedRevision`: the revision this form started from (absent for a new entry). */
  onSave: (input: OpsnInput, expectedRevision: number | undefined) => Promise<unknown>;
  /** Someone else changed this OPSN meanwhile: the registry behind the dialog is fetched again. */
  onConflict: () => void;
  onSaved: (message: string) => void;
  onClose: () => void;
}

export function OpsnDialog({ opsn, suggestions, onSave, onConflict, onSaved, onClose }: OpsnDialogProps) {
  const listId = useId();
  const addServiceId = useId();
  const [revision, setRevision] = useState(opsn?.revision);
  const [conflicted, setConflicted] = useState(false);
  const [prefilled, setPrefilled] = useState('');
  // The control to focus once rows are added or removed (by id).
  const [focusTarget, setFocusTarget] = useState<string>();
  const form = useForm<OpsnFormValues>({
    initialValues: initialValues(opsn),
    validate: checkOpsnForm,
    onSubmit: async (values) => {
      const input = toOpsnInput(values);
      try {
        await onSave(input, revision);
      } catch (error) {
        if (hasApiErrorCode(error, 'CONFLICT')) {
          // The input stays; saving again, knowingly, replaces the other person's version.
          const current = apiErrorDetail(error, 'currentRevision');
          if (typeof current === 'number') setRevision(current);
          setConflicted(true);
          onConflict();
        }
        throw error;
      }
      onSaved(opsn ? `« ${input.name} » a été modifié.` : `« ${input.name} » a été ajouté au registre.`);
      onClose();
    },
  });
  const services = form.values.services;

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  const nameField = form.field('name');
  function changeName(event: ChangeEvent<HTMLInputElement>) {
    nameField.onChange(event);
    const suggestion = suggestions.find((s) => s.name === event.target.value);
    if (!suggestion) return;
    form.setValue('legalForm', suggestion.legalForm);
    form.setValue('departments', suggestion.departments.join(', '));
    setPrefilled(`Forme juridique et départements remplis d'après ${suggestion.name}.`);
  }

  function setServices(next: ServiceDraft[]) {
    form.setValue('services', next);
  }

  function serviceField(index: number) {
    return (name: Exclude<keyof ServiceDraft, 'rowKey'>) => {
      const path = `services.${index}.${name}`;
      return {
        id: form.fieldId(path),
        name: path,
        value: services[index][name],
        error: form.fieldErrors[path],
        onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
          setServices(services.map((service, i) => (i === index ? { ...service, [name]: event.target.value } : service))),
      };
    };
  }

  function addService() {
    setServices([...services, newService()]);
    setFocusTarget(form.fieldId(`services.${services.length}.kind`));
  }

  function removeService(index: number) {
    setServices(services.filter((_, i) => i !== index));
    setFocusTarget(addServiceId);
  }

  return (
    <FormDialog
      title={opsn ? `Modifier ${opsn.name}` : 'Ajouter un OPSN au registre'}
      submitLabel="Enregistrer"
      busy={form.busy}
      onSubmit={form.handleSubmit}
      onClose={onClose}
      unsaved={form.dirty}
    >
      <FormErrors errors={form.errors} />
      {conflicted && (
        <Notice type="info">
          Vos saisies sont conservées. « Enregistrer » remplacera désormais sa version par la vôtre ; « Annuler » garde
          la sienne.
        </Notice>
      )}
      <TextField
        {...nameField}
        onChange={changeName}
        label="Nom"
        hint="Choisissez un OPSN proposé pour remplir sa forme juridique et ses départements, ou saisissez un autre nom."
        list={listId}
        autoComplete="off"
        required
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.name} value={suggestion.name} />
        ))}
      </datalist>
      {/* Always in the page, so that the prefill is announced; hidden while empty, not to leave a gap. */}
      <p role="status" className={prefilled ? 'field-hint' : 'visually-hidden'}>
        {prefilled}
      </p>
      <SelectField
        {...form.field('legalForm')}
        label="Forme juridique"
        options={LEGAL_FORM_OPTIONS}
        placeholder="Choisir une forme juridique"
        required
      />
      <TextField
        {...form.field('departments')}
        label="Départements servis"
        hint="Codes séparés par des virgules, par exemple : 64, 40."
        autoComplete="off"
      />
      <TextField
        {...form.field('website')}
        label="Site web (facultatif)"
        type="url"
        hint="Adresse commençant par https://."
        autoComplete="off"
      />
      <fieldset className="services-fieldset">
        <legend>Services proposés</legend>
        {services.length === 0 && <p className="muted">Aucun service pour l'instant.</p>}
        {services.map((service, index) => (
          <ServiceFields
            key={service.rowKey}
            number={index + 1}
            service={service}
            field={serviceField(index)}
            onRemove={() => removeService(index)}
          />
        ))}
        <Button type="button" id={addServiceId} size="small" color="neutral" variant="bordered" onClick={addService}>
          Ajouter un service
        </Button>
      </fieldset>
    </FormDialog>
  );
}
