import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { SuccessMessage } from '../../../shared/ui/Notice';
import { useImportEpci } from '../hooks/usePlatform';

/** SIREN are often copied with spaces ("200 067 106"): accept them, send digits only. */
const normaliseSiren = (value: string) => value.replace(/\s/g, '');

export function ImportEpciForm() {
  const importEpci = useImportEpci();
  const [imported, setImported] = useState<string>();
  const form = useForm({
    initialValues: { siren: '' },
    validate: ({ siren }) => ({
      siren: /^\d{9}$/.test(normaliseSiren(siren)) ? undefined : 'Le SIREN doit comporter 9 chiffres.',
    }),
    onSubmit: async ({ siren }) => {
      setImported(undefined);
      const epci = await importEpci(normaliseSiren(siren));
      if (epci) setImported(`${epci.name} a été importée.`);
    },
    resetOnSuccess: true,
  });

  return (
    <form className="form form--inline" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <SuccessMessage>{imported}</SuccessMessage>
      <TextField
        {...form.field('siren')}
        label="SIREN de l'intercommunalité"
        hint="9 chiffres, par exemple 200067106."
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <Button type="submit" aria-disabled={form.busy}>
        {form.busy ? 'Import en cours…' : 'Importer'}
      </Button>
    </form>
  );
}
