import { Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ClipboardEvent, KeyboardEvent } from 'react';

import { formatDate } from '@/utils/format';
import type { CompletenessState } from '../api/get-completeness';
import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import { cellInputId } from '../utils/grid';
import { STATE_LABELS, STATE_SYMBOLS } from '../utils/labels';
import { formatPeriodLong, lastDayToReport } from '../utils/periods';
import { fieldsOf, type CellErrors, type CellField, type CellInput } from '../utils/validation';

export interface GridCellState {
  state: CompletenessState;
  locked: boolean;
}

const FIELD_LABELS: Record<CellField, string> = { value: 'value', numerator: 'numerator', denominator: 'denominator' };

interface GridCellProps {
  measure: Measure;
  period: string;
  cell: GridCellState;
  /** The saved value, if any. */
  value: MetricValue | undefined;
  /** What the inputs show (the draft, or the saved value). */
  input: CellInput;
  errors: CellErrors;
  edited: boolean;
  readOnly: boolean;
  onEdit: (field: CellField, text: string) => void;
  onBlur: () => void;
  /** Moves between cells like a spreadsheet (arrows, Enter, Shift+Enter). */
  onKeyDown?: (field: CellField, event: KeyboardEvent<HTMLInputElement>) => void;
  /** A paste of several values (tab- and line-separated) fills the cells across and down. */
  onPaste?: (field: CellField, event: ClipboardEvent<HTMLInputElement>) => void;
}

/** One measure in one period: its state (a symbol and words), then its value, read-only or to type in. */
export function GridCell({
  measure: m,
  period: p,
  cell,
  value,
  input,
  errors,
  edited,
  readOnly,
  onEdit,
  onBlur,
  onKeyDown,
  onPaste,
}: GridCellProps) {
  const where = `${m.name}, ${formatPeriodLong(p)}`;
  return (
    <Table.Td data-state={cell.state} data-changed={edited || undefined} className="lcp-grid-cell">
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
              {value ? (m.type === 'PROPORTION' ? `${value.numerator} / ${value.denominator}` : value.value) : '—'}
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
                  onChange={(e) => onEdit(field, e.currentTarget.value)}
                  onBlur={onBlur}
                  onKeyDown={(e) => onKeyDown?.(field, e)}
                  onPaste={(e) => onPaste?.(field, e)}
                  autoComplete="off"
                />
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Table.Td>
  );
}
