import { Anchor, Button, Group, NativeSelect, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { DataTable } from '@/components/ui/data-table';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { PeriodColumn } from './period-column';
import type { CompletenessFilter, CompletenessTeam, MetricCompleteness } from '../api/get-completeness';
import { STATE_LABELS, STATE_SYMBOLS } from '../utils/labels';
import { formatPeriodLong } from '../utils/periods';
import { StateLegend } from './state-legend';

/** Teams per page of the heatmap. */
export const TEAMS_PER_PAGE = 10;

export function countsText(t: CompletenessTeam): string {
  return `${t.reported} reported · ${t.late} late · ${t.missing} missing · ${t.locked} locked · ${t.notDue} not due`;
}

/**
 * The heatmap's filters and page, kept in the address (`q`, `measure`, `overdue`, `page`: a link or
 * a reload shows the same teams), and the completeness read that asks the API for that page.
 */
export function useHeatmapFilters() {
  const { search, page, update } = useListFilters();
  const q = search.get('q')?.trim() || undefined;
  const measureKey = search.get('measure') || undefined;
  const overdueOnly = search.get('overdue') === 'true' || undefined;
  const request: CompletenessFilter = { q, measureKey, overdueOnly, page: page - 1, size: TEAMS_PER_PAGE };
  return { search, page, update, request };
}

export type HeatmapFilters = ReturnType<typeof useHeatmapFilters>;

/**
 * Which team reported which measure for which month: one table per team (measures × months),
 * each cell a symbol on a colour with an accessible name ("Screened, March 2026: Missing"),
 * the team's counts above it, and filters by team name, measure and overdue values. The API
 * filters and pages the teams; `data` is the page the filters ask for.
 */
export function CompletenessHeatmap({
  collaborativeId,
  data,
  filters,
  busy = false,
}: {
  collaborativeId: string;
  data: MetricCompleteness;
  filters: HeatmapFilters;
  /** A newer page is on its way (the one shown is the previous one). */
  busy?: boolean;
}) {
  const { search, page, update, request } = filters;
  const box = useSearchBox(search.get('q') ?? '', (q) => update({ q }));
  const measureKey = request.measureKey ?? '';

  const measures = data.measures.filter((m) => !measureKey || m.key === measureKey);
  const { teams, total, enrolled } = data;
  const pages = Math.ceil(total / TEAMS_PER_PAGE);

  return (
    <Stack gap="md">
      <form role="search" aria-label="Filter the teams" onSubmit={box.onSubmit}>
        <Group gap="md" align="flex-end" className="lcp-filters">
          {/* type=text: the filter keeps its role, a text box, among the other filters */}
          <TextInput id="heatmap-team-name" label="Team name" maxLength={200} {...box.input} type="text" />
          <NativeSelect
            label="Measure"
            value={measureKey}
            onChange={(e) => update({ measure: e.currentTarget.value })}
            data={[{ value: '', label: 'All measures' }, ...data.measures.map((m) => ({ value: m.key, label: m.name }))]}
          />
          <Switch
            label="Only teams with overdue values"
            checked={!!request.overdueOnly}
            onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })}
          />
        </Group>
      </form>
      <StateLegend withLock />
      <Stack gap="md" aria-busy={busy}>
        <Text size="sm" role="status">
          {total} of {enrolled} team{enrolled === 1 ? '' : 's'} shown
        </Text>
        {teams.length === 0 ? (
          <EmptyState
            title="No team to show"
            action={
              total > 0 && (
                <Button size="xs" variant="default" onClick={() => update({ page: undefined })}>
                  Show the first page
                </Button>
              )
            }
          >
            {enrolled === 0
              ? 'No team is enrolled yet.'
              : total === 0
                ? 'No team matches the filters.'
                : `This page is past the last one (${pages === 1 ? 'there is 1 page' : `there are ${pages} pages`}).`}
          </EmptyState>
        ) : (
          <CardList items={teams} keyOf={(t) => t.organizationId} label="Teams">
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
      </Stack>
      <PagesNav label="Pages of teams" pages={pages} page={page} onChange={(p) => update({ page: String(p) })} />
    </Stack>
  );
}
