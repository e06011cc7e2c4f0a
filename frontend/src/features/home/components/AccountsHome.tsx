import { Link } from 'react-router';
import { Loading } from '../../../shared/ui/Loading';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { useMembers } from '../../accounts/hooks/useMembers';
import { roleLabels } from '../../auth/labels';
import type { Role } from '../../../gql/graphql';
import { NextSteps } from './NextSteps';

const ROLES: Role[] = ['DRAFTER', 'REVIEWER', 'ELECTED', 'ADMIN'];

/** The administrator's accounts: who holds which role, and whom to invite first in a new EPCI. */
export function AccountsHome({ epciId }: { epciId: string }) {
  const { members, error } = useMembers(epciId);
  if (error) return <QueryFailure error={error} />;
  if (!members) return <Loading />;
  const active = members.filter((m) => !m.user.disabled);
  const count = (role: Role) => active.filter((m) => m.role === role).length;
  const disabled = members.length - active.length;
  return (
    <NextSteps id="home-accounts" title="Comptes de l’intercommunalité">
      <ul className="home-list">
        {ROLES.map((role) => (
          <li key={role}>
            {roleLabels[role]} : {count(role)}
          </li>
        ))}
        {disabled > 0 && <li>Comptes désactivés : {disabled}</li>}
      </ul>
      {count('DRAFTER') === 0 && <p>Aucun rédacteur : invitez la personne qui rédigera le schéma (DSI, DGS) pour qu’elle puisse commencer.</p>}
      <p>
        <Link to={`/epci/${epciId}/comptes`}>Gérer les comptes et les rôles</Link>
      </p>
    </NextSteps>
  );
}
