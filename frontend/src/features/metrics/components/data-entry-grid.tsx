import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage } from '@/lib/api/problem';
import { DataTable } from '@/components/ui/data-table';
import { PeriodColumn } from './period-column';
import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import { useImportValues } from '../api/import-values';
import { cellErrors, cellInputId, cellKey, newKey, refusedField, savedText, toRows } from '../utils/grid';
import { TYPE_LABELS } from '../utils/labels';
import { formatPeriod } from '../utils/periods';
import { type CellErrors, type CellField } from '../utils/validation';
import { GridCell, type GridCellState } from './grid-cell';
import { useGridDrafts } from './use-grid-drafts';

export type { GridCellState } from './grid-cell';

/**
 * One team's values, measures × periods (newest first), for typing in: inline checks by measure
 * type, the reporting state and lock of every cell, and one atomic JSON upload of the changed
 * cells on Save, whose rejected rows are shown at their cells.
 */
export function DataEntryGrid({
  collaborativeId,
  organizationId,
  measures,
  periods,
  cells,
  values,
  readOnly = false,
}: {
  collaborativeId: string;
  organizationId: string;
  measures: Measure[];
  /** Oldest first, as the API lists them; the grid shows the newest first. */
  periods: string[];
  cells: Record<string, GridCellState>;
  values: MetricValue[];
  readOnly?: boolean;
}) {
  const save = useImportValues();
  const [summary, setSummary] = useState<{ title: string; items: SummaryItem[] }>({ title: '', items: [] });
  const [focusKey, setFocusKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The same save, retried after a network failure, carries the same key.
  const pending = useRef<{ body: string; key: string } | null>(null);

  const shown = useMemo(() => [...periods].reverse(), [periods]);
  const grid = useGridDrafts(measures, shown, values);
  const { changed, inputOf } = grid;

  const undo = () => {
    grid.clear();
    setSummary({ title: '', items: [] });
    setProblem(null);
  };

  const onSave = async () => {
    setSaved(null);
    setProblem(null);
    grid.setRejected({});
    if (changed.length === 0) {
      setSummary({ title: '', items: [] });
      setSaved('Nothing to save: no value was changed.');
      return;
    }
    grid.touchChanged();
    const items: SummaryItem[] = [];
    for (const { m, p } of changed) {
      const errors = cellErrors(m, inputOf(m, p));
      for (const [field, message] of Object.entries(errors)) {
        items.push({ inputId: cellInputId(m.key, p, field as CellField), message: `${m.name}, ${formatPeriod(p)}: ${message}` });
      }
    }
    if (items.length) {
      setSummary({ title: 'The values were not saved', items });
      setFocusKey((k) => k + 1);
      return;
    }
    const rows = toRows(
      organizationId,
      changed.map(({ m, p }) => ({ m, p, input: inputOf(m, p) })),
    );
    const body = JSON.stringify(rows);
    if (pending.current?.body !== body) pending.current = { body, key: newKey() };
    try {
      const report = await save.mutateAsync({ collaborativeId, rows, idempotencyKey: pending.current.key });
      pending.current = null;
      if (report.written) {
        grid.clear();
        setSummary({ title: '', items: [] });
        setSaved(savedText(report));
        return;
      }
      const byCell: Record<string, CellErrors> = {};
      const found: SummaryItem[] = [];
      for (const r of report.rejections) {
        const at = changed[r.row - 1];
        if (!at) continue;
        const field = refusedField(at.m, r.field);
        const key = cellKey(at.m.key, at.p);
        byCell[key] = { ...byCell[key], [field]: `Refused: ${r.message}` };
        found.push({ inputId: cellInputId(at.m.key, at.p, field), message: `${at.m.name}, ${formatPeriod(at.p)}: ${r.message}` });
      }
      grid.setRejected(byCell);
      setSummary({
        title: `Nothing was saved: the server refused ${report.rejected} of ${report.received} value${report.received === 1 ? '' : 's'}`,
        items: found,
      });
      setFocusKey((k) => k + 1);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Stack gap="sm">
      <FormErrorSummary title={summary.title} items={summary.items} focusKey={focusKey} />
      {problem && (
        <Alert color="red" variant="light" role="alert" title="The values were not saved">
          {problem}
        </Alert>
      )}
      <DataTable
        region="Values by measure and period, scrollable"
        regionClassName="lcp-grid-scroll"
        className="lcp-data-grid"
        aria-label="Values by measure and period"
        withColumnBorders
        columns={[
          <Table.Th scope="col" className="lcp-grid-sticky">
            Measure
          </Table.Th>,
          ...shown.map((p) => <PeriodColumn period={p} />),
        ]}
      >
        {measures.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Th scope="row" className="lcp-grid-sticky">
              <Text size="sm" fw={600}>
                {m.name}
              </Text>
              <Text size="xs" c="dimmed">
                {TYPE_LABELS[m.type]}
                {m.unit ? ` · ${m.unit}` : ''}
              </Text>
            </Table.Th>
            {shown.map((p) => {
              const key = cellKey(m.key, p);
              return (
                <GridCell
                  key={p}
                  measure={m}
                  period={p}
                  cell={cells[key] ?? { state: 'NOT_DUE', locked: false }}
                  value={grid.valueByCell.get(key)}
                  input={inputOf(m, p)}
                  errors={grid.errorsOf(m, p)}
                  edited={grid.isChanged(m, p)}
                  readOnly={readOnly}
                  onEdit={(field, text) => {
                    grid.edit(m, p, field, text);
                    setSaved(null);
                  }}
                  onBlur={() => grid.leave(m, p)}
                />
              );
            })}
          </Table.Tr>
        ))}
      </DataTable>
      {!readOnly && (
        <Group gap="sm">
          <Button onClick={() => void onSave()} loading={save.isPending}>
            {changed.length ? `Save ${changed.length} changed value${changed.length === 1 ? '' : 's'}` : 'Save'}
          </Button>
          {changed.length > 0 && (
            <Button variant="default" onClick={undo} disabled={save.isPending}>
              Undo changes
            </Button>
          )}
        </Group>
      )}
      <div role="status" aria-live="polite">
        {saved && (
          <Text size="sm" fw={600}>
            {saved}
          </Text>
        )}
      </div>
    </Stack>
  );
}
