import type { CommuneCosting } from '@mutualis/domain/costing/types';
import { formatEtpChange, formatEuros, formatEurosChange, formatReceipt, SIGN_CONVENTION } from '../../format';
import { TableScroll } from '../TableScroll';
import { Facts } from '../../../../shared/ui/Facts';

const perInhabitant = (cents: number | null) => (cents === null ? '—' : formatEuros(cents));

/** The commune's figures over the mandate, then year by year. */
export function CommuneFigures({ commune }: { commune: CommuneCosting }) {
  const m = commune.mandate;
  const facts: [string, string][] = [
    ['Coût du schéma sur le mandat', formatEuros(m.schemeCents)],
    ['Recette sur le mandat', formatReceipt(m.receiptCents)],
    ['Situation actuelle sur le mandat', formatEuros(m.statusQuoCents)],
    ['Économie', formatEurosChange(m.savingCents)],
    ['Coût par habitant', perInhabitant(m.costPerInhabitantCents)],
    ['Déduction de l’attribution de compensation', formatEuros(m.acDeductionCents)],
    ['Effectifs en fin de mandat', formatEtpChange(m.impact.etpChange)],
    ['Dépenses de fonctionnement', formatEurosChange(m.impact.operatingExpenseChangeCents)],
  ];
  return (
    <>
      <Facts facts={facts} />
      <TableScroll label="Chiffrage par année">
        <table className="data-table">
          <caption>{commune.name} : chiffrage par année</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col" className="numeric">Coût du schéma</th>
              <th scope="col" className="numeric">Recette</th>
              <th scope="col" className="numeric">Situation actuelle</th>
              <th scope="col" className="numeric">Économie</th>
              <th scope="col" className="numeric">Par habitant</th>
              <th scope="col" className="numeric">Déduction de l’AC</th>
              <th scope="col" className="numeric">Effectifs</th>
              <th scope="col" className="numeric">Fonctionnement</th>
            </tr>
          </thead>
          <tbody>
            {commune.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{formatEuros(year.schemeCents)}</td>
                <td className="numeric">{formatReceipt(year.receiptCents)}</td>
                <td className="numeric">{formatEuros(year.statusQuoCents)}</td>
                <td className="numeric">{formatEurosChange(year.savingCents)}</td>
                <td className="numeric">{perInhabitant(year.costPerInhabitantCents)}</td>
                <td className="numeric">{formatEuros(year.acDeductionCents)}</td>
                <td className="numeric">{formatEtpChange(year.impact.etpChange)}</td>
                <td className="numeric">{formatEurosChange(year.impact.operatingExpenseChangeCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Mandat</th>
              <td className="numeric">{formatEuros(m.schemeCents)}</td>
              <td className="numeric">{formatReceipt(m.receiptCents)}</td>
              <td className="numeric">{formatEuros(m.statusQuoCents)}</td>
              <td className="numeric">{formatEurosChange(m.savingCents)}</td>
              <td className="numeric">{perInhabitant(m.costPerInhabitantCents)}</td>
              <td className="numeric">{formatEuros(m.acDeductionCents)}</td>
              <td className="numeric">{formatEtpChange(m.impact.etpChange)}</td>
              <td className="numeric">{formatEurosChange(m.impact.operatingExpenseChangeCents)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="table-note">
        Économie : situation actuelle moins coût du schéma, plus les recettes ; un montant négatif est un surcoût. Coût par habitant : population municipale.
        Effectifs et fonctionnement : variation par rapport à la situation actuelle. {SIGN_CONVENTION}
      </p>
    </>
  );
}
