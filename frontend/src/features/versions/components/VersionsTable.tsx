import { Button } from '@gouvfr-lasuite/cunningham-react';
import { Link } from 'react-router';
import { TableScroll } from '../../schemes/components/TableScroll';
import { formatDateTime, formatEuros } from '../../schemes/format';
import { previousOf, VERSION_STATUS_LABELS, versionLabel, type VersionSummary } from '../model/versions';
import { comparePath, versionPath } from '../paths';

interface VersionsTableProps {
  epciId: string;
  schemeId: string;
  schemeTitle: string;
  /** Newest first, as the API gives them. */
  versions: readonly VersionSummary[];
  canCompare: boolean;
  canRestore: boolean;
  onRestore: (version: VersionSummary) => void;
}

/** The scheme's timeline: each version with who froze it, why, its totals and what can be done with it. */
export function VersionsTable({ epciId, schemeId, schemeTitle, versions, canCompare, canRestore, onRestore }: VersionsTableProps) {
  return (
    <TableScroll label="Versions du schéma">
      <table className="data-table versions-table">
        <caption>Versions de « {schemeTitle} », la plus récente d’abord (montants sur le mandat)</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Statut</th>
            <th scope="col">Figée le</th>
            <th scope="col">Par</th>
            <th scope="col">Message</th>
            <th scope="col" className="numeric">
              Intercommunalité
            </th>
            <th scope="col" className="numeric">
              Communes
            </th>
            <th scope="col" className="numeric">
              Total
            </th>
            <th scope="col">Commandes</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const previous = previousOf(versions, version);
            return (
              <tr key={version.id}>
                <th scope="row">
                  <Link to={versionPath(epciId, schemeId, version.id)}>{versionLabel(version)}</Link>
                </th>
                <td>{VERSION_STATUS_LABELS[version.status]}</td>
                <td>{formatDateTime(version.frozenAt)}</td>
                <td>{version.authorName}</td>
                <td className="version-message">{version.message}</td>
                <td className="numeric">{formatEuros(version.totals.epciCents)}</td>
                <td className="numeric">{formatEuros(version.totals.communesCents)}</td>
                <td className="numeric">{formatEuros(version.totals.totalCents)}</td>
                <td>
                  <div className="row-actions">
                    {canCompare && previous && (
                      // Unique per row: each version has its own previous one.
                      <Link className="button-link" to={comparePath(epciId, schemeId, previous.id, version.id)}>
                        Comparer avec {versionLabel(previous)}
                      </Link>
                    )}
                    {canRestore && (
                      <Button size="small" variant="bordered" color="neutral" onClick={() => onRestore(version)} aria-label={`Restaurer la version ${version.number}`}>
                        Restaurer
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
