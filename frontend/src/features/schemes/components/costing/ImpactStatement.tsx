import { operatingSavingCents } from '@mutualis/domain/costing/savings';
import type { CostingSummary } from '@mutualis/domain/costing/summary';
import type { Impact } from '@mutualis/domain/costing/types';
import { formatEtpChange, formatEurosChange } from '../../format';
import { TableScroll } from '../TableScroll';

interface ImpactStatementProps {
  costing: CostingSummary;
  /** INSEE codes of the communes taking part in at least one action: the communes concerned. */
  concerned: ReadonlySet<string>;
}

function ImpactCells({ mandate, lastYear, receiptCents }: { mandate: Impact; lastYear: Impact | undefined; receiptCents: number | undefined }) {
  return (
    <>
      <td className="numeric">{formatEtpChange(mandate.etpChange)}</td>
      <td className="numeric">{formatEurosChange(operatingSavingCents(mandate))}</td>
      <td className="numeric">{receiptCents ? formatEurosChange(receiptCents) : '—'}</td>
      <td className="numeric">{lastYear ? formatEurosChange(operatingSavingCents(lastYear)) : '—'}</td>
    </>
  );
}

/**
 * The statement CGCT L5211-39-1 asks for: forecast impact of the scheme on staff (ETP) and on
 * operating expenses, for the EPCI and each commune concerned.
 */
export function ImpactStatement({ costing, concerned }: ImpactStatementProps) {
  const last = costing.mandate.last;
  const communes = costing.communes.filter((c) => concerned.has(c.insee));
  return (
    <TableScroll label="Impact prévisionnel">
      <table className="data-table">
        <caption>Impact prévisionnel sur les effectifs et les dépenses de fonctionnement (CGCT, art. L5211-39-1)</caption>
        <thead>
          <tr>
            <th scope="col">Collectivité</th>
            <th scope="col" className="numeric">Effectifs en {last}</th>
            <th scope="col" className="numeric">Économie sur les dépenses de fonctionnement, mandat</th>
            <th scope="col" className="numeric">Recettes de fonctionnement, mandat</th>
            <th scope="col" className="numeric">Économie sur les dépenses de fonctionnement en {last}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Intercommunalité</th>
            <ImpactCells mandate={costing.epci.mandate.impact} lastYear={costing.epci.years.at(-1)?.impact} receiptCents={undefined} />
          </tr>
          {communes.map((commune) => (
            <tr key={commune.insee}>
              <th scope="row">{commune.name}</th>
              <ImpactCells mandate={commune.mandate.impact} lastYear={commune.lastYear?.impact} receiptCents={commune.mandate.receiptCents} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="table-note">
        Effectifs : variation en équivalents temps plein (ETP) en fin de mandat. Économie sur les dépenses de fonctionnement : leur baisse
        par rapport à la situation actuelle, hors investissement ; un montant négatif est une hausse. Recettes : ce que la commune reçoit
        (remboursement d’une mise à disposition de ses services). Un montant positif est toujours favorable à la collectivité.
      </p>
    </TableScroll>
  );
}
