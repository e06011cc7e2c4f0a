import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { Link } from 'react-router';
import { TableScroll } from '../../schemes/components/TableScroll';
import { formatDateTime } from '../../schemes/format';
import { CONSULTATION_STATUS_LABELS, type ConsultationSummary } from '../model/consultation';
import { consultationPath } from '../paths';

/** Every round of consultation of the EPCI, newest first, each leading to its board. */
export function ConsultationsTable({ epciId, consultations }: { epciId: string; consultations: readonly ConsultationSummary[] }) {
  if (consultations.length === 0) {
    return <p>Aucune consultation pour l’instant. Une version figée d’un schéma se soumet aux communes depuis sa page.</p>;
  }
  return (
    <TableScroll label="Consultations des communes">
      <table className="data-table">
        <caption>Consultations des communes, la plus récente d’abord</caption>
        <thead>
          <tr>
            <th scope="col">Schéma et version</th>
            <th scope="col">État</th>
            <th scope="col">Ouverte le</th>
            <th scope="col">Dernière échéance</th>
          </tr>
        </thead>
        <tbody>
          {consultations.map((consultation) => (
            <tr key={consultation.id}>
              <th scope="row">
                <Link to={consultationPath(epciId, consultation.id)}>
                  {consultation.schemeTitle}, version {consultation.versionNumber}
                </Link>
              </th>
              <td>{CONSULTATION_STATUS_LABELS[consultation.status]}</td>
              <td>
                {formatDateTime(consultation.openedAt)} par {consultation.openedByName}
              </td>
              <td>{formatFrenchDate(consultation.lastDeadline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
