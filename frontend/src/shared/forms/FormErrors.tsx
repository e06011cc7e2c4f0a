import { useEffect, useRef } from 'react';
import { FocusLink } from '../ui/FocusLink';
import type { FormError } from './useForm';

/**
 * The one place a form's errors are summarised: client-side errors as links to their fields,
 * or the server's message. Takes the focus each time a submit fails so that keyboard and
 * screen-reader users learn about it at once; each link puts the focus on its field.
 */
export function FormErrors({ errors }: { errors: readonly FormError[] }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  const fieldErrors = errors.filter((error): error is FormError & { fieldId: string } => Boolean(error.fieldId));
  const otherErrors = errors.filter((error) => !error.fieldId);
  return (
    <div ref={ref} className="form-errors" role="alert" tabIndex={-1}>
      {fieldErrors.length > 0 && (
        <>
          <p className="form-errors__title">Le formulaire contient des erreurs :</p>
          <ul>
            {fieldErrors.map((error) => (
              // Two problems may point to the same field (a section of the action form).
              <li key={`${error.fieldId} ${error.message}`}>
                <FocusLink targetId={error.fieldId}>{error.message}</FocusLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {otherErrors.map((error) => (
        <p key={error.message}>{error.message}</p>
      ))}
    </div>
  );
}
