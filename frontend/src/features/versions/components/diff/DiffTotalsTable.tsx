import type { MoneyChange, VersionDiff } from '@mutualis/domain/versions/diff';
import { TableScroll } from '../../../schemes/components/TableScroll';
import { formatEuros, formatEurosChange } from '../../../schemes/format';
import { TrendMark } from './TrendMark';

interface DiffTotalsTableProps {
  totals: VersionDiff['totals'];
  fromLabel: string;
  toLabel: string;
}

/** Who pays what over the mandate in each version, and the difference. */
export function DiffTotalsTable({ totals, fromLabel, toLabel }: DiffTotalsTableProps) {
  const rows: [string, MoneyChange][] = [
    ['Intercommunalité', totals.epci],
    ['Communes', totals.communes],
    ['Total', totals.total],
  ];
  return (
    <TableScroll label="Totaux des deux versions">
      <table className="data-table">
        <caption>
          Coût du schéma sur le mandat, de {fromLabel} à {toLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">Payeur</th>
            <th scope="col" className="numeric">
              {fromLabel}
            </th>
            <th scope="col" className="numeric">
              {toLabel}
            </th>
            <th scope="col" className="numeric">
              Écart
            </th>
            <th scope="col">Sens</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, money]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{formatEuros(money.before)}</td>
              <td className="numeric">{formatEuros(money.after)}</td>
              <td className="numeric">{formatEurosChange(money.difference)}</td>
              <td>
                <TrendMark difference={money.difference} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
