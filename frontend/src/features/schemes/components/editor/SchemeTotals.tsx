import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { formatEuros } from '../../format';
import { Facts } from '../../../../shared/ui/Facts';

interface SchemeTotalsProps {
  costing: CostingSummary;
  actionCount: number;
  problemCount: number;
}

/** The scheme's figures over the mandate; announced again whenever a change recomputes them. */
export function SchemeTotals({ costing, actionCount, problemCount }: SchemeTotalsProps) {
  const totals = costing.totals.mandate;
  const facts: [string, string][] = [
    ['Coût total sur le mandat', formatEuros(totals.totalCents)],
    ['Part de l’intercommunalité', formatEuros(totals.epciCents)],
    ['Part des communes', formatEuros(totals.communesCents)],
    ['Actions', problemCount > 0 ? `${actionCount} (dont ${problemCount} non chiffrée${problemCount > 1 ? 's' : ''})` : String(actionCount)],
  ];
  return (
    <div aria-live="polite" aria-atomic="true">
      <Facts facts={facts} />
    </div>
  );
}
