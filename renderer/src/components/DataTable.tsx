import type { HTMLAttributes, ReactNode } from 'react';

export interface Column<Row> {
  /** A stable key: React's key for the column's header and cells. */
  key: string;
  header: ReactNode;
  /** `num` right-aligns figures; given to the header and every cell. */
  className?: string;
  /** The header's tooltip: what a short label stands for. */
  title?: string;
  /** The cells' classes where they differ from the header's, or depend on the row (a highlight). */
  cellClassName?: string | ((row: Row) => string | undefined);
  cell(row: Row): ReactNode;
}

interface Props<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string | number;
  /** Extra classes beside `data-table`. */
  className?: string;
  'aria-label'?: string;
  /** A caption for screen readers where the panel's title does not name the table. */
  caption?: string;
  /** Attributes of a row (its class, data-* hooks for styles and tests). */
  rowProps?(row: Row): HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };
}

/** A data table: one header row of columns, one row per item, cells as the columns say. */
export function DataTable<Row>({ columns, rows, rowKey, className, rowProps, caption, ...aria }: Props<Row>) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'} {...aria}>
      {caption ? <caption className="visually-hidden">{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.className} title={c.title}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} {...rowProps?.(row)}>
            {columns.map((c) => (
              <td key={c.key} className={cellClass(c, row)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellClass<Row>(c: Column<Row>, row: Row): string | undefined {
  if (c.cellClassName === undefined) return c.className;
  return typeof c.cellClassName === 'string' ? c.cellClassName : c.cellClassName(row);
}
