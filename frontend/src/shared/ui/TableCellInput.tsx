import { useState, type KeyboardEvent } from 'react';

/**
 * Moves the focus to the control of the same column in the row above or below, as in a
 * spreadsheet. Controls mark their column with `data-column`; the DOM order is the sorted order.
 */
export function moveToSameColumn(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
  event.preventDefault();
  const row = event.currentTarget.closest('tr');
  const target = event.key === 'ArrowUp' ? row?.previousElementSibling : row?.nextElementSibling;
  const column = event.currentTarget.dataset['column'];
  const control = target?.querySelector<HTMLInputElement>(`[data-column="${column}"]`);
  control?.focus();
  // As Tab does: typing then replaces the value.
  if (control?.type === 'text') control.select();
}

interface TableCellInputProps {
  /** Unique in the page; the error message gets `${id}-error`. */
  id: string;
  column: string;
  /** The accessible name: column and row, e.g. « Postes de travail, Bayonne ». */
  label: string;
  /** The committed text: the saved value, or the user's change not saved yet. */
  value: string;
  changed: boolean;
  /** The committed text's problem, if any. */
  problem: string | undefined;
  /** Checks text being typed, so that problems show (and clear) at once. */
  check: (text: string) => string | undefined;
  onCommit: (text: string) => void;
  /** Back to the saved value. */
  onRevert: () => void;
}

/**
 * A text input in a table cell. Typing is kept in the cell (one cell re-renders per keystroke)
 * and committed on Enter, on leaving the cell, or on moving up or down. Escape first drops what
 * is being typed, then, pressed again, brings the saved value back.
 */
export function TableCellInput({ id, column, label, value, changed, problem, check, onCommit, onRevert }: TableCellInputProps) {
  const [typing, setTyping] = useState<string | null>(null);
  const shownProblem = typing === null ? problem : check(typing);
  const errorId = `${id}-error`;

  function commit() {
    if (typing === null) return;
    onCommit(typing);
    setTyping(null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      if (typing !== null) setTyping(null);
      else if (changed) onRevert();
    } else {
      // Leaving the cell blurs it, which commits.
      moveToSameColumn(event);
    }
  }

  return (
    <>
      <input
        id={id}
        data-column={column}
        className={changed || (typing !== null && typing !== value) ? 'cell-input cell-input--changed' : 'cell-input'}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={shownProblem ? true : undefined}
        aria-describedby={shownProblem ? errorId : undefined}
        value={typing ?? value}
        onChange={(event) => setTyping(event.target.value)}
        onBlur={commit}
        onKeyDown={handleKeyDown}
      />
      {shownProblem && (
        <p id={errorId} className="cell-error">
          {shownProblem}
        </p>
      )}
    </>
  );
}
