import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../../shared/ui/Loading';
import { QueryFailure } from '../../../../shared/ui/QueryFailure';
import { formatDateTime } from '../../format';
import { useArchivedSchemes } from '../../hooks/useSchemes';

interface ArchivedScheme {
  id: string;
  title: string;
  revision: number;
  archivedAt?: string | null;
}

interface ArchivedSchemesProps {
  epciId: string;
  /** Drafters bring a scheme back; others only see the list. */
  canEdit: boolean;
  onUnarchive: (scheme: ArchivedScheme) => void;
}

/** « Schémas archivés », folded: read only once opened, each openable and, for drafters, brought back into the list. */
export function ArchivedSchemes({ epciId, canEdit, onUnarchive }: ArchivedSchemesProps) {
  const [open, setOpen] = useState(false);
  const { archived, error } = useArchivedSchemes(epciId, open);
  return (
    <details className="archived-schemes" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Schémas archivés</summary>
      {error ? (
        <QueryFailure error={error} />
      ) : !archived ? (
        open && <Loading />
      ) : archived.length === 0 ? (
        <p>Aucun schéma archivé.</p>
      ) : (
        <ul className="plain-list">
          {archived.map((scheme) => (
            <li key={scheme.id}>
              <Link to={scheme.id}>{scheme.title}</Link>
              {scheme.archivedAt && <> — archivé le {formatDateTime(scheme.archivedAt)}</>}{' '}
              {canEdit && (
                <Button size="small" variant="bordered" color="neutral" onClick={() => onUnarchive(scheme)} aria-label={`Désarchiver ${scheme.title}`}>
                  Désarchiver
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
