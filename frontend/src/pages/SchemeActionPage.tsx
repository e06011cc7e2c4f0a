import '../features/schemes/schemes.css';
import type { ActionKind } from '@mutualis/domain/costing/types';
import { ACTION_KIND_LABELS, ACTION_KINDS } from '@mutualis/domain/scheme/action';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActionForm } from '../features/schemes/components/action-form/ActionForm';
import { useScheme, type Scheme } from '../features/schemes/hooks/useScheme';
import { useSchemeAccess } from '../features/schemes/hooks/useSchemeAccess';
import { useSchemeContext } from '../features/schemes/hooks/useSchemeContext';
import type { ContextEpci } from '../features/schemes/model/schemeContext';
import { schemePath } from '../features/schemes/paths';
import { Loading } from '../shared/ui/Loading';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied, NotFound } from '../shared/ui/StatusPages';

const isKind = (value: string | null | undefined): value is ActionKind => ACTION_KINDS.includes(value as ActionKind);

/**
 * A new action (`actions/nouvelle?nature=…`) or an existing one, edited with the live preview;
 * those who read the draft without editing it (elected officials, administrators) see the same form read-only.
 */
export function SchemeActionPage() {
  const { epciId = '', schemeId = '', actionId } = useParams();
  const [search] = useSearchParams();
  const { canRead, canEdit } = useSchemeAccess(epciId);
  const { scheme, error, refetch } = useScheme(schemeId);
  const { epci, error: contextError } = useSchemeContext(epciId);

  if (!canEdit && !(canRead && actionId)) return <AccessDenied />;
  if (error || contextError) return <QueryFailure error={error ?? contextError} />;
  if (!scheme || !epci) return <Loading />;
  return (
    <OpenedAction
      // A fresh form for each action; the form keeps its own revision once opened.
      key={actionId ?? `new-${search.get('nature')}`}
      scheme={scheme}
      epci={epci}
      actionId={actionId ?? null}
      requestedKind={search.get('nature')}
      readOnly={!canEdit}
      reload={async () => (await refetch()).data?.scheme}
    />
  );
}

function headingOf(title: string | undefined, kind: ActionKind, readOnly: boolean): string {
  if (title === undefined) return `Nouvelle action – ${ACTION_KIND_LABELS[kind]}`;
  return readOnly ? `Action « ${title} »` : `Modifier l’action « ${title} »`;
}

interface OpenedActionProps {
  scheme: Scheme;
  epci: ContextEpci;
  actionId: string | null;
  requestedKind: string | null;
  readOnly: boolean;
  reload: () => Promise<Scheme | undefined>;
}

function OpenedAction({ scheme, epci, actionId, requestedKind, readOnly, reload }: OpenedActionProps) {
  // The action as the page opened it: if a colleague removes it meanwhile, the form and the
  // drafter's input stay (the conflict panel then offers to add it back).
  const [opened] = useState(() => (actionId ? scheme.actions.find((a) => a.id === actionId) : undefined));
  const kind = opened?.definition.kind ?? requestedKind;
  if ((actionId && !opened) || !isKind(kind)) return <NotFound />;
  return (
    <>
      <p className="breadcrumb">
        <Link to={schemePath(scheme.epciId, scheme.id)}>{scheme.title}</Link>
      </p>
      <PageHeading>{headingOf(opened?.definition.title, kind, readOnly)}</PageHeading>
      <ActionForm scheme={scheme} epci={epci} actionId={actionId} kind={kind} readOnly={readOnly} reload={reload} />
    </>
  );
}
