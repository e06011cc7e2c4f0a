import { Button } from '@gouvfr-lasuite/cunningham-react';
import { ACTION_KIND_LABELS, THEME_LABELS } from '@mutualis/domain/scheme/action';
import { Link } from 'react-router';
import type { CostingProblem } from '../../../../gql/graphql';
import { formatEuros, formatMandate } from '../../format';
import { definitionOf, type SchemeActionRow } from '../../hooks/useScheme';
import { describeRule } from '@mutualis/domain/scheme/describe-action';

interface ActionCardProps {
  action: SchemeActionRow;
  /** Null while a problem keeps the action out of the costing. */
  totalCents: number | null;
  problems: readonly CostingProblem[];
  warnings: readonly CostingProblem[];
  canEdit: boolean;
  /** Without editing, the action's form still opens read-only (on the draft, not a frozen version). */
  canOpen: boolean;
  nameOf: (insee: string) => string;
  onMoveUp: (() => void) | undefined;
  onMoveDown: (() => void) | undefined;
  onRemove: () => void;
}

export function ActionCard({ action, totalCents, problems, warnings, canEdit, canOpen, nameOf, onMoveUp, onMoveDown, onRemove }: ActionCardProps) {
  const definition = definitionOf(action);
  const communes = action.participantCount === 1 ? '1 commune' : `${action.participantCount} communes`;
  return (
    <li className="action-card">
      <h4 className="action-card__title">{action.title}</h4>
      <p className="action-card__meta">
        N° {action.position + 1} · {ACTION_KIND_LABELS[action.kind]}
        {action.theme ? ` · ${THEME_LABELS[action.theme]}` : ''} · {formatMandate(action.years)} · {communes}
        {totalCents !== null ? ` · ${formatEuros(totalCents)} sur sa durée` : ''}
      </p>
      {definition.allocation && <p className="action-card__rule">{describeRule(definition.allocation, nameOf)}</p>}
      {problems.length > 0 && (
        <div className="action-card__problems">
          <p className="action-card__problems-title">Action non chiffrée pour l’instant :</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.message}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="action-card__warnings">
          <p className="action-card__problems-title">À vérifier :</p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.message}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      {!canEdit && canOpen && (
        <div className="row-actions">
          <Link className="button-link" to={`actions/${action.id}`} aria-label={`Consulter l’action ${action.title}`}>
            Consulter
          </Link>
        </div>
      )}
      {canEdit && (
        <div className="row-actions">
          <Link className="button-link" to={`actions/${action.id}`} aria-label={`Modifier l’action ${action.title}`}>
            Modifier
          </Link>
          {onMoveUp && (
            <Button size="small" variant="bordered" color="neutral" onClick={onMoveUp} aria-label={`Monter l’action ${action.title}`}>
              Monter
            </Button>
          )}
          {onMoveDown && (
            <Button size="small" variant="bordered" color="neutral" onClick={onMoveDown} aria-label={`Descendre l’action ${action.title}`}>
              Descendre
            </Button>
          )}
          <Button size="small" variant="bordered" color="error" onClick={onRemove} aria-label={`Supprimer l’action ${action.title}`}>
            Supprimer
          </Button>
        </div>
      )}
    </li>
  );
}
