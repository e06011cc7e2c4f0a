import { Alert, VariantType } from '@gouvfr-lasuite/cunningham-react';
import type { ReactNode } from 'react';

const icons: Record<'error' | 'success' | 'info', string> = {
  error: 'error_outline',
  success: 'check_circle',
  info: 'info',
};

const variants = {
  error: VariantType.ERROR,
  success: VariantType.SUCCESS,
  info: VariantType.INFO,
} as const;

/**
 * A Cunningham alert whose icon is hidden from assistive technologies (Cunningham's own icon is
 * a ligature that screen readers would spell out, e.g. "error_outline").
 */
export function Notice({ type, children }: { type: keyof typeof icons; children: ReactNode }) {
  return (
    <Alert
      type={variants[type]}
      icon={
        <div className="c__alert__icon">
          <span className="material-icons" aria-hidden="true">
            {icons[type]}
          </span>
        </div>
      }
    >
      {children}
    </Alert>
  );
}

/**
 * A polite live region that is always in the page, so that a success message appearing in it
 * is announced.
 */
export function SuccessMessage({ children }: { children: string | undefined }) {
  return <div role="status">{children && <Notice type="success">{children}</Notice>}</div>;
}
