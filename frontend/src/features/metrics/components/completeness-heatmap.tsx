import { Anchor, Group, NativeSelect, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { DataTable } from '@/components/ui/data-table';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { PeriodColumn } from './period-column';
import type { CompletenessTeam, MetricCompleteness } from '../api/get-completeness';
import { STATE_LABELS, STATE_SYMBOLS } from '../utils/labels';
import { formatPeriodLong } from '../utils/periods';
import { StateLegend } from './state-legend';

const TEAMS_PER_PAGE = 10;

export function countsText(t: CompletenessTeam): string {
  return `${t.reported} reported · ${t.late} late · ${t.missing} missing · ${t.locked} locked · ${t.notDue} not due`;
}

/**
 * Which team reported which measure for which month: one table per team (measures × months),
 * each cell a symbol on a colour with an accessible name ("Screened, March 2026: Missing"),
 * the team's counts above it, and filters by team name, measure and overdue values.
 */
export function CompletenessHeatmap({ collaborativeId, data }: { collaborativeId: string; data: MetricCompleteness }) {
  const [query, setQuery] = useState('');
  const [measureKey, setMeasureKey] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [page, setPage] = useState(1);

  const measures = data.measures.filter((m) => !measureKey || m.key === measureKey);
  const teams = data.teams.filter(
    (t) =>
      t.organizationName.toLowerCase().includes(query.trim().toLowerCase()) &&
      (!overdueOnly || t.rows.some((r) => (!measureKey || r.measureKey === measureKey) && r.states.includes('MISSING'))),
  );
  const pages = Math.max(1, Math.ceil(teams.length / TEAMS_PER_PAGE));
  const current = Math.min(page, pages);
  const shown = teams.slice((current - 1) * TEAMS_PER_PAGE, current * TEAMS_PER_PAGE);
  const filter = (apply: () => void) => {
    apply();
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" className="lcp-filters" role="search" aria-label="Filter the teams">
        <TextInput label="Team name" value={query} onChange={(e) => filter(() => setQuery(e.currentTarget.value))} />
        <NativeSelect
          label="Measure"
          value={measureKey}
          onChange={(e) => filter(() => setMeasureKey(e.currentTarget.value))}
          data={[{ value: '', label: 'All measures' }, ...data.measures.map((m) => ({ value: m.key, label: m.name }))]}
        />
        <Switch
          label="Only teams with overdue values"
          checked={overdueOnly}
          onChange={(e) => filter(() => setOverdueOnly(e.currentTarget.checked))}
        />
      </Group>
      <StateLegend withLock />
      <Text size="sm" role="status">
        {teams.length} of {data.teams.length} team{data.teams.length === 1 ? '' : 's'} shown
      </Text>
      {teams.length === 0 ? (
        <EmptyState title="No team to show">
          {data.teams.length === 0 ? 'No team is enrolled yet.' : 'No team matches the filters.'}
        </EmptyState>
      ) : (
        <CardList items={shown} keyOf={(t) => t.organizationId} label="Teams">
          {(t) => (
            <ItemCard labelledBy={`heat-${t.organizationId}`} padding="md" gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor
                  component={Link}
                  to={`/collaboratives/${collaborativeId}/metrics/teams/${t.organizationId}`}
                  fw={600}
                  id={`heat-${t.organizationId}`}
                >
                  {t.organizationName}
                </Anchor>
                <Text size="sm">{countsText(t)}</Text>
              </Group>
              <DataTable
                region={`Completeness of ${t.organizationName}, scrollable`}
                regionClassName="lcp-heat-scroll"
                className="lcp-heatmap"
                aria-label={`Completeness of ${t.organizationName}`}
                columns={['Measure', ...data.periods.map((p) => <PeriodColumn period={p} className="lcp-heat-period" />)]}
              >
                {measures.map((m) => {
                  const row = t.rows.find((r) => r.measureKey === m.key);
                  return (
                    <Table.Tr key={m.key}>
                      <Table.Th scope="row">
                        <Text size="sm">{m.name}</Text>
                      </Table.Th>
                      {data.periods.map((p, i) => {
                        const state = row?.states[i] ?? 'NOT_DUE';
                        const locked = row?.locked[i] ?? false;
                        const name = `${m.name}, ${formatPeriodLong(p)}: ${STATE_LABELS[state]}${locked && state !== 'LOCKED' ? ', locked' : ''}`;
                        return (
                          <Table.Td key={p} className="lcp-heat-cell">
                            <span
                              className="lcp-state-chip"
                              data-state={state}
                              data-locked={locked || undefined}
                              role="img"
                              aria-label={name}
                              title={name}
                            >
                              {STATE_SYMBOLS[state]}
                            </span>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </DataTable>
            </ItemCard>
          )}
        </CardList>
      )}
      <PagesNav label="Pages of teams" pages={pages} page={current} onChange={setPage} />
    </Stack>
  );
}
