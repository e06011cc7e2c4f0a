import { Input } from '@gouvfr-lasuite/cunningham-react';
import type { ChangeEvent, InputHTMLAttributes, ReactNode } from 'react';

interface FieldBase {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
}

/**
 * Cunningham does not link its helper text to the input, so hints and errors are rendered here
 * with ids the control points to through aria-describedby.
 */
function describe({ id, error, hint }: Pick<FieldBase, 'id' | 'error' | 'hint'>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const description = (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
  return { describedBy, description };
}

interface TextFieldProps extends FieldBase {
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  /** Id of a <datalist> of suggestions. */
  list?: string;
}

export function TextField({ id, error, hint, required, ...props }: TextFieldProps) {
  const { describedBy, description } = describe({ id, error, hint });
  return (
    <div className="form-field">
      <Input
        {...props}
        id={id}
        variant="classic"
        fullWidth
        required={required}
        state={error ? 'error' : 'default'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {description}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldBase {
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  options: readonly SelectOption[];
  /** Label of the empty first option, when no value is chosen yet. */
  placeholder?: string;
}

/**
 * A native select: unlike Cunningham's combobox it can carry aria-describedby, and it offers
 * type-ahead over long lists (158 communes) for free.
 */
export function SelectField({ id, label, error, hint, options, placeholder, required, ...props }: SelectFieldProps) {
  return (
    <NativeField id={id} label={label} error={error} hint={hint}>
      {(aria) => (
        <select {...props} {...aria} id={id} required={required} className={error ? 'native-select native-select--error' : 'native-select'}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </NativeField>
  );
}

interface TextAreaFieldProps extends FieldBase {
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  rows?: number;
}

/** A native textarea, labelled and described like the other fields. */
export function TextAreaField({ id, label, error, hint, required, ...props }: TextAreaFieldProps) {
  return (
    <NativeField id={id} label={label} error={error} hint={hint}>
      {(aria) => <textarea {...props} {...aria} id={id} required={required} className={error ? 'native-textarea native-select--error' : 'native-textarea'} />}
    </NativeField>
  );
}

interface DateFieldProps extends FieldBase {
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Earliest and latest dates offered, "YYYY-MM-DD". */
  min?: string;
  max?: string;
}

/** A native date input: the browser's own calendar, keyboard-complete, value "YYYY-MM-DD". */
export function DateField({ id, label, error, hint, required, ...props }: DateFieldProps) {
  return (
    <NativeField id={id} label={label} error={error} hint={hint}>
      {(aria) => <input {...props} {...aria} id={id} type="date" required={required} className={error ? 'native-input native-select--error' : 'native-input'} />}
    </NativeField>
  );
}

interface NativeFieldProps extends Pick<FieldBase, 'id' | 'label' | 'error' | 'hint'> {
  children: (aria: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) => ReactNode;
}

/** A label, a native control and its hint or error, the control pointing to them. */
function NativeField({ id, label, error, hint, children }: NativeFieldProps) {
  const { describedBy, description } = describe({ id, error, hint });
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {description}
    </div>
  );
}
