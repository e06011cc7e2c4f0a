import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ConsultationBoardQuery } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/french';
import { ChoiceGroup } from '../../../shared/ui/ChoiceGroup';
import { SortableTable, type TableColumn } from '../../../shared/ui/SortableTable';
import { TableScroll } from '../../schemes/components/TableScroll';
import { answerText, BOARD_FILTER_LABELS, BOARD_FILTERS, countdownText, formatShare, type BoardFilter, type ConsultationCommune } from '../model/consultation';
import { consultationCommunePath } from '../paths';
import { DocumentLink } from './DocumentLink';
import { ofName } from '@mutualis/domain/text';

type Totals = NonNullable<ConsultationBoardQuery['consultation']['totals']>;
type TotalKey = Exclude<keyof Totals, '__typename'>;

interface ConsultationBoardProps {
  epciId: string;
  consultationId: string;
  communes: readonly ConsultationCommune[];
  totals: Totals | null | undefined;
  filter: BoardFilter | null;
  onFilter: (filter: BoardFilter | null) => void;
}

const ALL = 'ALL';
const FILTER_CHOICES = [{ value: ALL, label: 'Toutes' }, ...BOARD_FILTERS.map((value) => ({ value, label: BOARD_FILTER_LABELS[value] }))] as const;

/** Every commune's answer, what needs attention first (the server's order), with totals by opinion. */
export function ConsultationBoard({ epciId, consultationId, communes, totals, filter, onFilter }: ConsultationBoardProps) {
  const columns = useMemo(() => boardColumns(epciId, consultationId), [epciId, consultationId]);
  return (
    <>
      {totals && <BoardTotals totals={totals} />}
      <section aria-labelledby="board-communes">
        <h2 id="board-communes">Avis des communes</h2>
        <ChoiceGroup legend="Afficher" inline choices={FILTER_CHOICES} value={filter ?? ALL} onChange={(value) => onFilter(value === ALL ? null : (value as BoardFilter))} />
        {communes.length === 0 ? (
          <p>Aucune commune ne correspond à ce filtre.</p>
        ) : (
          <SortableTable
            caption={`Avis des communes${filter ? ` : ${BOARD_FILTER_LABELS[filter].toLowerCase()}` : ''}, ce qui demande attention d’abord (${communes.length})`}
            columns={columns}
            rows={communes}
            rowKey={(row) => row.communeId}
            rowClassName={(row) => (row.late ? 'row--highlighted' : undefined)}
            className="board-table"
          />
        )}
      </section>
    </>
  );
}

function boardColumns(epciId: string, consultationId: string): TableColumn<ConsultationCommune>[] {
  return [
    {
      key: 'name',
      header: 'Commune',
      rowHeader: true,
      sortValue: (row) => row.name,
      cell: (row) => <Link to={consultationCommunePath(epciId, consultationId, row.communeId)}>{row.name}</Link>,
    },
    { key: 'population', header: 'Population', numeric: true, sortValue: (row) => row.population, cell: (row) => formatInteger(row.population) },
    { key: 'notifiedOn', header: 'Notifiée le', sortValue: (row) => row.notifiedOn, cell: (row) => formatFrenchDate(row.notifiedOn) },
    {
      key: 'deadline',
      header: 'Échéance',
      sortValue: (row) => row.deadline,
      cell: (row) => (
        <>
          {formatFrenchDate(row.deadline)}
          {row.state === 'AWAITED' && (
            <span className="secondary-line">
              {countdownText(row.daysLeft)}
              {row.late && ' : à relancer'}
            </span>
          )}
        </>
      ),
    },
    { key: 'answer', header: 'Avis', sortValue: (row) => answerText(row), cell: (row) => answerCell(row) },
    {
      key: 'deliberation',
      header: 'Délibération',
      cell: (row) =>
        row.opinion ? (
          <>
            n° {row.opinion.deliberationNumber} du {formatFrenchDate(row.opinion.deliberationDate)}
            {row.opinion.document && (
              <span className="secondary-line">
                <DocumentLink document={row.opinion.document} label={`Délibération ${ofName(row.name)} (PDF)`} />
              </span>
            )}
          </>
        ) : (
          '—'
        ),
    },
    { key: 'reservations', header: 'Réserves', cell: (row) => <span className="reservations">{row.opinion?.reservations ?? '—'}</span> },
    { key: 'comments', header: 'Commentaires', numeric: true, sortValue: (row) => row.commentCount, cell: (row) => formatInteger(row.commentCount) },
  ];
}

function answerCell(row: ConsultationCommune) {
  return (
    <>
      {answerText(row)}
      {row.opinion?.recordedOnPaper && <span className="secondary-line">reçu sur papier, saisi par {row.opinion.recordedByName}</span>}
    </>
  );
}

const TOTAL_ROWS: readonly { label: string; count: TotalKey; population: TotalKey }[] = [
  { label: 'Favorable', count: 'favorable', population: 'favorablePopulation' },
  { label: 'Favorable avec réserves', count: 'favorableWithReservations', population: 'favorableWithReservationsPopulation' },
  { label: 'Défavorable', count: 'unfavorable', population: 'unfavorablePopulation' },
  { label: 'Réputé favorable', count: 'deemedFavorable', population: 'deemedFavorablePopulation' },
  { label: 'En attente', count: 'awaited', population: 'awaitedPopulation' },
];

/** Counts of communes by opinion, and the same weighted by population: informative, the law sets no majority. */
function BoardTotals({ totals }: { totals: Totals }) {
  return (
    <section aria-labelledby="board-totals">
      <h2 id="board-totals">Totaux</h2>
      <TableScroll label="Totaux par avis">
        <table className="data-table data-table--compact">
          <caption>Communes et population par avis</caption>
          <thead>
            <tr>
              <th scope="col">Avis</th>
              <th scope="col" className="numeric">Communes</th>
              <th scope="col" className="numeric">Part des communes</th>
              <th scope="col" className="numeric">Population</th>
              <th scope="col" className="numeric">Part de la population</th>
            </tr>
          </thead>
          <tbody>
            {TOTAL_ROWS.map((row) => (
              <tr key={row.count}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{formatInteger(totals[row.count])}</td>
                <td className="numeric">{formatShare(totals[row.count], totals.communes)}</td>
                <td className="numeric">{formatInteger(totals[row.population])}</td>
                <td className="numeric">{formatShare(totals[row.population], totals.population)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="numeric">{formatInteger(totals.communes)}</td>
              <td className="numeric">{formatShare(totals.communes, totals.communes)}</td>
              <td className="numeric">{formatInteger(totals.population)}</td>
              <td className="numeric">{formatShare(totals.population, totals.population)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="table-note">Population totale. Ces totaux sont indicatifs : la loi ne fixe aucune majorité, les avis des communes sont consultatifs.</p>
    </section>
  );
}
