import { Button } from '@gouvfr-lasuite/cunningham-react';

interface EditRemoveButtonsProps {
  onEdit: () => void;
  /** Says which row, for screen readers: « Modifier la métrique Jours de DPO ». */
  editLabel: string;
  onRemove: () => void;
  removeLabel: string;
  /** The visible word: « Supprimer », or « Retirer » for what leaves a list without being lost. */
  removeText?: string;
}

/** A table row's « Modifier » and « Supprimer » buttons. */
export function EditRemoveButtons({ onEdit, editLabel, onRemove, removeLabel, removeText = 'Supprimer' }: EditRemoveButtonsProps) {
  return (
    <div className="row-actions">
      <Button size="small" variant="bordered" color="neutral" onClick={onEdit} aria-label={editLabel}>
        Modifier
      </Button>
      <Button size="small" variant="bordered" color="error" onClick={onRemove} aria-label={removeLabel}>
        {removeText}
      </Button>
    </div>
  );
}
