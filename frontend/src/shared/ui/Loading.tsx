import { Loader } from '@gouvfr-lasuite/cunningham-react';

export function Loading({ label = 'Chargement en cours' }: { label?: string }) {
  return (
    <div className="loading">
      <Loader aria-label={label} />
    </div>
  );
}
