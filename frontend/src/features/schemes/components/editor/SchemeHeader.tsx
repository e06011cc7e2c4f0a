import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../../shared/ui/PageHeading';
import { formatDateTime, formatMandate } from '../../format';
import { schemesPath } from '../../paths';
import type { SchemeSummaryFieldsFragment } from '../../../../gql/graphql';
import type { Scheme } from '../../hooks/useScheme';
import type { SchemeDetails } from '../../hooks/useSchemes';
import { SchemeDetailsDialog } from '../list/SchemeDetailsDialog';

interface SchemeHeaderProps {
  scheme: Scheme;
  canEdit: boolean;
  onSaveDetails: (details: SchemeDetails) => Promise<unknown>;
  /** More commands about the whole scheme, e.g. its versions. */
  children?: ReactNode;
}

/** The title and what the draft is: all the scheme page shows while its costing is on its way. */
export function SchemeHeading({ scheme }: { scheme: SchemeSummaryFieldsFragment }) {
  return (
    <>
      <p className="breadcrumb">
        <Link to={schemesPath(scheme.epciId)}>Tous les schémas</Link>
      </p>
      <PageHeading>{scheme.title}</PageHeading>
      <p className="scheme-header__meta">
        Mandat {formatMandate(scheme.mandate)} · révision {scheme.revision} · modifié le {formatDateTime(scheme.updatedAt)}
        {scheme.updatedBy ? ` par ${scheme.updatedBy}` : ''}
      </p>
      {scheme.description && <p className="scheme-header__description">{scheme.description}</p>}
    </>
  );
}

/** Title, mandate and who changed the draft last; drafters change the title and mandate here. */
export function SchemeHeader({ scheme, canEdit, onSaveDetails, children }: SchemeHeaderProps) {
  const [editing, setEditing] = useState(false);
  return (
    <header className="scheme-header">
      <SchemeHeading scheme={scheme} />
      {canEdit ? (
        <Button size="small" variant="bordered" color="neutral" onClick={() => setEditing(true)}>
          Modifier le titre, la description ou le mandat
        </Button>
      ) : (
        <p className="muted">Lecture seule : seuls les rédacteurs de l’intercommunalité modifient le projet de schéma.</p>
      )}
      {children}
      {editing && (
        <SchemeDetailsDialog
          title="Titre, description et mandat"
          submitLabel="Enregistrer"
          initial={{ title: scheme.title, description: scheme.description, mandate: scheme.mandate }}
          onSubmit={onSaveDetails}
          onClose={() => setEditing(false)}
        />
      )}
    </header>
  );
}
