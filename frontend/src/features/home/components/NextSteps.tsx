import type { ReactNode } from 'react';

/** One role's part of the home page: what to do next, under its own heading. */
export function NextSteps({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="home-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
