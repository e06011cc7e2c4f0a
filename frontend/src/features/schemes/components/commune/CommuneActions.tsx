import type { ActionCosting } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS, type SchemeAction } from '@mutualis/domain/scheme/action';
import type { ActionProblem, SchemeContext } from '@mutualis/domain/scheme/to-costing';
import { ofName } from '@mutualis/domain/text';
import { useMemo } from 'react';
import { PAYMENT_LABELS } from '@mutualis/domain/scheme/labels';
import { formatEuros, formatEurosChange, formatMandate } from '../../format';
import { costAction } from '../../model/sharePreview';
import { TableScroll } from '../TableScroll';

interface CommuneActionsProps {
  /** In the scheme's order, a draft's or a frozen version's. */
  actions: readonly SchemeAction[];
  problems: readonly ActionProblem[];
  /** The actions' costing, with at least this commune's shares (read for this sheet). */
  shares: readonly ActionCosting[];
  /**
   * Every commune's figures, to cost each action alone for its status quo and saving; absent where
   * the reader sees only their own commune (a reviewer), and the shares are then shown alone.
   */
  context?: SchemeContext;
  insee: string;
  communeName: string;
}

/** Every action the commune takes part in: its share each year with the engine's explanation. */
export function CommuneActions({ actions: all, problems: allProblems, shares, context, insee, communeName }: CommuneActionsProps) {
  const actions = useMemo(() => all.filter((action) => action.participants.some((p) => p.insee === insee)), [all, insee]);
  const others = all.filter((a) => !actions.includes(a));

  return (
    <>
      {actions.length === 0 && <p>{communeName} ne participe à aucune action de ce schéma.</p>}
      {actions.map((action) => {
        const costed = shares.find((a) => a.actionId === action.id);
        const problems = allProblems.filter((p) => p.actionId === action.id);
        // The action alone, with the same engine and figures: its status quo and saving for this commune.
        const alone = context && costAction(context, action);
        const figures = alone?.ok ? alone.communes.get(insee) : undefined;
        return (
          <section key={action.id} className="commune-action" aria-labelledby={`action-${action.id}`}>
            <h3 id={`action-${action.id}`}>{action.title}</h3>
            <p className="muted">
              {ACTION_KIND_LABELS[action.kind]} · {formatMandate(action.years)}
            </p>
            {problems.length > 0 || !costed ? (
              <p>Action non chiffrée pour l’instant : {problems.map((p) => p.message).join(' ')}</p>
            ) : (
              <>
                {figures && (
                  <p>
                    Sur la durée de l’action : part de la commune {formatEuros(figures.schemeCents)}, situation actuelle {formatEuros(figures.statusQuoCents)},
                    économie {formatEurosChange(figures.savingCents)}.
                  </p>
                )}
                <ShareTable action={costed} insee={insee} communeName={communeName} />
              </>
            )}
          </section>
        );
      })}
      {others.length > 0 && (
        <p>
          {communeName} ne participe pas à : {others.map((a) => `« ${a.title} »`).join(', ')}.
        </p>
      )}
    </>
  );
}

function ShareTable({ action, insee, communeName }: { action: ActionCosting; insee: string; communeName: string }) {
  return (
    <TableScroll label={`Part ${ofName(communeName)} dans « ${action.title} »`}>
      <table className="data-table data-table--compact">
        <caption>
          Part {ofName(communeName)} dans « {action.title} », année par année
        </caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col" className="numeric">Part de la commune</th>
            <th scope="col">Paiement</th>
            <th scope="col">Calcul</th>
          </tr>
        </thead>
        <tbody>
          {action.years.map((year) => {
            const share = year.shares.find((s) => s.payer.kind === 'COMMUNE' && s.payer.insee === insee);
            return (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{share ? formatEuros(share.cents) : '—'}</td>
                <td>{share?.payment ? PAYMENT_LABELS[share.payment] : '—'}</td>
                <td className="explanation">{share?.explanation ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
