import { Button, Modal, ModalSize } from '@gouvfr-lasuite/cunningham-react';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useUnsavedChangesWarning } from '../hooks/useUnsavedChangesWarning';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** Input not saved yet (`useForm`'s `dirty`): leaving the page asks first. */
  unsaved?: boolean;
  children: ReactNode;
}

/** A modal holding one form, with « Annuler » and a submit button in its footer. */
export function FormDialog({ title, submitLabel, busy, onSubmit, onClose, unsaved = false, children }: FormDialogProps) {
  const formId = useId();
  useUnsavedChangesWarning(unsaved);
  return (
    <Modal
      isOpen
      onClose={onClose}
      size={ModalSize.MEDIUM}
      title={title}
      // Cunningham's close button is labelled in English; « Annuler » and Échap do the same job.
      hideCloseButton
      rightActions={
        <>
          <Button type="button" color="neutral" variant="bordered" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" form={formId} aria-disabled={busy}>
            {busy ? 'Enregistrement…' : submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        {children}
      </form>
    </Modal>
  );
}
