import { useMemo, useState } from 'react';

import type { Measure } from '../api/get-measures';
import type { MetricValue } from '../api/get-metric-values';
import { cellErrors, cellKey, originalOf, sameCell } from '../utils/grid';
import { isEmptyCell, validateCell, type CellErrors, type CellField, type CellInput } from '../utils/validation';

/** One input of one cell set to a text. */
export interface GridEdit {
  m: Measure;
  p: string;
  field: CellField;
  text: string;
}

/**
 * What the grid's cells hold: the saved values, the drafts typed over them (checked once a cell
 * was left), and the server's refusals by cell. Drafts live as long as the page: leaving it with
 * changes not saved asks first (`useUnsavedChanges` in the grid).
 */
export function useGridDrafts(measures: Measure[], shown: string[], values: MetricValue[]) {
  const [drafts, setDrafts] = useState<Record<string, CellInput>>({});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [rejected, setRejected] = useState<Record<string, CellErrors>>({});

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
    if (isEmptyCell(m.type, input)) return cellErrors(m, input);
    return touched[key] ? validateCell(m.type, input) : {};
  };

  const changed = measures.flatMap((m) => shown.filter((p) => isChanged(m, p)).map((p) => ({ m, p })));

  return {
    valueByCell,
    inputOf,
    isChanged,
    /** The cell's problems: its checks (once left) and the server's refusal. */
    errorsOf: (m: Measure, p: string): CellErrors => ({ ...errorsOf(m, p), ...rejected[cellKey(m.key, p)] }),
    changed,
    rejected,
    setRejected,
    edit: (m: Measure, p: string, field: CellField, text: string) => {
      const key = cellKey(m.key, p);
      setDrafts((d) => ({ ...d, [key]: { ...(d[key] ?? originalOf(m, valueByCell.get(key))), [field]: text } }));
      setRejected(({ [key]: _gone, ...rest }) => rest);
    },
    /**
     * Several inputs at once (a paste), each checked as if typed and left: its problems show at
     * once.
     */
    editMany: (edits: GridEdit[]) => {
      const keys = edits.map(({ m, p }) => cellKey(m.key, p));
      setDrafts((d) => {
        const next = { ...d };
        edits.forEach(({ m, field, text }, i) => {
          const key = keys[i]!;
          next[key] = { ...(next[key] ?? originalOf(m, valueByCell.get(key))), [field]: text };
        });
        return next;
      });
      setTouched((t) => ({ ...t, ...Object.fromEntries(keys.map((k) => [k, true])) }));
      setRejected((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
    },
    leave: (m: Measure, p: string) => {
      const key = cellKey(m.key, p);
      setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
    },
    /** Every changed cell is checked now (a save was asked for). */
    touchChanged: () => setTouched(Object.fromEntries(changed.map(({ m, p }) => [cellKey(m.key, p), true]))),
    clear: () => {
      setDrafts({});
      setTouched({});
      setRejected({});
    },
  };
}
