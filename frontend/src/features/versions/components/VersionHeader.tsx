import type { VersionQuery } from '../../../gql/graphql';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { Notice } from '../../../shared/ui/Notice';
import { formatDateTime, formatMandate } from '../../schemes/format';
import { VERSION_STATUS_LABELS, type VersionContent } from '../model/versions';

interface VersionHeaderProps {
  version: VersionQuery['version'];
  content: VersionContent;
}

/** Which version this is, who froze it and why, and whether its content is still the one frozen. */
export function VersionHeader({ version, content }: VersionHeaderProps) {
  return (
    <header className="scheme-header">
      <PageHeading>{`Version ${version.number} de « ${content.scheme.title} »`}</PageHeading>
      <p className="scheme-header__meta">
        <span className="tag">{VERSION_STATUS_LABELS[version.status]}</span> · figée le {formatDateTime(version.frozenAt)} par {version.authorName} ·
        mandat {formatMandate(content.scheme.mandate)} · règles de chiffrage, version {content.rulesVersion ?? 1}
      </p>
      <p className="version-message">
        <strong>Message :</strong> {version.message}
      </p>
      {content.scheme.description && <p className="scheme-header__description">{content.scheme.description}</p>}
      {version.integrityVerified ? (
        <p className="integrity">
          <span className="tag tag--verified">
            <span className="material-icons" aria-hidden="true">
              verified
            </span>
            Intégrité vérifiée
          </span>{' '}
          <span className="muted">
            empreinte SHA-256 <code className="fingerprint">{version.sha256}</code>
          </span>
        </p>
      ) : (
        <Notice type="error">
          <strong>Intégrité non vérifiée.</strong> Le contenu enregistré de cette version ne correspond plus à l’empreinte SHA-256 calculée
          quand elle a été figée : il a pu être altéré. Ne vous fondez pas sur ces chiffres et prévenez l’administrateur de la plateforme.
        </Notice>
      )}
    </header>
  );
}
