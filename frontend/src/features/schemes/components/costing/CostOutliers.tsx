import { DEFAULT_OUTLIER_FACTOR, MAX_OUTLIER_FACTOR, MIN_OUTLIER_FACTOR, outliersAbove } from '@mutualis/domain/costing/outliers';
import type { ActionCostingSummary } from '@mutualis/domain/costing/summary';
import { useId, useMemo, useState } from 'react';
import { TextField } from '../../../../shared/forms/fields';
import { formatEuros } from '../../format';

interface CostOutliersProps {
  actions: readonly Pick<ActionCostingSummary, 'actionId' | 'title' | 'costPerInhabitant'>[];
  /** Only their names are read. */
  communes: readonly { insee: string; name: string }[];
}

/** A whole number of times the median from 2 to 1000, or null while it is not one. */
function readFactor(text: string): number | null {
  const factor = /^\d{1,4}$/.test(text.trim()) ? Number(text) : NaN;
  return factor >= MIN_OUTLIER_FACTOR && factor <= MAX_OUTLIER_FACTOR ? factor : null;
}

/**
 * Communes whose cost per inhabitant in an action is more than N times the action's median (N
 * adjustable, 10 by default): floors and ceilings applied as written can make a small commune pay
 * far more per inhabitant than the others, and the drafter should see it before the mayors do.
 */
export function CostOutliers({ actions, communes }: CostOutliersProps) {
  const id = useId();
  const [text, setText] = useState(String(DEFAULT_OUTLIER_FACTOR));
  const factor = readFactor(text);
  const names = useMemo(() => new Map(communes.map((c) => [c.insee, c.name])), [communes]);
  const flagged = useMemo(
    () =>
      factor === null
        ? []
        : actions.flatMap((action) =>
            Object.entries(outliersAbove(action.costPerInhabitant, factor)).map(([insee, costPerInhabitantCents]) => ({
              action,
              medianCents: action.costPerInhabitant.medianCents ?? 0,
              insee,
              costPerInhabitantCents,
            })),
          ),
    [actions, factor],
  );
  return (
    <section className="cost-outliers" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="field-label">
        Coûts par habitant extrêmes
      </h3>
      <div className="inline-fields">
        <TextField
          id={`${id}-factor`}
          name="outlierFactor"
          label="Seuil d’alerte (fois la médiane de l’action)"
          hint="Une commune est signalée quand son coût par habitant dans une action dépasse ce multiple de la médiane des participants (population municipale)."
          inputMode="numeric"
          value={text}
          error={factor === null ? 'Indiquez un nombre entier de 2 à 1000.' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p aria-live="polite">
        {factor === null
          ? ''
          : flagged.length === 0
            ? `Aucune commune ne paie plus de ${factor} fois la médiane d’une action par habitant.`
            : `${flagged.length} commune${flagged.length > 1 ? 's paient' : ' paie'} plus de ${factor} fois la médiane d’une action par habitant :`}
      </p>
      {flagged.length > 0 && (
        <ul className="cost-outliers__list">
          {flagged.map((f) => (
            <li key={`${f.action.actionId}-${f.insee}`}>
              {names.get(f.insee) ?? f.insee} : {formatEuros(f.costPerInhabitantCents)} par habitant pour « {f.action.title} » (médiane de l’action :{' '}
              {formatEuros(Math.round(f.medianCents))}).
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
