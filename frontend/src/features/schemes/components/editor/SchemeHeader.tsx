import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../../shared/ui/PageHeading';
import { formatDateTime, formatMandate } from '../../format';
import { schemesPath } from '../../paths';
import type { SchemeSummaryFieldsFragment } from '../../../../gql/graphql';
import type { SchemeDetails } from '../../hooks/useSchemes';
import { SchemeDetailsDialog } from '../list/SchemeDetailsDialog';

interface SchemeHeaderProps {
  scheme: SchemeSummaryFieldsFragment;
  /**
   * Who may change the title and mandate, and how: absent while the costed draft is on its way,
   * when the header shows the title and what the draft is from the light head read alone. The same
   * header stays once the draft is there, so its text is not drawn anew (nor counted again as the
   * page's largest paint).
   */
  details?: { canEdit: boolean; onSaveDetails: (details: SchemeDetails) => Promise<unknown> };
  /** More commands about the whole scheme, e.g. its versions. */
  children?: ReactNode;
}

/** Title, mandate and who changed the draft last; drafters change the title and mandate here. */
export function SchemeHeader({ scheme, details, children }: SchemeHeaderProps) {
  const [editing, setEditing] = useState(false);
  return (
    <header className="scheme-header">
      <p className="breadcrumb">
        <Link to={schemesPath(scheme.epciId)}>Tous les schémas</Link>
      </p>
      <PageHeading>{scheme.title}</PageHeading>
      <p className="scheme-header__meta">
        Mandat {formatMandate(scheme.mandate)} · révision {scheme.revision} · modifié le {formatDateTime(scheme.updatedAt)}
        {scheme.updatedBy ? ` par ${scheme.updatedBy}` : ''}
      </p>
      {scheme.description && <p className="scheme-header__description">{scheme.description}</p>}
      {details &&
        (details.canEdit ? (
          <Button size="small" variant="bordered" color="neutral" onClick={() => setEditing(true)}>
            Modifier le titre, la description ou le mandat
          </Button>
        ) : (
          <p className="muted">Lecture seule : seuls les rédacteurs de l’intercommunalité modifient le projet de schéma.</p>
        ))}
      {children}
      {editing && details && (
        <SchemeDetailsDialog
          title="Titre, description et mandat"
          submitLabel="Enregistrer"
          initial={{ title: scheme.title, description: scheme.description, mandate: scheme.mandate }}
          onSubmit={details.onSaveDetails}
          onClose={() => setEditing(false)}
        />
      )}
    </header>
  );
}
