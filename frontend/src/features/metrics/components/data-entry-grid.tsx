import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage } from '@/lib/api/problem';
import { formatDate } from '@/utils/format';
import type { CompletenessState } from '../api/get-completeness';
import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import { useImportValues, type ImportReport, type MetricValueRow } from '../api/import-values';
import { STATE_LABELS, STATE_SYMBOLS, TYPE_LABELS } from '../utils/labels';
import { formatPeriod, formatPeriodLong, lastDayToReport } from '../utils/periods';
import { fieldsOf, isEmptyCell, validateCell, type CellErrors, type CellField, type CellInput } from '../utils/validation';

export interface GridCellState {
  state: CompletenessState;
  locked: boolean;
}

const cellKey = (measureKey: string, period: string) => `${measureKey}|${period}`;
export const cellInputId = (measureKey: string, period: string, field: CellField) => `cell-${measureKey}-${period}-${field}`;

const FIELD_LABELS: Record<CellField, string> = { value: 'value', numerator: 'numerator', denominator: 'denominator' };

function originalOf(measure: Measure, value: MetricValue | undefined): CellInput {
  if (!value) return {};
  if (measure.type === 'PROPORTION') {
    return {
      numerator: value.numerator === undefined ? '' : String(value.numerator),
      denominator: value.denominator === undefined ? '' : String(value.denominator),
    };
  }
  return { value: value.value === undefined ? '' : String(value.value) };
}

function sameCell(measure: Measure, a: CellInput, b: CellInput): boolean {
  return fieldsOf(measure.type).every((f) => (a[f] ?? '').trim() === (b[f] ?? '').trim());
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function savedText(report: ImportReport): string {
  const parts = [`${report.created} new`, `${report.updated} changed`];
  if (report.unchanged) parts.push(`${report.unchanged} unchanged`);
  return `Saved ${report.received} value${report.received === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

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
  const [drafts, setDrafts] = useState<Record<string, CellInput>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [rejected, setRejected] = useState<Record<string, CellErrors>>({});
  const [summary, setSummary] = useState<{ title: string; items: SummaryItem[] }>({ title: '', items: [] });
  const [focusKey, setFocusKey] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The same save, retried after a network failure, carries the same key.
  const pending = useRef<{ body: string; key: string } | null>(null);

  const shown = useMemo(() => [...periods].reverse(), [periods]);
  const valueByCell = useMemo(() => {
    const map = new Map<string, MetricValue>();
    for (const v of values) map.set(cellKey(v.measureKey, v.period), v);
    return map;
  }, [values]);

  const inputOf = (m: Measure, p: string): CellInput =>
    drafts[cellKey(m.key, p)] ?? originalOf(m, valueByCell.get(cellKey(m.key, p)));
  const isChanged = (m: Measure, p: string) => {
    const key = cellKey(m.key, p);
    if (!drafts[key]) return false;
    const original = originalOf(m, valueByCell.get(key));
    return !sameCell(m, drafts[key], original) && !(isEmptyCell(m.type, drafts[key]) && isEmptyCell(m.type, original));
  };
  const errorsOf = (m: Measure, p: string): CellErrors => {
    const key = cellKey(m.key, p);
    if (!isChanged(m, p)) return {};
    const input = inputOf(m, p);
    if (isEmptyCell(m.type, input)) {
      const first = fieldsOf(m.type)[0]!;
      return { [first]: 'A saved value cannot be removed here: enter a value, or undo your changes.' };
    }
    return touched[key] ? validateCell(m.type, input) : {};
  };

  const changed = measures.flatMap((m) => shown.filter((p) => isChanged(m, p)).map((p) => ({ m, p })));

  const edit = (m: Measure, p: string, field: CellField, text: string) => {
    const key = cellKey(m.key, p);
    setDrafts((d) => ({ ...d, [key]: { ...inputOf(m, p), [field]: text } }));
    setRejected(({ [key]: _gone, ...rest }) => rest);
    setSaved(null);
  };

  const undo = () => {
    setDrafts({});
    setTouched({});
    setRejected({});
    setSummary({ title: '', items: [] });
    setProblem(null);
  };

  const onSave = async () => {
    setSaved(null);
    setProblem(null);
    setRejected({});
    if (changed.length === 0) {
      setSummary({ title: '', items: [] });
      setSaved('Nothing to save: no value was changed.');
      return;
    }
    setTouched(Object.fromEntries(changed.map(({ m, p }) => [cellKey(m.key, p), true])));
    const items: SummaryItem[] = [];
    for (const { m, p } of changed) {
      const input = inputOf(m, p);
      const errors = isEmptyCell(m.type, input)
        ? { [fieldsOf(m.type)[0]!]: 'A saved value cannot be removed here: enter a value, or undo your changes.' }
        : validateCell(m.type, input);
      for (const [field, message] of Object.entries(errors)) {
        items.push({ inputId: cellInputId(m.key, p, field as CellField), message: `${m.name}, ${formatPeriod(p)}: ${message}` });
      }
    }
    if (items.length) {
      setSummary({ title: 'The values were not saved', items });
      setFocusKey((k) => k + 1);
      return;
    }
    const rows: MetricValueRow[] = changed.map(({ m, p }) => {
      const input = inputOf(m, p);
      return m.type === 'PROPORTION'
        ? {
            organizationId,
            measureKey: m.key,
            period: p,
            numerator: Number(input.numerator),
            denominator: Number(input.denominator),
          }
        : { organizationId, measureKey: m.key, period: p, value: Number(input.value) };
    });
    const body = JSON.stringify(rows);
    if (pending.current?.body !== body) pending.current = { body, key: newKey() };
    try {
      const report = await save.mutateAsync({ collaborativeId, rows, idempotencyKey: pending.current.key });
      pending.current = null;
      if (report.written) {
        setDrafts({});
        setTouched({});
        setSummary({ title: '', items: [] });
        setSaved(savedText(report));
        return;
      }
      const byCell: Record<string, CellErrors> = {};
      const found: SummaryItem[] = [];
      for (const r of report.rejections) {
        const at = changed[r.row - 1];
        if (!at) continue;
        const fields = fieldsOf(at.m.type);
        const field = (fields as string[]).includes(r.field) ? (r.field as CellField) : fields[0]!;
        const key = cellKey(at.m.key, at.p);
        byCell[key] = { ...byCell[key], [field]: `Refused: ${r.message}` };
        found.push({ inputId: cellInputId(at.m.key, at.p, field), message: `${at.m.name}, ${formatPeriod(at.p)}: ${r.message}` });
      }
      setRejected(byCell);
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
      <div
        className="lcp-table-scroll lcp-grid-scroll"
        tabIndex={0}
        role="region"
        aria-label="Values by measure and period, scrollable"
      >
        <Table className="lcp-data-grid" aria-label="Values by measure and period" withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="lcp-grid-sticky">
                Measure
              </Table.Th>
              {shown.map((p) => (
                <Table.Th scope="col" key={p}>
                  <abbr title={formatPeriodLong(p)} className="lcp-plain-abbr">
                    {formatPeriod(p)}
                  </abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
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
                  const cell = cells[key] ?? { state: 'NOT_DUE', locked: false };
                  const value = valueByCell.get(key);
                  const input = inputOf(m, p);
                  const errors = { ...errorsOf(m, p), ...rejected[key] };
                  const edited = isChanged(m, p);
                  const where = `${m.name}, ${formatPeriodLong(p)}`;
                  return (
                    <Table.Td key={p} data-state={cell.state} data-changed={edited || undefined} className="lcp-grid-cell">
                      <Stack gap={4}>
                        <Text size="xs" className="lcp-cell-state">
                          <span aria-hidden="true" className="lcp-cell-symbol">
                            {edited ? '✎' : STATE_SYMBOLS[cell.state]}
                          </span>{' '}
                          {edited ? 'Edited' : STATE_LABELS[cell.state]}
                        </Text>
                        {cell.locked || readOnly ? (
                          <>
                            <Text size="sm">
                              {value
                                ? m.type === 'PROPORTION'
                                  ? `${value.numerator} / ${value.denominator}`
                                  : value.value
                                : '—'}
                            </Text>
                            {cell.locked && (
                              <Text size="xs" c="dimmed">
                                Locked after {formatDate(lastDayToReport(p, m.lockAfterDays))}
                              </Text>
                            )}
                          </>
                        ) : (
                          <Group gap={4} wrap="nowrap" align="flex-start">
                            {fieldsOf(m.type).map((field, i) => (
                              <Group key={field} gap={4} wrap="nowrap" align="flex-start">
                                {i > 0 && (
                                  <Text size="sm" aria-hidden="true" mt={4}>
                                    /
                                  </Text>
                                )}
                                <TextInput
                                  id={cellInputId(m.key, p, field)}
                                  size="xs"
                                  w={m.type === 'PROPORTION' ? 64 : 96}
                                  inputMode={m.type === 'COUNT' || m.type === 'PROPORTION' ? 'numeric' : 'decimal'}
                                  aria-label={m.type === 'PROPORTION' ? `${where}, ${FIELD_LABELS[field]}` : where}
                                  value={input[field] ?? ''}
                                  error={errors[field]}
                                  onChange={(e) => edit(m, p, field, e.currentTarget.value)}
                                  onBlur={() => setTouched((t) => (t[key] ? t : { ...t, [key]: true }))}
                                  autoComplete="off"
                                />
                              </Group>
                            ))}
                          </Group>
                        )}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
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
