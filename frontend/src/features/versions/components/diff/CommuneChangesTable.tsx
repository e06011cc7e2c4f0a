import { TableScroll } from '../../../schemes/components/TableScroll';
import { formatEuros, formatEurosChange } from '../../../schemes/format';
import { trendOf, type CommuneMoneyChange } from '../../model/versions';
import { MoneyChangeCells, MoneyChangeHeadings } from './MoneyChangeCells';

interface CommuneChangesTableProps {
  /** Only the communes whose cost moved, the largest rise first, as the API sorts them. */
  communes: readonly CommuneMoneyChange[];
  fromLabel: string;
  toLabel: string;
}

/** What each commune pays over the mandate in each version; the years that moved are one click away. */
export function CommuneChangesTable({ communes, fromLabel, toLabel }: CommuneChangesTableProps) {
  return (
    <TableScroll label="Écarts par commune">
      <table className="data-table">
        <caption>
          Coût du schéma pour chaque commune sur le mandat, de {fromLabel} à {toLabel}, la plus forte hausse d’abord
        </caption>
        <thead>
          <tr>
            <th scope="col">Commune</th>
            <MoneyChangeHeadings fromLabel={fromLabel} toLabel={toLabel} />
            <th scope="col">Détail par année</th>
          </tr>
        </thead>
        <tbody>
          {communes.map((commune) => (
            <tr key={commune.insee} className={trendOf(commune.mandate.difference) === 'rise' ? 'row--rise' : undefined}>
              <th scope="row">{commune.name}</th>
              <MoneyChangeCells money={commune.mandate} />
              <td>
                <details>
                  <summary>
                    {commune.years.length === 1 ? '1 année' : `${commune.years.length} années`}
                    <span className="visually-hidden"> pour {commune.name}</span>
                  </summary>
                  <ul className="plain-list">
                    {commune.years.map((year) => (
                      <li key={year.year}>
                        {year.year} : {formatEuros(year.before)} <span aria-hidden="true">→</span>
                        <span className="visually-hidden">devient</span> {formatEuros(year.after)} ({formatEurosChange(year.difference)})
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
