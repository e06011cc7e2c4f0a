import { isEmptyDiff, type VersionDiff } from '../../model/versions';
import { ActionChanges } from './ActionChanges';
import { CommuneChangesTable } from './CommuneChangesTable';
import { DiffTotalsTable } from './DiffTotalsTable';
import { FieldChanges } from './FieldChanges';

interface VersionDiffViewProps {
  diff: VersionDiff;
  fromLabel: string;
  toLabel: string;
}

/** Everything that differs from one version to another: the money first, then the reasons. */
export function VersionDiffView({ diff, fromLabel, toLabel }: VersionDiffViewProps) {
  if (isEmptyDiff(diff)) return <p>Aucune différence entre ces deux versions.</p>;
  return (
    <>
      <section aria-labelledby="diff-totals">
        <h2 id="diff-totals">Totaux</h2>
        <DiffTotalsTable totals={diff.totals} fromLabel={fromLabel} toLabel={toLabel} />
      </section>
      {diff.scheme.length > 0 && (
        <section aria-labelledby="diff-scheme">
          <h2 id="diff-scheme">Schéma</h2>
          <FieldChanges changes={diff.scheme} />
        </section>
      )}
      <section aria-labelledby="diff-actions">
        <h2 id="diff-actions">Actions</h2>
        {diff.actions.length === 0 ? <p>Aucune action ajoutée, supprimée ou modifiée.</p> : <ActionChanges actions={diff.actions} />}
      </section>
      <section aria-labelledby="diff-communes">
        <h2 id="diff-communes">Communes</h2>
        {diff.communes.length === 0 ? (
          <p>Le coût ne change pour aucune commune.</p>
        ) : (
          <CommuneChangesTable communes={diff.communes} fromLabel={fromLabel} toLabel={toLabel} />
        )}
      </section>
    </>
  );
}
