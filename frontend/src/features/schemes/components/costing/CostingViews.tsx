import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { lazy, Suspense, useId, useState } from 'react';
import { ChoiceGroup } from '../../../../shared/ui/ChoiceGroup';
import { Loading } from '../../../../shared/ui/Loading';
import { ActionsCostingTable } from './ActionsCostingTable';
import { CommunesCostingTable } from './CommunesCostingTable';
import { CostOutliers } from './CostOutliers';
import { SIGN_CONVENTION } from '../../format';
import { ImpactStatement } from './ImpactStatement';
import { YearsCostingTable } from './YearsCostingTable';

// The chart is drawn only when asked for: it stays out of the editor's first load.
const YearsChart = lazy(() => import('./YearsChart'));

type View = 'communes' | 'actions' | 'years' | 'impact';

const VIEWS: { value: View; label: string }[] = [
  { value: 'communes', label: 'Par commune' },
  { value: 'actions', label: 'Par action' },
  { value: 'years', label: 'Par année' },
  { value: 'impact', label: 'Impact (effectifs et fonctionnement)' },
];

interface CostingViewsProps {
  costing: CostingSummary;
  positions: ReadonlyMap<string, number>;
  concerned: ReadonlySet<string>;
}

/** The « Chiffrage » section: the server's costing of the saved draft, seen from the communes, the actions, the years or the law's statement. */
export function CostingViews({ costing, positions, concerned }: CostingViewsProps) {
  const [view, setView] = useState<View>('communes');
  const tableId = useId();
  return (
    <section aria-labelledby="costing-title">
      <h2 id="costing-title">Chiffrage</h2>
      <ChoiceGroup legend="Afficher le chiffrage" inline value={view} onChange={setView} choices={VIEWS} />
      {view === 'communes' && <CommunesCostingTable costing={costing} />}
      {view === 'actions' && <ActionsCostingTable costing={costing} positions={positions} />}
      {view === 'years' && (
        <>
          <Suspense fallback={<Loading label="Chargement du graphique" />}>
            <YearsChart costing={costing} tableId={tableId} />
          </Suspense>
          <YearsCostingTable costing={costing} id={tableId} />
        </>
      )}
      {view === 'impact' && <ImpactStatement costing={costing} concerned={concerned} />}
      {view !== 'impact' && <p className="table-note">{SIGN_CONVENTION}</p>}
      <CostOutliers actions={costing.actions} communes={costing.communes} />
    </section>
  );
}
