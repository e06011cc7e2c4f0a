import { EditRemoveButtons } from '../../../shared/ui/EditRemoveButtons';
import { LEGAL_FORM_LABELS, SERVICE_KIND_LABELS } from '@mutualis/domain/opsn/opsn';
import { useMemo } from 'react';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import type { Opsn } from '../opsnForm';
import { ofName } from '@mutualis/domain/text';

interface OpsnTableProps {
  epciName: string;
  opsns: readonly Opsn[];
  /** Absent for those who may not edit the registry. */
  onEdit?: (opsn: Opsn) => void;
  onRemove?: (opsn: Opsn) => void;
}

function ServicesList({ services }: { services: Opsn['services'] }) {
  if (services.length === 0) return <span className="muted">Aucun service renseigné</span>;
  return (
    <ul className="plain-list">
      {services.map((service) => (
        <li key={`${service.kind}-${service.label ?? ''}`}>
          {SERVICE_KIND_LABELS[service.kind]}
          {service.label && ` (${service.label})`} :{' '}
          {service.fee ? service.fee.description : <span className="muted">tarif non renseigné</span>}
        </li>
      ))}
    </ul>
  );
}

export function OpsnTable({ epciName, opsns, onEdit, onRemove }: OpsnTableProps) {
  const columns = useMemo<TableColumn<Opsn>[]>(() => {
    const base: TableColumn<Opsn>[] = [
      {
        key: 'name',
        header: 'OPSN',
        rowHeader: true,
        cell: (opsn) => (
          <>
            {opsn.name}
            {opsn.website && (
              <a className="secondary-line" href={opsn.website} rel="noreferrer" target="_blank">
                {opsn.website.replace(/^https?:\/\//, '')}
                <span className="visually-hidden"> (site de {opsn.name}, nouvel onglet)</span>
              </a>
            )}
          </>
        ),
        sortValue: (opsn) => opsn.name,
      },
      {
        key: 'legalForm',
        header: 'Forme juridique',
        cell: (opsn) => LEGAL_FORM_LABELS[opsn.legalForm],
        sortValue: (opsn) => LEGAL_FORM_LABELS[opsn.legalForm],
      },
      { key: 'departments', header: 'Départements', cell: (opsn) => opsn.departments.join(', ') },
      { key: 'services', header: 'Services et tarifs', cell: (opsn) => <ServicesList services={opsn.services} /> },
    ];
    if (!onEdit || !onRemove) return base;
    return [
      ...base,
      {
        key: 'actions',
        header: 'Actions',
        cell: (opsn) => (
          <EditRemoveButtons
            onEdit={() => onEdit(opsn)}
            editLabel={`Modifier ${opsn.name}`}
            onRemove={() => onRemove(opsn)}
            removeLabel={`Retirer ${opsn.name} du registre`}
            removeText="Retirer"
          />
        ),
      },
    ];
  }, [onEdit, onRemove]);

  return (
    <SortableTable
      caption={`Registre des OPSN ${ofName(epciName)}`}
      columns={columns}
      rows={opsns}
      rowKey={(opsn) => opsn.id}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
