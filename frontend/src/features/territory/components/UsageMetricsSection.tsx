import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useMemo, useState } from 'react';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { Notice, SuccessMessage } from '../../../shared/ui/Notice';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import { EditRemoveButtons } from '../../../shared/ui/EditRemoveButtons';
import type { UsageMetric } from '../communeProfiles';
import { useUsageMetricActions } from '../hooks/useUsageMetricActions';
import { EditUsageMetricDialog, NewUsageMetricForm } from './UsageMetricForms';
import { ofName } from '@mutualis/domain/text';

interface UsageMetricsSectionProps {
  epciId: string;
  epciName: string;
  metrics: readonly UsageMetric[];
  editable: boolean;
}

/** The usage figures the EPCI defines for its communes; each one is a column of the communes table. */
export function UsageMetricsSection({ epciId, epciName, metrics, editable }: UsageMetricsSectionProps) {
  const actions = useUsageMetricActions(epciId);
  const modals = useModals();
  const [renaming, setRenaming] = useState<UsageMetric>();
  const [done, setDone] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const columns = useMemo<TableColumn<UsageMetric>[]>(() => {
    async function remove(metric: UsageMetric) {
      const decision = await modals.deleteConfirmationModal({
        title: `Supprimer la métrique « ${metric.label} » ?`,
        children: 'Sa colonne et les valeurs saisies pour chaque commune seront supprimées (le journal les garde).',
        hideCloseButton: true,
      });
      if (decision !== 'delete') return;
      setFailure(undefined);
      try {
        await actions.remove(metric.id);
        setDone(`La métrique « ${metric.label} » a été supprimée.`);
      } catch (error) {
        setFailure(apiErrorMessage(error));
      }
    }
    const base: TableColumn<UsageMetric>[] = [
      { key: 'label', header: 'Métrique', rowHeader: true, cell: (m) => m.label },
      { key: 'referenceYear', header: 'Année de référence', cell: (m) => m.referenceYear ?? '' },
    ];
    if (!editable) return base;
    return [
      ...base,
      {
        key: 'actions',
        header: 'Actions',
        cell: (metric) => (
          <EditRemoveButtons
            onEdit={() => setRenaming(metric)}
            editLabel={`Modifier la métrique ${metric.label}`}
            onRemove={() => remove(metric)}
            removeLabel={`Supprimer la métrique ${metric.label}`}
          />
        ),
      },
    ];
  }, [editable, actions, modals]);

  return (
    <section aria-labelledby="metrics-title">
      <h2 id="metrics-title">Métriques d'usage</h2>
      <p>
        Des chiffres d'usage propres à l'intercommunalité (dossiers ADS, tickets d'assistance, jours de DPO…) : chacune
        ajoute une colonne au tableau des communes et peut servir de clé de répartition.
      </p>
      {failure && <Notice type="error">{failure}</Notice>}
      <SuccessMessage>{done}</SuccessMessage>
      {metrics.length === 0 ? (
        <p>Aucune métrique d'usage n'est définie.</p>
      ) : (
        <SortableTable caption={`Métriques d'usage ${ofName(epciName)}`} columns={columns} rows={metrics} rowKey={(m) => m.id} />
      )}
      {editable && <NewUsageMetricForm onDefine={actions.define} onDefined={setDone} />}
      {renaming && (
        <EditUsageMetricDialog
          metric={renaming}
          onSave={(input) => actions.update(renaming.id, input)}
          onSaved={setDone}
          onClose={() => setRenaming(undefined)}
        />
      )}
    </section>
  );
}
