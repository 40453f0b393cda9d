import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { BackLink } from '@/components/ui/back-link';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/page-state';
import { errorMessage, isApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { exportUsage, useCommunityUsage, type UsageParams } from '../api/usage';
import { saveBlob } from '@/utils/save-blob';

type UsageMonth = components['schemas']['CommunityUsageMonth'];

/** The report's columns: heading and figure, in the CSV's order. */
export const USAGE_COLUMNS: [keyof Omit<UsageMonth, 'month'>, string][] = [
  ['membersActive', 'Active members'],
  ['organizationsActive', 'Organisations'],
  ['joined', 'Joined'],
  ['left', 'Left'],
  ['callsHeld', 'Calls held'],
  ['callAttendance', 'Attendance at calls'],
  ['itemsAdded', 'Library items added'],
  ['downloads', 'Downloads'],
  ['opens', 'Links opened'],
];

/** "2026-03" as "March 2026". */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A learning community's usage report for its stewards: per month, active members, who joined and
 * left, calls held and attended, library items added, downloads and opens; totals; CSV.
 */
export function UsageReport({ collaborativeId }: { collaborativeId: string }) {
  const collaborative = useCollaborative(collaborativeId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [params, setParams] = useState<UsageParams>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const query = useCommunityUsage(collaborativeId, params);

  if (collaborative.isError && isApiError(collaborative.error, 404)) return <NotFound what="This community" />;
  if (query.isError && isApiError(query.error, 404)) return <NotFound what="This community" />;
  if (query.isError && isApiError(query.error, 403)) {
    return <NotAllowed reason="The usage report is for the community’s facilitators, its faculty and admins." />;
  }
  const title = collaborative.data ? `Usage report: ${collaborative.data.title}` : 'Usage report';
  const fromWrong = from !== '' && !MONTH.test(from);
  const toWrong = to !== '' && !MONTH.test(to);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { blob, fileName } = await exportUsage(collaborativeId, params);
      saveBlob(blob, fileName);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title={title}
      before={<BackLink to={`/collaboratives/${collaborativeId}/community`}>Members</BackLink>}
      actions={
        <Button onClick={() => void download()} loading={busy} disabled={!query.data}>
          Download as CSV
        </Button>
      }
    >
      <Text>The figures a funder asks for, month by month. Attendance counts what was recorded at the community’s calls.</Text>
      <form
        aria-label="Months of the report"
        onSubmit={(e) => {
          e.preventDefault();
          if (fromWrong || toWrong) return;
          setParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="month"
            id="usage-from"
            label="From"
            description="Default: 11 months before the last"
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={fromWrong ? 'A month like 2026-01.' : undefined}
          />
          <TextInput
            type="month"
            id="usage-to"
            label="To"
            description="Default: this month"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={toWrong ? 'A month like 2026-12.' : undefined}
          />
          <Button type="submit" variant="default">
            Show
          </Button>
        </Group>
      </form>
      {problem && (
        <Alert color="red" variant="light" role="alert" title="Not downloaded">
          {problem}
        </Alert>
      )}
      <div aria-busy={query.isFetching}>
        {!query.data ? (
          <QueryState query={query} what="the report" />
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" role="status">
              {monthName(query.data.from)} to {monthName(query.data.to)}
            </Text>
            <DataTable
              region="Usage by month, scrollable"
              columns={['Month', ...USAGE_COLUMNS.map(([, label]) => label)]}
              striped
            >
              {query.data.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row">{monthName(m.month)}</Table.Th>
                  {USAGE_COLUMNS.map(([key]) => (
                    <Table.Td key={key}>{m[key]}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">Total</Table.Th>
                {USAGE_COLUMNS.map(([key]) => (
                  <Table.Td key={key} fw={700}>
                    {query.data.totals[key]}
                  </Table.Td>
                ))}
              </Table.Tr>
            </DataTable>
            <Text size="xs" c="dimmed">
              Active members in the total row: at the end of the last month.
            </Text>
          </Stack>
        )}
      </div>
    </Page>
  );
}
