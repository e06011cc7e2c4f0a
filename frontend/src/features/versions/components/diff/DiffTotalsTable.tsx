import type { MoneyChange, VersionDiff } from '../../model/versions';
import { TableScroll } from '../../../schemes/components/TableScroll';
import { MoneyChangeCells, MoneyChangeHeadings } from './MoneyChangeCells';

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
            <MoneyChangeHeadings fromLabel={fromLabel} toLabel={toLabel} />
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, money]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <MoneyChangeCells money={money} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
