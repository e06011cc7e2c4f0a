import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useMemo } from 'react';
import type { MemberFieldsFragment } from '../../../gql/graphql';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import { roleLabels } from '../../auth/labels';
import { ofName } from '@mutualis/domain/text';

type Member = MemberFieldsFragment;

interface MembersTableProps {
  epciName: string;
  members: readonly Member[];
  /** The signed-in user: nobody may demote or disable themselves from here. */
  currentUserId: string;
  onEditRole: (member: Member) => void;
  onToggleDisabled: (member: Member) => void;
  onRemove: (member: Member) => void;
  onResendInvitation: (member: Member) => void;
}

function roleText(member: Member): string {
  const role = roleLabels[member.role];
  return member.commune ? `${role} – ${member.commune.name}` : role;
}

export function MembersTable({ epciName, members, currentUserId, onEditRole, onToggleDisabled, onRemove, onResendInvitation }: MembersTableProps) {
  const columns = useMemo<TableColumn<Member>[]>(
    () => [
      {
        key: 'name',
        header: 'Nom',
        rowHeader: true,
        cell: (member) => member.user.name,
        sortValue: (member) => member.user.name,
      },
      {
        key: 'email',
        header: 'Adresse électronique',
        cell: (member) => member.user.email,
        sortValue: (member) => member.user.email,
      },
      { key: 'role', header: 'Rôle', cell: roleText, sortValue: roleText },
      {
        key: 'state',
        header: 'État',
        cell: (member) =>
          member.user.disabled ? <span className="tag tag--muted">Désactivé</span> : member.user.invitationPending ? 'Invité' : 'Actif',
        sortValue: (member) => (member.user.disabled ? 2 : member.user.invitationPending ? 1 : 0),
      },
      {
        key: 'actions',
        header: 'Actions',
        cell: (member) =>
          member.user.id === currentUserId ? (
            <span className="muted">Votre compte</span>
          ) : (
            <div className="row-actions">
              {member.user.invitationPending && !member.user.disabled && (
                <Button
                  size="small"
                  variant="bordered"
                  color="neutral"
                  onClick={() => onResendInvitation(member)}
                  aria-label={`Renvoyer l’invitation à ${member.user.name}`}
                >
                  Renvoyer l’invitation
                </Button>
              )}
              <Button
                size="small"
                variant="bordered"
                color="neutral"
                onClick={() => onEditRole(member)}
                aria-label={`Modifier le rôle ${ofName(member.user.name)}`}
              >
                Modifier le rôle
              </Button>
              <Button
                size="small"
                variant="bordered"
                color={member.user.disabled ? 'neutral' : 'error'}
                onClick={() => onToggleDisabled(member)}
                aria-label={`${member.user.disabled ? 'Réactiver' : 'Désactiver'} le compte ${ofName(member.user.name)}`}
              >
                {member.user.disabled ? 'Réactiver' : 'Désactiver'}
              </Button>
              <Button
                size="small"
                variant="bordered"
                color="error"
                onClick={() => onRemove(member)}
                aria-label={`Retirer ${member.user.name} ${ofName(epciName)}`}
              >
                Retirer
              </Button>
            </div>
          ),
      },
    ],
    [currentUserId, epciName, onEditRole, onToggleDisabled, onRemove, onResendInvitation],
  );

  return (
    <SortableTable
      caption={`Comptes ${ofName(epciName)}`}
      columns={columns}
      rows={members}
      rowKey={(member) => member.user.id}
      rowClassName={(member) => (member.user.disabled ? 'row--muted' : undefined)}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
