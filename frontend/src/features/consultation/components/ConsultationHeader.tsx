import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { Link } from 'react-router';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { formatDateTime } from '../../schemes/format';
import { versionPath } from '../../versions/paths';
import { CONSULTATION_STATUS_LABELS, type ConsultationSummary } from '../model/consultation';

interface ConsultationHeaderProps {
  epciId: string;
  consultation: ConsultationSummary;
  /**
   * For the EPCI's people (not the communes' reviewers): a link to the version's page, and the
   * round's own dates (its last deadline, when it may be closed).
   */
  forEpci: boolean;
  heading?: string;
}

/** Which version is consulted, since when, by whom, and where the round stands. */
export function ConsultationHeader({ epciId, consultation: c, forEpci, heading }: ConsultationHeaderProps) {
  const version = `version ${c.versionNumber} de « ${c.schemeTitle} »`;
  return (
    <header className="scheme-header">
      {forEpci && (
        <p className="breadcrumb">
          <Link to={versionPath(epciId, c.schemeId, c.versionId)}>
            {c.schemeTitle}, version {c.versionNumber}
          </Link>
        </p>
      )}
      <PageHeading>{heading ?? `Consultation sur la ${version}`}</PageHeading>
      <p className="scheme-header__meta">
        <span className="tag">{CONSULTATION_STATUS_LABELS[c.status]}</span> · ouverte le {formatDateTime(c.openedAt)} par {c.openedByName}
        {c.closedAt && ` · close le ${formatDateTime(c.closedAt)} par ${c.closedByName ?? '—'}`}
        {c.withdrawnAt && ` · retirée le ${formatDateTime(c.withdrawnAt)} par ${c.withdrawnByName ?? '—'}`}
      </p>
      {c.withdrawalReason && (
        <p>
          <strong>Motif du retrait :</strong> {c.withdrawalReason}
        </p>
      )}
      {forEpci && c.status === 'OPEN' && (
        <p>
          Dernière échéance des communes : {formatFrenchDate(c.lastDeadline)}.{' '}
          {c.closableFrom && `La consultation peut être close à partir du ${formatFrenchDate(c.closableFrom)}.`}
        </p>
      )}
    </header>
  );
}
