import { useModals } from '@gouvfr-lasuite/cunningham-react';
import type { CostingResult } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS, ACTION_KINDS, THEME_LABELS, THEMES } from '@mutualis/domain/scheme/action';
import { useMemo, useState } from 'react';
import { ChoiceGroup } from '../../../../shared/ui/ChoiceGroup';
import type { Scheme, SchemeActionRow } from '../../hooks/useScheme';
import { ActionCard } from './ActionCard';
import { AddActionForm } from './AddActionForm';

type Grouping = 'kind' | 'theme';

interface Group {
  key: string;
  label: string;
  actions: SchemeActionRow[];
}

const NO_THEME = 'none';

function groupActions(actions: readonly SchemeActionRow[], grouping: Grouping): Group[] {
  const groups =
    grouping === 'kind'
      ? ACTION_KINDS.map((kind) => ({ key: kind, label: ACTION_KIND_LABELS[kind], actions: actions.filter((a) => a.kind === kind) }))
      : [
          ...THEMES.map((theme) => ({ key: theme, label: THEME_LABELS[theme], actions: actions.filter((a) => a.theme === theme) })),
          { key: NO_THEME, label: 'Sans thème', actions: actions.filter((a) => !a.theme) },
        ];
  return groups.filter((group) => group.actions.length > 0);
}

interface ActionsPanelProps {
  scheme: Scheme;
  costing: CostingResult;
  canEdit: boolean;
  nameOf: (insee: string) => string;
  onRemove: (action: SchemeActionRow) => Promise<void>;
  onMove: (action: SchemeActionRow, position: number) => Promise<void>;
}

/** The scheme's actions by instrument or by theme, with what keeps any of them out of the costing. */
export function ActionsPanel({ scheme, costing, canEdit, nameOf, onRemove, onMove }: ActionsPanelProps) {
  const [grouping, setGrouping] = useState<Grouping>('kind');
  const modals = useModals();
  const groups = useMemo(() => groupActions([...scheme.actions].sort((a, b) => a.position - b.position), grouping), [scheme.actions, grouping]);
  const totals = useMemo(() => new Map(costing.actions.map((a) => [a.actionId, a.totalCents])), [costing]);

  async function confirmRemove(action: SchemeActionRow) {
    const decision = await modals.confirmationModal({
      title: 'Supprimer cette action ?',
      children: `« ${action.title} » sera retirée du schéma. La suppression est enregistrée dans le journal d’audit.`,
      hideCloseButton: true,
    });
    if (decision === 'yes') await onRemove(action);
  }

  return (
    <>
      {canEdit && <AddActionForm />}
      {scheme.actions.length === 0 ? (
        <p>Ce schéma ne compte encore aucune action.</p>
      ) : (
        <>
          <ChoiceGroup
            legend="Regrouper les actions"
            inline
            value={grouping}
            onChange={setGrouping}
            choices={[
              { value: 'kind', label: 'Par nature' },
              { value: 'theme', label: 'Par thème' },
            ]}
          />
          {groups.map((group) => (
            <section key={group.key} className="action-group" aria-labelledby={`group-${group.key}`}>
              <h3 id={`group-${group.key}`}>
                {group.label} <span className="muted">({group.actions.length})</span>
              </h3>
              <ol className="action-list">
                {group.actions.map((action, i) => (
                  <ActionCard
                    key={action.id}
                    action={action}
                    totalCents={totals.get(action.id) ?? null}
                    problems={scheme.costing.problems.filter((p) => p.actionId === action.id)}
                    canEdit={canEdit}
                    nameOf={nameOf}
                    // Moving past the neighbour in the same group: it takes that neighbour's place.
                    onMoveUp={i > 0 ? () => onMove(action, group.actions[i - 1].position) : undefined}
                    onMoveDown={i < group.actions.length - 1 ? () => onMove(action, group.actions[i + 1].position) : undefined}
                    onRemove={() => confirmRemove(action)}
                  />
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </>
  );
}
