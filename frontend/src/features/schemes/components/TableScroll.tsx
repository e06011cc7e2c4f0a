import type { ReactNode } from 'react';

/**
 * The frame of a table that may be wider than the page: keyboard users can focus it to scroll it
 * sideways (WCAG 2.1.1), and screen readers hear what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
