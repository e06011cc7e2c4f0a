import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { TextAreaField } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { checkRequired } from '../../../shared/forms/validators';
import { useFreezeVersion } from '../hooks/useVersionChanges';

const MAX_MESSAGE_LENGTH = 2000;

interface FreezeVersionButtonProps {
  schemeId: string;
  /** The draft's revision on screen: the version freezes exactly what the user sees. */
  revision: number;
  reload: () => Promise<unknown>;
  onFrozen: (success: string) => void;
}

/** « Figer une version »: asks what changed, then freezes the draft as the next version. */
export function FreezeVersionButton({ schemeId, revision, reload, onFrozen }: FreezeVersionButtonProps) {
  const [open, setOpen] = useState(false);
  const freeze = useFreezeVersion(schemeId, reload);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        Figer une version
      </Button>
      {open && (
        <FreezeVersionDialog
          revision={revision}
          onFreeze={async (message) => {
            const version = await freeze(revision, message);
            if (version) onFrozen(`Version ${version.number} figée.`);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

interface FreezeVersionDialogProps {
  revision: number;
  onFreeze: (message: string) => Promise<unknown>;
  onClose: () => void;
}

function FreezeVersionDialog({ revision, onFreeze, onClose }: FreezeVersionDialogProps) {
  const form = useForm({
    initialValues: { message: '' },
    validate: (values) => ({
      message:
        checkRequired(values.message, 'Dites en un message ce qui change dans cette version.') ??
        (values.message.trim().length > MAX_MESSAGE_LENGTH ? `Le message compte ${MAX_MESSAGE_LENGTH} caractères au plus.` : undefined),
    }),
    onSubmit: async (values) => {
      await onFreeze(values.message.trim());
      onClose();
    },
  });
  const message = form.field('message');
  return (
    <FormDialog title="Figer une version" submitLabel="Figer la version" busy={form.busy} onSubmit={form.handleSubmit} onClose={onClose}>
      <FormErrors errors={form.errors} />
      <p>
        La version garde le brouillon tel qu’il est (révision {revision}), avec les chiffres des communes et le chiffrage. Elle ne changera
        plus : on pourra la consulter, la comparer et la restaurer.
      </p>
      <TextAreaField
        {...message}
        onChange={(event) => form.setValue('message', event.target.value)}
        label="Message de version"
        hint="Ce qui change par rapport à la version précédente, en une ou deux phrases."
        rows={3}
        required
      />
    </FormDialog>
  );
}
