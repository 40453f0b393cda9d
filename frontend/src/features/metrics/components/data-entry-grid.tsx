import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage } from '@/lib/api/problem';
import { DataTable } from '@/components/ui/data-table';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';
import { useUnsavedChanges } from '@/lib/use-unsaved-changes';
import { PeriodColumn } from './period-column';
import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import { useImportValues } from '../api/import-values';
import { cellErrors, cellInputId, cellKey, newKey, refusedField, savedText, toRows } from '../utils/grid';
import { isMultiPaste, parsePasted, pasteTargets, type GridSpot } from '../utils/grid-keys';
import { TYPE_LABELS } from '../utils/labels';
import { formatPeriod } from '../utils/periods';
import { fieldsOf, type CellErrors, type CellField, type CellInput } from '../utils/validation';
import { GridCell, type GridCellState } from './grid-cell';
import { useGridDrafts, type GridEdit } from './use-grid-drafts';

export type { GridCellState } from './grid-cell';

/**
 * One team's values, measures × periods (newest first), for typing in: inline checks by measure
 * type, the reporting state and lock of every cell, and one atomic JSON upload of the changed
 * cells on Save, whose rejected rows are shown at their cells.
 *
 * Like a spreadsheet: ↑/↓ (and Enter/Shift+Enter) move to the cell below/above, ←/→ to the next
 * input once the caret is at the edge of the text, Tab through the inputs in reading order; a row
 * (or block) pasted from a spreadsheet fills the cells across and down, each value checked as if
 * typed. Changes live until saved or undone: leaving the page with some asks first.
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
  const guard = useUnsavedChanges(!readOnly && changed.length > 0);
  const [pasted, setPasted] = useState<string | null>(null);

  const editable = (m: Measure, p: string) => !readOnly && !cells[cellKey(m.key, p)]?.locked;

  /** Focuses a cell's input (its first, or the field asked for); false when it has none (locked). */
  const focusSpot = ({ row, col, field }: GridSpot) => {
    const m = measures[row];
    const p = shown[col];
    if (!m || !p) return false;
    const fields = fieldsOf(m.type);
    const f = fields.includes(field) ? field : fields[0]!;
    const el = document.getElementById(cellInputId(m.key, p, f)) as HTMLInputElement | null;
    if (!el) return false;
    el.focus();
    el.select();
    return true;
  };

  /** The next cell with an input in a direction (skipping locked ones). */
  const move = (from: GridSpot, rows: number, cols: number) => {
    if (rows !== 0) {
      for (let row = from.row + rows; row >= 0 && row < measures.length; row += rows) {
        if (focusSpot({ ...from, row })) return;
      }
      return;
    }
    const fields = fieldsOf(measures[from.row]!.type);
    const within = fields[fields.indexOf(from.field) + cols];
    if (within) {
      focusSpot({ ...from, field: within });
      return;
    }
    for (let col = from.col + cols; col >= 0 && col < shown.length; col += cols) {
      const edge = cols > 0 ? fields[0]! : fields[fields.length - 1]!;
      if (focusSpot({ row: from.row, col, field: edge })) return;
    }
  };

  const onKeyDown = (spot: GridSpot, e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    const step: Record<string, [number, number, boolean] | undefined> = {
      ArrowUp: [-1, 0, true],
      ArrowDown: [1, 0, true],
      Enter: [e.shiftKey ? -1 : 1, 0, true],
      ArrowLeft: [0, -1, atStart || input.value === ''],
      ArrowRight: [0, 1, atEnd || input.value === ''],
    };
    const s = step[e.key];
    if (!s || !s[2] || (e.shiftKey && e.key !== 'Enter')) return;
    e.preventDefault();
    move(spot, s[0], s[1]);
  };

  const onPaste = (spot: GridSpot, e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isMultiPaste(text)) return;
    e.preventDefault();
    const edits: GridEdit[] = [];
    let skipped = 0;
    for (const { spot: at, text: value } of pasteTargets(measures, shown, spot, parsePasted(text))) {
      const m = at && measures[at.row];
      const p = at && shown[at.col];
      if (!at || !m || !p || !editable(m, p)) skipped += 1;
      else edits.push({ m, p, field: at.field, text: value });
    }
    grid.editMany(edits);
    setSaved(null);
    // Each filled cell as it now reads, checked as typing and leaving it would.
    const filled = new Map<string, { m: Measure; input: CellInput }>();
    for (const { m, p, field, text: value } of edits) {
      const key = cellKey(m.key, p);
      const was = filled.get(key)?.input ?? inputOf(m, p);
      filled.set(key, { m, input: { ...was, [field]: value } });
    }
    const cellsFilled = filled.size;
    const problems = [...filled.values()].filter(({ m, input }) => Object.keys(cellErrors(m, input)).length > 0).length;
    setPasted(
      `Pasted ${edits.length} value${edits.length === 1 ? '' : 's'} into ${cellsFilled} cell${cellsFilled === 1 ? '' : 's'}` +
        (problems ? `; ${problems} ${problems === 1 ? 'cell needs' : 'cells need'} a correction` : '') +
        (skipped ? `; ${skipped} ${skipped === 1 ? 'value was' : 'values were'} left out (locked, or outside the grid)` : '') +
        '.',
    );
  };

  const undo = () => {
    grid.clear();
    setPasted(null);
    setSummary({ title: '', items: [] });
    setProblem(null);
  };

  const onSave = async () => {
    setSaved(null);
    setPasted(null);
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
        {measures.map((m, row) => (
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
            {shown.map((p, col) => {
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
                  onKeyDown={(field, e) => onKeyDown({ row, col, field }, e)}
                  onPaste={(field, e) => onPaste({ row, col, field }, e)}
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
      <UnsavedChangesDialog guard={guard} what={`${changed.length} changed value${changed.length === 1 ? '' : 's'}`} />
      <div role="status" aria-live="polite">
        {pasted && <Text size="sm">{pasted}</Text>}
        {saved && (
          <Text size="sm" fw={600}>
            {saved}
          </Text>
        )}
      </div>
    </Stack>
  );
}
