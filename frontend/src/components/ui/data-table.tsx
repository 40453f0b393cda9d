import { Table, type TableProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /**
   * The name of the region the table scrolls in on a narrow screen (usually "{the table's name},
   * scrollable"); the region takes focus, so keyboard users can scroll it.
   */
  region: string;
  /** More classes of the scrolling region. */
  regionClassName?: string;
  /** The column headings: a text is a plain heading (`<th scope="col">`); anything else is rendered as it is. */
  columns: ReactNode[];
  /** The rows of the body. */
  children: ReactNode;
}

/** A table with a row of column headings, in a region that scrolls sideways when the screen is narrow. */
export function DataTable({ region, regionClassName, columns, children, ...table }: DataTableProps) {
  return (
    <div
      className={regionClassName ? `lcp-table-scroll ${regionClassName}` : 'lcp-table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={region}
    >
      <Table {...table}>
        <ColumnHeadings columns={columns} />
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </div>
  );
}

/** A table's head: one row of column headings (a text is a plain `<th scope="col">`). */
export function ColumnHeadings({ columns }: { columns: ReactNode[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column, i) =>
          typeof column === 'string' ? (
            <Table.Th key={i} scope="col">
              {column}
            </Table.Th>
          ) : (
            <Fragment key={i}>{column}</Fragment>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

/** A column heading only screen readers read (e.g. "Actions" above a column of buttons). */
export function HiddenColumn({ label }: { label: string }) {
  return (
    <Table.Th scope="col">
      <span className="lcp-visually-hidden">{label}</span>
    </Table.Th>
  );
}
