// Small controls of the action form, on top of the app's fields: amounts in euros, years, table
// cells, checkboxes and the problems of a section.
import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';
import { SelectField, TextField } from '../../../../shared/forms/fields';
import { useActionForm } from './formContext';

interface AmountFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** A figure typed the French way (« 1 234,56 »); read exactly when the form is read. */
export function FigureField({ id, label, value, onChange, hint, error, required }: AmountFieldProps) {
  return (
    <TextField
      id={id}
      name={id}
      label={label}
      value={value}
      hint={hint}
      error={error}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
  );
}

interface YearSelectProps {
  id: string;
  label: string;
  value: number;
  years: { first: number; last: number };
  onChange: (year: number) => void;
}

export function YearSelect({ id, label, value, years, onChange }: YearSelectProps) {
  const options = Array.from({ length: years.last - years.first + 1 }, (_, i) => String(years.first + i));
  // A year outside the range (the action's years just shrank) stays visible until changed.
  const all = options.includes(String(value)) ? options : [String(value), ...options];
  return (
    <SelectField
      id={id}
      name={id}
      label={label}
      value={String(value)}
      options={all.map((year) => ({ value: year, label: year }))}
      onChange={(event) => onChange(Number(event.target.value))}
    />
  );
}

interface CellInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  disabled?: boolean;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
}

/** An input inside a table: its column header is visual, its accessible name says commune and figure. */
export function CellInput({ label, value, onChange, invalid, disabled, inputMode = 'decimal' }: CellInputProps) {
  return (
    <input
      className="cell-input"
      aria-label={label}
      value={value}
      inputMode={inputMode}
      autoComplete="off"
      disabled={disabled}
      aria-invalid={invalid || undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** An accessible name other than the visible label (table cells). */
  ariaLabel?: string;
}

export function Checkbox({ label, checked, onChange, disabled, ariaLabel }: CheckboxProps) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} disabled={disabled} aria-label={ariaLabel} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

/** The problems of one section, right under its title; linked from the error summary. */
export function SectionProblems({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="section-problems">
      {messages.map((message) => (
        <li key={message} className="field-error">
          {message}
        </li>
      ))}
    </ul>
  );
}

/** Where the jump links lead: a section's legend, focusable even when the read-only form disables its fieldset. */
export const legendIdOf = (sectionId: string) => `${sectionId}-legend`;

interface FormSectionProps {
  id: string;
  legend: string;
  problems: readonly string[];
  hint?: ReactNode;
  /**
   * Read-only, the section disables its controls itself instead of being a disabled fieldset: what
   * a disabled fieldset holds counts as disabled for axe-core, a table's scroll box included.
   */
  disablesOwnControls?: boolean;
  children: ReactNode;
}

/**
 * A section of the form: a fieldset the error summary can focus, its legend and its problems.
 * Read-only, a disabled fieldset disables every control inside it, the kind's own included.
 */
export function FormSection({ id, legend, problems, hint, disablesOwnControls, children }: FormSectionProps) {
  const { readOnly } = useActionForm();
  return (
    <fieldset id={id} tabIndex={-1} className="form-section" disabled={readOnly && !disablesOwnControls}>
      <legend id={legendIdOf(id)} tabIndex={-1} className="form-section__legend">
        {legend}
      </legend>
      {hint && <p className="field-hint">{hint}</p>}
      <SectionProblems messages={problems} />
      {children}
    </fieldset>
  );
}
