import type { ActionChange } from '../../model/versions';
import { ActionCostDetails } from './ActionCostDetails';
import { FieldChanges } from './FieldChanges';

const CHANGE_LABELS: Record<ActionChange['change'], string> = { ADDED: 'Ajoutée', REMOVED: 'Supprimée', CHANGED: 'Modifiée' };

/** Each action added, removed or changed, with its changes in words, the communes joining or leaving it and what an added or removed one costs. */
export function ActionChanges({ actions }: { actions: readonly ActionChange[] }) {
  return (
    <ul className="action-list action-changes">
      {actions.map((action) => (
        <li key={action.actionId} className="action-card">
          <h3 className="action-card__title">
            {action.title} <span className={`tag tag--${action.change.toLowerCase()}`}>{CHANGE_LABELS[action.change]}</span>
          </h3>
          {action.fields.length > 0 && <FieldChanges changes={action.fields} />}
          {action.joined.length > 0 && (
            <p>
              {action.change === 'CHANGED' ? 'Communes qui rejoignent l’action' : 'Communes participantes'} : {action.joined.join(', ')}
            </p>
          )}
          {action.cost && <ActionCostDetails title={action.title} cost={action.cost} />}
          {action.left.length > 0 && (
            <p>
              {action.change === 'CHANGED' ? 'Communes qui quittent l’action' : 'Communes qui y participaient'} : {action.left.join(', ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
