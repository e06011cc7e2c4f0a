import { memo, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { compareFrench } from '../format/french';
import { useRowWindow } from './useRowWindow';

/** Framed tables longer than this draw only the rows near their view; shorter ones cost less than a frame to draw whole. */
const DRAWN_WHOLE_UP_TO = 50;

export interface TableColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable; strings sort in French order, numbers numerically. */
  sortValue?: (row: Row) => string | number;
  numeric?: boolean;
  /** The column that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
}

type Direction = 'ascending' | 'descending';
interface SortState {
  key: string;
  direction: Direction;
}

interface SortableTableProps<Row> {
  caption: ReactNode;
  /** Keep this array stable (module constant or useMemo): the sort is memoised on it. */
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: SortState;
  rowClassName?: (row: Row) => string | undefined;
  /**
   * Contents of the totals row by column key; no totals row when absent. Kept apart from the
   * columns so that totals changing (while editing) do not re-render every row.
   */
  totals?: Readonly<Record<string, ReactNode>>;
  className?: string;
  /**
   * Scrolls the table within a box no taller than the window, both ways, its column headers and
   * row headers staying in view: for tables too long and too wide for the page. Past 50 rows,
   * only those in or near the box's view are drawn (`useRowWindow`).
   */
  framed?: boolean;
  /** Long framed tables: rows drawn wherever the box is scrolled (say, those holding unsaved input). */
  alwaysDrawn?: (row: Row) => boolean;
}

export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  rowClassName,
  totals,
  className,
  framed,
  alwaysDrawn,
}: SortableTableProps<Row>) {
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const sortedRows = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const sortedColumn = columns.find((column) => column.key === sort?.key);
  const frame = useRef<HTMLDivElement>(null);
  const windowed = framed && sortedRows.length > DRAWN_WHOLE_UP_TO;

  function toggleSort(key: string) {
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  }

  return (
    <div ref={frame} className={framed ? 'table-scroll table-scroll--framed' : 'table-scroll'}>
      <table
        className={className ? `data-table ${className}` : 'data-table'}
        // Rows not drawn are still counted: the header row, the communes, the totals row.
        aria-rowcount={windowed ? sortedRows.length + (totals ? 2 : 1) : undefined}
      >
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={windowed ? 1 : undefined}>
            {columns.map((column) => (
              <HeaderCell
                key={column.key}
                column={column}
                direction={sort?.key === column.key ? sort.direction : undefined}
                onSort={toggleSort}
              />
            ))}
          </tr>
        </thead>
        {windowed ? (
          <WindowedBody frame={frame} rows={sortedRows} rowKey={rowKey} columns={columns} rowClassName={rowClassName} alwaysDrawn={alwaysDrawn} />
        ) : (
          <tbody>
            {sortedRows.map((row) => (
              <BodyRow key={rowKey(row)} row={row} columns={columns} className={rowClassName?.(row)} />
            ))}
          </tbody>
        )}
        {totals && (
          <tfoot>
            <tr aria-rowindex={windowed ? sortedRows.length + 2 : undefined}>
              {columns.map((column) => (
                <Cell key={column.key} column={column}>
                  {totals[column.key]}
                </Cell>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {/* Always rendered: a live region only announces changes made after it appeared. */}
      <p className="visually-hidden" aria-live="polite">
        {sortedColumn && sort
          ? `Tableau trié par ${sortedColumn.header}, ordre ${sort.direction === 'ascending' ? 'croissant' : 'décroissant'}.`
          : ''}
      </p>
    </div>
  );
}

function sortRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], sort?: SortState): readonly Row[] {
  const sortValue = columns.find((column) => column.key === sort?.key)?.sortValue;
  if (!sort || !sortValue) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareValues(sortValue(a), sortValue(b)));
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareFrench(String(a), String(b));
}

interface HeaderCellProps<Row> {
  column: TableColumn<Row>;
  direction: Direction | undefined;
  onSort: (key: string) => void;
}

function HeaderCell<Row>({ column, direction, onSort }: HeaderCellProps<Row>) {
  const className = column.numeric ? 'numeric' : undefined;
  if (!column.sortValue) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  return (
    <th scope="col" className={className} aria-sort={direction ?? 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.header}
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

interface WindowedBodyProps<Row> {
  frame: RefObject<HTMLDivElement | null>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly TableColumn<Row>[];
  rowClassName?: (row: Row) => string | undefined;
  alwaysDrawn?: (row: Row) => boolean;
}

/** The rows of a framed table in or near its view, and a gap as tall as each run of the others. */
function WindowedBody<Row>({ frame, rows, rowKey, columns, rowClassName, alwaysDrawn }: WindowedBodyProps<Row>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map(rowKey), [rows, rowKey]);
  const kept = useMemo(() => new Set(alwaysDrawn ? keys.filter((_, index) => alwaysDrawn(rows[index])) : []), [keys, rows, alwaysDrawn]);
  const { items, onFocus } = useRowWindow(frame, body, keys, kept);
  return (
    <tbody ref={body} onFocus={onFocus}>
      {items.map((item, position) =>
        item.kind === 'gap' ? (
          <tr key={`gap-${position}`} className="row-gap" aria-hidden="true">
            <td colSpan={columns.length} style={{ height: item.height }} />
          </tr>
        ) : (
          <BodyRow
            key={keys[item.index]}
            row={rows[item.index]}
            rowKey={keys[item.index]}
            // After the header row.
            rowIndex={item.index + 2}
            columns={columns}
            className={rowClassName?.(rows[item.index])}
          />
        ),
      )}
    </tbody>
  );
}

interface BodyRowProps<Row> {
  row: Row;
  /** Long framed tables only: the row's key, and its place in the whole table, drawn rows or not. */
  rowKey?: string;
  rowIndex?: number;
  columns: readonly TableColumn<Row>[];
  className: string | undefined;
}

// Memoised so that re-sorting only moves rows instead of re-rendering every cell.
const BodyRow = memo(function BodyRow<Row>({ row, rowKey, rowIndex, columns, className }: BodyRowProps<Row>) {
  return (
    <tr className={className} data-row-key={rowKey} aria-rowindex={rowIndex}>
      {columns.map((column) => (
        <Cell key={column.key} column={column}>
          {column.cell(row)}
        </Cell>
      ))}
    </tr>
  );
}) as <Row>(props: BodyRowProps<Row>) => ReactNode;

function Cell<Row>({ column, children }: { column: TableColumn<Row>; children: ReactNode }) {
  const className = column.numeric ? 'numeric' : undefined;
  return column.rowHeader ? (
    <th scope="row" className={className}>
      {children}
    </th>
  ) : (
    <td className={className}>{children}</td>
  );
}
