import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { apiErrorDetail, apiErrorMessage } from '../graphql/errors';

export type FormValues = Record<string, unknown>;
/** French messages by field name, or by path for a field inside a list ("services.0.amount"). */
export type FieldErrors = Partial<Record<string, string>>;
/** The fields a TextField or SelectField can bind to. */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** One entry of the error summary; `fieldId` links the entry to its field. */
export interface FormError {
  fieldId?: string;
  message: string;
}

interface UseFormOptions<V extends FormValues> {
  initialValues: V;
  /** Returns a French message per invalid field (undefined or absent when the field is valid). */
  validate: (values: V) => FieldErrors;
  /** Throw (e.g. the Apollo error) to show the server's message in the summary. */
  onSubmit: (values: V) => Promise<unknown>;
  /** Start afresh after a successful submit (creation forms). */
  resetOnSuccess?: boolean;
}

/**
 * Form state shared by every form of the app: values, inline validation, busy state and the
 * error summary (client errors linked to their fields, then the server's message).
 */
export function useForm<V extends FormValues>({
  initialValues,
  validate,
  onSubmit,
  resetOnSuccess = false,
}: UseFormOptions<V>) {
  const formId = useId();
  const [values, setValues] = useState(initialValues);
  // What the form opened with (or was reset to), to tell whether anything is left unsaved.
  const [pristine, setPristine] = useState(initialValues);
  const [submitted, setSubmitted] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);

  /** The id of a field's control, for a field bound by hand (inside a list). */
  const fieldId = (path: string) => `${formId}-${path}`;

  function setValue<K extends keyof V>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validate(values);
    setFieldErrors(errors);
    setServerError(undefined);
    if (Object.values(errors).some(Boolean)) return;
    setBusy(true);
    try {
      await onSubmit(values);
      if (resetOnSuccess) {
        setValues(initialValues);
        setPristine(initialValues);
      } else setSubmitted(true);
    } catch (error) {
      // A refusal about one field (a password too easy to guess) is shown at that field.
      const field = apiErrorDetail(error, 'field');
      if (typeof field === 'string' && field in values) setFieldErrors({ [field]: apiErrorMessage(error) });
      else setServerError(apiErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  /** Props for TextField / SelectField bound to one value. */
  function field(name: TextKeys<V>) {
    return {
      id: fieldId(name),
      name,
      value: values[name] as string,
      error: fieldErrors[name],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValue(name, event.target.value as V[typeof name]),
    };
  }

  // A new array per submit, so the summary takes the focus again after each failed attempt.
  const errors = useMemo<FormError[]>(() => {
    const list: FormError[] = Object.entries(fieldErrors).flatMap(([path, message]) =>
      message ? [{ fieldId: `${formId}-${path}`, message }] : [],
    );
    return serverError ? [...list, { message: serverError }] : list;
  }, [fieldErrors, serverError, formId]);

  /**
   * Changed and not saved. Not while a submit runs: a form whose submit leads to another page
   * must not be stopped by its own warning.
   */
  const dirty = useMemo(
    () => !busy && !submitted && JSON.stringify(values) !== JSON.stringify(pristine),
    [busy, submitted, values, pristine],
  );

  return { values, setValue, field, fieldId, fieldErrors, handleSubmit, busy, errors, dirty };
}
