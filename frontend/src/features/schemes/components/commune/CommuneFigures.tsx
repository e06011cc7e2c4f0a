import { savingParts } from '@mutualis/domain/costing/savings';
import type { CommuneCosting } from '@mutualis/domain/costing/types';
import { formatEtpChange, formatEuros, formatEurosChange, formatReceipt, SIGN_CONVENTION } from '../../format';
import { TableScroll } from '../TableScroll';
import { Facts } from '../../../../shared/ui/Facts';

const perInhabitant = (cents: number | null) => (cents === null ? '—' : formatEuros(cents));

/** The commune's figures over the mandate, then year by year. */
export function CommuneFigures({ commune }: { commune: CommuneCosting }) {
  const m = commune.mandate;
  const parts = savingParts(m);
  const facts: [string, string][] = [
    ['Coût du schéma sur le mandat', formatEuros(m.schemeCents)],
    ['Recette sur le mandat', formatReceipt(m.receiptCents)],
    ['Situation actuelle sur le mandat', formatEuros(m.statusQuoCents)],
    ['Économie', formatEurosChange(m.savingCents)],
    ['dont fonctionnement (recettes comprises)', formatEurosChange(parts.operatingCents)],
    ['dont investissement', formatEurosChange(parts.investmentCents)],
    ['Coût par habitant', perInhabitant(m.costPerInhabitantCents)],
    ['Déduction de l’attribution de compensation', formatEuros(m.acDeductionCents)],
    ['Effectifs en fin de mandat', formatEtpChange(m.impact.etpChange)],
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
              <th scope="col" className="numeric">dont fonctionnement</th>
              <th scope="col" className="numeric">dont investissement</th>
              <th scope="col" className="numeric">Par habitant</th>
              <th scope="col" className="numeric">Déduction de l’AC</th>
              <th scope="col" className="numeric">Effectifs</th>
            </tr>
          </thead>
          <tbody>
            {commune.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{formatEuros(year.schemeCents)}</td>
                <td className="numeric">{formatReceipt(year.receiptCents)}</td>
                <td className="numeric">{formatEuros(year.statusQuoCents)}</td>
                <SavingCells figures={year} />
                <td className="numeric">{perInhabitant(year.costPerInhabitantCents)}</td>
                <td className="numeric">{formatEuros(year.acDeductionCents)}</td>
                <td className="numeric">{formatEtpChange(year.impact.etpChange)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Mandat</th>
              <td className="numeric">{formatEuros(m.schemeCents)}</td>
              <td className="numeric">{formatReceipt(m.receiptCents)}</td>
              <td className="numeric">{formatEuros(m.statusQuoCents)}</td>
              <SavingCells figures={m} />
              <td className="numeric">{perInhabitant(m.costPerInhabitantCents)}</td>
              <td className="numeric">{formatEuros(m.acDeductionCents)}</td>
              <td className="numeric">{formatEtpChange(m.impact.etpChange)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="table-note">
        Économie : situation actuelle moins coût du schéma, plus les recettes ; elle se partage entre le fonctionnement (baisse des
        dépenses de fonctionnement, plus les recettes) et l’investissement (investissement de la situation actuelle moins la part de
        la commune dans les investissements du schéma). Coût par habitant : population municipale. Effectifs : variation par rapport
        à la situation actuelle. {SIGN_CONVENTION}
      </p>
    </>
  );
}

/** The saving and its two parts, which add up to it. */
function SavingCells({ figures }: { figures: CommuneCosting['mandate'] }) {
  const parts = savingParts(figures);
  return (
    <>
      <td className="numeric">{formatEurosChange(figures.savingCents)}</td>
      <td className="numeric">{formatEurosChange(parts.operatingCents)}</td>
      <td className="numeric">{formatEurosChange(parts.investmentCents)}</td>
    </>
  );
}
