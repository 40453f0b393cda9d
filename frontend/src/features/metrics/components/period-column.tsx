import { Table } from '@mantine/core';

import { formatPeriod, formatPeriodLong } from '../utils/periods';

/** The heading of a month's column: the month in short, its long form ("March 2026") as the abbreviation's title. */
export function PeriodColumn({ period, className }: { period: string; className?: string }) {
  return (
    <Table.Th scope="col" className={className}>
      <abbr title={formatPeriodLong(period)} className="lcp-plain-abbr">
        {formatPeriod(period)}
      </abbr>
    </Table.Th>
  );
}
