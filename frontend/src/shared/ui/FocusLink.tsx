import type { ReactNode } from 'react';

/**
 * A link to another part of the page that moves the focus there, not only the view, so that a
 * keyboard or screen-reader user carries on from the target. The browser's own fragment
 * navigation would add a history entry per jump.
 */
export function FocusLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  return (
    <a
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        // Focusing scrolls the target into view, clear of the sticky save bar (scroll-padding).
        target.focus();
      }}
    >
      {children}
    </a>
  );
}
