import '../features/journal/journal.css';
import { useQuery } from '@apollo/client/react';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { JournalNames } from '@mutualis/domain/audit/journal';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { roleLabels } from '../features/auth/labels';
import { can, membershipOf } from '../features/auth/session';
import { JournalFilters } from '../features/journal/components/JournalFilters';
import { JournalTable } from '../features/journal/components/JournalTable';
import { JournalContextQuery } from '../features/journal/graphql/journal';
import { useJournal, type JournalFilter } from '../features/journal/hooks/useJournal';
import type { Role } from '../gql/graphql';
import { apiErrorMessage } from '../shared/graphql/errors';
import { Loading } from '../shared/ui/Loading';
import { Notice } from '../shared/ui/Notice';
import { PageHeading } from '../shared/ui/PageHeading';
import { QueryFailure } from '../shared/ui/QueryFailure';
import { AccessDenied } from '../shared/ui/StatusPages';

/** Filters as they are written in the address. */
const PARAMS: Record<keyof JournalFilter, string> = { actorId: 'personne', kind: 'type', from: 'du', to: 'au' };

/** Everything changed in the EPCI, by whom and when, for its administrators and elected officials. */
export function JournalPage() {
  const { epciId = '' } = useParams();
  const { user } = useSession();
  const allowed = can(user ? membershipOf(user, epciId) : undefined, 'AUDIT_READ');
  if (!allowed) return <AccessDenied />;
  return <Journal epciId={epciId} />;
}

function Journal({ epciId }: { epciId: string }) {
  const [params, setParams] = useSearchParams();
  const filter: JournalFilter = {
    actorId: params.get(PARAMS.actorId) ?? '',
    kind: params.get(PARAMS.kind) ?? '',
    from: params.get(PARAMS.from) ?? '',
    to: params.get(PARAMS.to) ?? '',
  };
  const context = useQuery(JournalContextQuery, { variables: { epciId } });
  const journal = useJournal(epciId, filter);
  const epci = context.data?.epci;
  const names = useMemo<JournalNames>(() => {
    const communes = new Map(epci?.communes.map((c) => [c.inseeCode, c.name]));
    const metrics = new Map(epci?.usageMetrics.map((m) => [m.key, m.label]));
    return {
      commune: (insee) => communes.get(insee) ?? insee,
      metric: (key) => metrics.get(key) ?? key,
      role: (role) => roleLabels[role as Role] ?? role,
    };
  }, [epci]);

  function change(next: Partial<JournalFilter>) {
    const merged = { ...filter, ...next };
    const written = new URLSearchParams();
    for (const [key, param] of Object.entries(PARAMS) as [keyof JournalFilter, string][]) {
      if (merged[key]) written.set(param, merged[key]);
    }
    setParams(written, { replace: true });
  }

  if (context.error) return <QueryFailure error={context.error} />;
  if (!context.data) return <Loading />;
  return (
    <>
      <PageHeading>Journal des modifications</PageHeading>
      <p>
        Chaque changement apporté aux données de l’intercommunalité y est enregistré et ne peut être ni modifié ni effacé, y compris ce qui a été
        supprimé depuis. Heures de Paris.
      </p>
      <JournalFilters filter={filter} people={context.data.journalPeople} onChange={change} />
      {journal.error ? <Notice type="error">{apiErrorMessage(journal.error)}</Notice> : null}
      <div aria-live="polite" className="visually-hidden">
        {journal.loading ? 'Chargement du journal…' : `${journal.events.length} changement${journal.events.length > 1 ? 's' : ''} affiché${journal.events.length > 1 ? 's' : ''}.`}
      </div>
      {journal.events.length === 0 && !journal.loading && !journal.error ? (
        <p>Aucun changement ne correspond à ces critères.</p>
      ) : (
        <JournalTable events={journal.events} names={names} />
      )}
      {journal.next && (
        <p>
          <Button type="button" variant="bordered" color="neutral" onClick={() => void journal.more()} aria-disabled={journal.loading}>
            {journal.loading ? 'Chargement…' : 'Afficher les changements plus anciens'}
          </Button>
        </p>
      )}
    </>
  );
}
