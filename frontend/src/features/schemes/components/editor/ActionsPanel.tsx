import { useModals } from '@gouvfr-lasuite/cunningham-react';
import type { CostingSummary } from '@mutualis/domain/costing/summary';
import type { CostingProblem } from '../../../../gql/graphql';
import { ACTION_KIND_LABELS, ACTION_KINDS, THEME_LABELS, THEMES } from '@mutualis/domain/scheme/action';
import { useMemo, useState } from 'react';
import { ChoiceGroup } from '../../../../shared/ui/ChoiceGroup';
import type { SchemeActionRow } from '../../hooks/useScheme';
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

/** What a drafter does with the draft's actions; a frozen version has none of it. */
export interface ActionsEditing {
  onRemove: (action: SchemeActionRow) => Promise<void>;
  onMove: (action: SchemeActionRow, position: number) => Promise<void>;
}

interface ActionsPanelProps {
  actions: readonly SchemeActionRow[];
  problems: readonly CostingProblem[];
  /** What does not add up in actions costed all the same. */
  warnings: readonly CostingProblem[];
  costing: CostingSummary;
  nameOf: (insee: string) => string;
  /** Absent: the actions are only read. */
  editing?: ActionsEditing | undefined;
  /** Each action opens in its form (read-only without editing): the draft's actions, not a version's. */
  openable?: boolean;
}

/** The scheme's actions by instrument or by theme, with what keeps any of them out of the costing. */
export function ActionsPanel({ actions, problems, warnings, costing, nameOf, editing, openable = false }: ActionsPanelProps) {
  const [grouping, setGrouping] = useState<Grouping>('kind');
  const modals = useModals();
  const groups = useMemo(() => groupActions([...actions].sort((a, b) => a.position - b.position), grouping), [actions, grouping]);
  const totals = useMemo(() => new Map(costing.actions.map((a) => [a.actionId, a.totalCents])), [costing]);

  async function confirmRemove(action: SchemeActionRow) {
    const decision = await modals.confirmationModal({
      title: 'Supprimer cette action ?',
      children: `« ${action.title} » sera retirée du schéma. La suppression est enregistrée dans le journal d’audit.`,
      hideCloseButton: true,
    });
    if (decision === 'yes') await editing?.onRemove(action);
  }

  return (
    <>
      {editing && <AddActionForm />}
      {actions.length === 0 ? (
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
                    problems={problems.filter((p) => p.actionId === action.id)}
                    warnings={warnings.filter((w) => w.actionId === action.id)}
                    canEdit={editing !== undefined}
                    canOpen={openable}
                    nameOf={nameOf}
                    // Moving past the neighbour in the same group: it takes that neighbour's place.
                    onMoveUp={editing && i > 0 ? () => editing.onMove(action, group.actions[i - 1].position) : undefined}
                    onMoveDown={editing && i < group.actions.length - 1 ? () => editing.onMove(action, group.actions[i + 1].position) : undefined}
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
