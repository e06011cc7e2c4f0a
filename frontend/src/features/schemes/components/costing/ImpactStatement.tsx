import type { CostingSummary } from '@mutualis/domain/costing/summary';
import type { Impact } from '@mutualis/domain/costing/types';
import { formatEtpChange, formatEurosChange, formatReceipt, SIGN_CONVENTION } from '../../format';
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
      <td className="numeric">{formatEurosChange(mandate.operatingExpenseChangeCents)}</td>
      <td className="numeric">{formatReceipt(receiptCents)}</td>
      <td className="numeric">{lastYear ? formatEurosChange(lastYear.operatingExpenseChangeCents) : '—'}</td>
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
            <th scope="col" className="numeric">Fonctionnement sur le mandat</th>
            <th scope="col" className="numeric">Recettes de fonctionnement sur le mandat</th>
            <th scope="col" className="numeric">Fonctionnement en {last}</th>
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
        Effectifs : variation en équivalents temps plein (ETP) en fin de mandat. Fonctionnement : variation des dépenses par rapport à
        la situation actuelle ; un montant négatif est une économie. Recettes : ce que la commune reçoit (remboursement d’une mise à disposition de ses
        services). {SIGN_CONVENTION}
      </p>
    </TableScroll>
  );
}
