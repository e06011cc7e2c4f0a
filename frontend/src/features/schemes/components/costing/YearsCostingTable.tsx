import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { formatEuros } from '../../format';
import { TableScroll } from '../TableScroll';

/** The scheme year by year; also the text alternative of the chart drawn from the same figures. */
export function YearsCostingTable({ costing, id }: { costing: CostingSummary; id?: string }) {
  const mandate = costing.totals.mandate;
  return (
    <TableScroll label="Chiffrage par année">
      <table className="data-table" id={id}>
        <caption>Chiffrage par année</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col" className="numeric">Coût total</th>
            <th scope="col" className="numeric">Intercommunalité</th>
            <th scope="col" className="numeric">Communes</th>
          </tr>
        </thead>
        <tbody>
          {costing.totals.years.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td className="numeric">{formatEuros(year.totalCents)}</td>
              <td className="numeric">{formatEuros(year.epciCents)}</td>
              <td className="numeric">{formatEuros(year.communesCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Mandat</th>
            <td className="numeric">{formatEuros(mandate.totalCents)}</td>
            <td className="numeric">{formatEuros(mandate.epciCents)}</td>
            <td className="numeric">{formatEuros(mandate.communesCents)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
