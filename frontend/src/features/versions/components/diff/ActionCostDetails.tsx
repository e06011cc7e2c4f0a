import { formatEuros } from '../../../schemes/format';
import type { ActionCost } from '../../model/versions';

/** What an added or removed action costs: over the mandate with the intercommunality's part, then each year and each commune's part. */
export function ActionCostDetails({ title, cost }: { title: string; cost: ActionCost }) {
  return (
    <div className="action-cost">
      <p>
        Coût sur le mandat : <strong>{formatEuros(cost.totalCents)}</strong>, dont intercommunalité : {formatEuros(cost.epciCents)}
      </p>
      <p>Par année : {cost.years.map((y) => `${y.year} : ${formatEuros(y.totalCents)}`).join(' ; ')}</p>
      {cost.communes.length > 0 && (
        <details>
          <summary>
            Part de chaque commune sur le mandat<span className="visually-hidden"> pour {title}</span>
          </summary>
          <ul className="plain-list">
            {cost.communes.map((commune) => (
              <li key={commune.insee}>
                {commune.name} : {formatEuros(commune.cents)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
