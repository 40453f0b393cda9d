import { Group, List, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';

import type { MeasureType } from '../api/get-measures';
import type { ChartKind, ChartSignal, RunChartSeries, RunChartSignal } from '../api/get-run-chart';
import { CHART_LABELS, RULE_LABELS, SIGNAL_LABELS, formatValue } from '../utils/labels';
import { formatPeriod, formatPeriodLong } from '../utils/periods';
import { DataTable } from '@/components/ui/data-table';
import { collaborativeQueries } from '@/lib/queries/collaboratives';
import { ChartDownloads } from './chart-export';

export interface ShownSeries {
  label: string;
  series: RunChartSeries;
  /** The series the median and the signal points belong to (drawn solid, in front). */
  primary: boolean;
}

const W = 720;
const H = 300;
const M = { top: 16, right: 96, bottom: 40, left: 56 };

/** Whether a signal is good news for a measure that should go up (INCREASE) or down. */
export function signalMeaning(kind: RunChartSignal['kind'], direction: 'INCREASE' | 'DECREASE'): string {
  const up = kind === 'SHIFT_ABOVE' || kind === 'TREND_UP';
  return up === (direction === 'INCREASE') ? 'improvement' : 'worsening';
}

export function signalText(s: RunChartSignal, direction: 'INCREASE' | 'DECREASE'): string {
  return `${SIGNAL_LABELS[s.kind]}: ${formatPeriod(s.fromPeriod)} to ${formatPeriod(s.toPeriod)}, ${s.periods.length} points (${signalMeaning(s.kind, direction)})`;
}

/** A special cause's name, with its side or direction (the run chart's as its signals are named). */
export function causeLabel(s: ChartSignal): string {
  const up = s.direction === 'ABOVE' || s.direction === 'UP';
  switch (s.rule) {
    case 'SHIFT':
      return `Shift ${up ? 'above' : 'below'} the median`;
    case 'TREND':
      return `Trend ${up ? 'up' : 'down'}`;
    case 'EIGHT_ON_ONE_SIDE':
      return `8 or more ${up ? 'above' : 'below'} the centre line`;
    case 'SIX_TRENDING':
      return `6 or more going ${up ? 'up' : 'down'}`;
    case 'OUTSIDE_LIMITS':
      return up ? 'Above the upper control limit' : 'Below the lower control limit';
    case 'TWO_OF_THREE_BEYOND_2_SIGMA':
      return `2 of 3 beyond 2 sigma ${up ? 'above' : 'below'} the centre line`;
    default:
      return RULE_LABELS[s.rule];
  }
}

/** A key for a special cause's points on the chart (the run chart's as its signals' kinds). */
function causeKey(s: ChartSignal): string {
  const up = s.direction === 'ABOVE' || s.direction === 'UP';
  if (s.rule === 'SHIFT') return up ? 'SHIFT_ABOVE' : 'SHIFT_BELOW';
  if (s.rule === 'TREND') return up ? 'TREND_UP' : 'TREND_DOWN';
  return s.direction ? `${s.rule}_${s.direction}` : s.rule;
}

/** A special cause in words: the rule, where, and whether it is good news for the measure. */
export function causeText(s: ChartSignal, direction: 'INCREASE' | 'DECREASE'): string {
  const where =
    s.fromPeriod === s.toPeriod ? formatPeriod(s.fromPeriod) : `${formatPeriod(s.fromPeriod)} to ${formatPeriod(s.toPeriod)}`;
  const up = s.direction === 'ABOVE' || s.direction === 'UP';
  const meaning = s.direction ? ` (${up === (direction === 'INCREASE') ? 'improvement' : 'worsening'})` : '';
  return `${causeLabel(s)}: ${where}, ${s.periods.length} ${s.periods.length === 1 ? 'point' : 'points'}${meaning}`;
}

type ChartNote = NonNullable<RunChartSeries['annotations']>[number];

const NOTE_LABELS: Record<ChartNote['kind'], string> = {
  NOTE: 'Note',
  CHANGE: 'Change made',
  EVENT: 'Event',
  PDSA_CYCLE: 'PDSA cycle',
};

const OUTCOME_WORDS: Record<NonNullable<ChartNote['outcome']>, string> = { ADOPT: 'adopt', ADAPT: 'adapt', ABANDON: 'abandon' };

/** An annotation (or a PDSA cycle) of the chart in words, without its month. */
export function noteText(n: ChartNote): string {
  return `${NOTE_LABELS[n.kind]}: ${n.text}${n.outcome ? ` (outcome: ${OUTCOME_WORDS[n.outcome]})` : ''}`;
}

const monthNumber = (period: string) => {
  const [y, m] = period.split('-').map(Number);
  return (y ?? 0) * 12 + (m ?? 1) - 1;
};

/** The learning sessions of the collaborative (those with a date), as markers: "LS2" at its month. */
function useSessionMarkers(collaborativeId: string | undefined) {
  const sessions = useQuery({ ...collaborativeQueries.sessions(collaborativeId ?? ''), enabled: !!collaborativeId });
  return (sessions.data?.items ?? [])
    .filter((s) => s.startDate)
    .map((s) => ({ period: s.startDate!.slice(0, 7), label: `LS${s.number}`, name: `Learning session ${s.number}: ${s.title}` }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * p >= v) return f * p;
  return 10 * p;
}

/**
 * A run chart in plain SVG: the primary series (a team, or the pooled one) with its baseline
 * median and its signal points marked by shape as well as colour, a second series to compare,
 * the target, and the same in words: the signals listed and the values in a table.
 */
export function RunChartFigure({
  title,
  type,
  direction,
  target,
  baseline,
  shown,
  chart = 'run',
  collaborativeId,
}: {
  title: string;
  type: MeasureType;
  direction: 'INCREASE' | 'DECREASE';
  target?: number;
  baseline: number;
  shown: ShownSeries[];
  /** The analysis the API applied (its `chart`): a control chart draws its centre line and limits. */
  chart?: ChartKind;
  /** The collaborative: its learning sessions are drawn at their month. */
  collaborativeId?: string;
}) {
  const id = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const sessions = useSessionMarkers(collaborativeId);
  const primary = shown.find((s) => s.primary) ?? shown[0];
  const periods = [...new Set(shown.flatMap((s) => s.series.points.map((p) => p.period)))].sort();
  if (!primary || periods.length === 0) {
    return (
      <Text size="sm" fw={600}>
        No values yet for {title}.
      </Text>
    );
  }
  const control = chart !== 'run' && primary.series.points.some((p) => p.upperLimit !== undefined);
  const values = shown.flatMap((s) => s.series.points.map((p) => p.value));
  const limits = control ? primary.series.points.flatMap((p) => (p.upperLimit === undefined ? [] : [p.upperLimit])) : [];
  const top = type === 'PROPORTION' ? 1 : niceMax(Math.max(...values, ...limits, target ?? 0, primary.series.median ?? 0) * 1.05);
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const x = (period: string) =>
    M.left + (periods.length === 1 ? innerW / 2 : (periods.indexOf(period) / (periods.length - 1)) * innerW);
  const y = (v: number) => M.top + innerH - (Math.min(Math.max(v, 0), top) / top) * innerH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const every = Math.max(1, Math.ceil(periods.length / 8));
  // the points of a signal: the analysis' special causes when the API gives them, else the shifts
  // and trends of the run chart
  const causes = primary.series.specialCauses;
  // (too few or too many runs are the whole series' signals: said in words, no point marked; a point
  // in several signals is marked with the first)
  const signalPeriods = new Map<string, { key: string; label: string }>();
  if (causes) {
    for (const s of causes.filter((c) => c.rule !== 'TOO_FEW_RUNS' && c.rule !== 'TOO_MANY_RUNS'))
      for (const p of s.periods) if (!signalPeriods.has(p)) signalPeriods.set(p, { key: causeKey(s), label: causeLabel(s) });
  } else
    for (const s of primary.series.signals)
      for (const p of s.periods) signalPeriods.set(p, { key: s.kind, label: SIGNAL_LABELS[s.kind] });
  const median = control ? undefined : primary.series.median;
  // the pooled series, when it says how many teams each month covers
  const pooledCounts = shown.find((s) => s.series.points.some((p) => p.enrolledTeams !== undefined));
  const half = periods.length > 1 ? innerW / (periods.length - 1) / 2 : innerW / 2;
  /** A short level line at each point (limits vary with each month's denominator; centres by phase). */
  const steps = (get: (p: RunChartSeries['points'][number]) => number | undefined) =>
    primary.series.points
      .flatMap((p) => {
        const v = get(p);
        if (v === undefined) return [];
        const left = Math.max(M.left, x(p.period) - half);
        const right = Math.min(M.left + innerW, x(p.period) + half);
        return [`M ${left} ${y(v)} H ${right}`];
      })
      .join(' ');
  const incomplete = primary.series.points.filter((p) => p.incomplete).length;
  const causesText = causes
    ? causes.length
      ? causes.map((c) => causeText(c, direction)).join('; ')
      : 'no special cause'
    : primary.series.signals.length
      ? primary.series.signals.map((s) => signalText(s, direction)).join('; ')
      : 'no signal';
  const baselineEnd = primary.series.points[Math.min(baseline, primary.series.points.length) - 1]?.period;
  /** Where a month falls on the x axis: at its point, between its neighbours, or nowhere (outside the months drawn). */
  const xAt = (period: string): number | undefined => {
    if (periods.includes(period)) return x(period);
    if (periods.length < 2 || period < periods[0]! || period > periods.at(-1)!) return undefined;
    const next = periods.findIndex((p) => p > period);
    const a = periods[next - 1]!;
    const b = periods[next]!;
    return x(a) + ((monthNumber(period) - monthNumber(a)) / (monthNumber(b) - monthNumber(a))) * (x(b) - x(a));
  };
  // the primary series' annotations and PDSA cycles, numbered in month order; one marker a month
  const notes = [...(primary.series.annotations ?? [])]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((n, i) => ({ ...n, number: i + 1, at: xAt(n.period) }));
  const noteMonths = [...new Set(notes.filter((n) => n.at !== undefined).map((n) => n.period))];
  const sessionMarks = sessions.map((s) => ({ ...s, at: xAt(s.period) })).filter((s) => s.at !== undefined);
  const fmt = (v: number | undefined) => formatValue(type, v);
  const summary =
    `${primary.label}: ${primary.series.points.length} months from ${formatPeriodLong(primary.series.points[0]?.period ?? periods[0]!)}` +
    ` to ${formatPeriodLong(primary.series.points.at(-1)?.period ?? periods.at(-1)!)}` +
    (control ? `; ${CHART_LABELS[chart]} with its centre line and control limits` : '') +
    (median !== undefined ? `; median of the first ${baseline} months ${fmt(median)}` : '') +
    (target !== undefined ? `; target ${fmt(target)}` : '') +
    (incomplete
      ? `; ${incomplete} ${incomplete === 1 ? 'month' : 'months'} reported by too few teams, left out of the analysis`
      : '') +
    `; ${causesText}` +
    (notes.length ? `; ${notes.length} ${notes.length === 1 ? 'annotation' : 'annotations'}, listed below the chart` : '') +
    (sessionMarks.length
      ? `; learning sessions marked: ${sessionMarks.map((s) => `${s.label} ${formatPeriod(s.period)}`).join(', ')}`
      : '') +
    '.';

  return (
    <figure className="lcp-run-chart">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="lcp-run-chart-svg"
      >
        <title id={`${id}-title`}>{`${control ? CHART_LABELS[chart] : 'Run chart'}: ${title}`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {/* grid and axes */}
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={M.left + innerW} y1={y(t)} y2={y(t)} className="lcp-rc-grid" />
            <text x={M.left - 8} y={y(t) + 4} textAnchor="end" className="lcp-rc-axis">
              {fmt(t)}
            </text>
          </g>
        ))}
        {periods.map((p, i) =>
          i % every === 0 || i === periods.length - 1 ? (
            <text key={p} x={x(p)} y={H - M.bottom + 18} textAnchor="middle" className="lcp-rc-axis">
              {formatPeriod(p)}
            </text>
          ) : null,
        )}
        {baselineEnd && periods.length > 1 && (
          <line x1={x(baselineEnd)} x2={x(baselineEnd)} y1={M.top} y2={M.top + innerH} className="lcp-rc-baseline-end" />
        )}
        {sessionMarks.map((s) => (
          <g key={`session-${s.label}`} data-marker="session" data-period={s.period}>
            <title>{`${s.name}, ${formatPeriodLong(s.period)}`}</title>
            <line x1={s.at} x2={s.at} y1={M.top} y2={M.top + innerH} className="lcp-rc-session" />
            <text x={s.at! + 3} y={M.top + 10} className="lcp-rc-marker-label">
              {s.label}
            </text>
          </g>
        ))}
        {noteMonths.map((period) => {
          const here = notes.filter((n) => n.period === period);
          const at = here[0]!.at!;
          return (
            <g key={`note-${period}`} data-marker="annotation" data-period={period}>
              <title>{`${formatPeriodLong(period)}: ${here.map((n) => `${n.number}. ${noteText(n)}`).join('; ')}`}</title>
              <line x1={at} x2={at} y1={M.top} y2={M.top + innerH} className="lcp-rc-note" />
              <text x={at} y={M.top - 4} textAnchor="middle" className="lcp-rc-marker-label lcp-rc-note-label">
                {here.map((n) => n.number).join(',')}
              </text>
            </g>
          );
        })}
        {target !== undefined && (
          <g>
            <line x1={M.left} x2={M.left + innerW} y1={y(target)} y2={y(target)} className="lcp-rc-target" />
            <text x={M.left + innerW + 6} y={y(target) + 4} className="lcp-rc-label">
              Target {fmt(target)}
            </text>
          </g>
        )}
        {median !== undefined && (
          <g>
            <line x1={M.left} x2={M.left + innerW} y1={y(median)} y2={y(median)} className="lcp-rc-median" />
            <text
              x={M.left + innerW + 6}
              y={y(median) + (target !== undefined && Math.abs(y(median) - y(target)) < 14 ? 16 : 4)}
              className="lcp-rc-label"
            >
              Median {fmt(median)}
            </text>
          </g>
        )}
        {control && (
          <g>
            <path d={steps((p) => p.upperLimit)} className="lcp-rc-limit" data-line="upper-limit" />
            <path d={steps((p) => p.lowerLimit)} className="lcp-rc-limit" data-line="lower-limit" />
            <path d={steps((p) => p.centre)} className="lcp-rc-centre" data-line="centre" />
          </g>
        )}
        {/* the compared series behind, the primary in front */}
        {[...shown]
          .sort((a, b) => Number(a.primary) - Number(b.primary))
          .map((s) => (
            <g key={s.label} className={s.primary ? 'lcp-rc-primary' : 'lcp-rc-secondary'}>
              <polyline fill="none" points={s.series.points.map((p) => `${x(p.period)},${y(p.value)}`).join(' ')} />
              {s.series.points.map((p) =>
                s.primary && signalPeriods.has(p.period) ? (
                  <path
                    key={p.period}
                    d={`M ${x(p.period)} ${y(p.value) - 8} l 8 8 l -8 8 l -8 -8 z`}
                    className="lcp-rc-signal"
                    data-signal={signalPeriods.get(p.period)?.key}
                  />
                ) : s.primary && p.incomplete ? (
                  <circle key={p.period} cx={x(p.period)} cy={y(p.value)} r={4} className="lcp-rc-incomplete" />
                ) : s.primary ? (
                  <circle key={p.period} cx={x(p.period)} cy={y(p.value)} r={4} />
                ) : (
                  <rect key={p.period} x={x(p.period) - 3} y={y(p.value) - 3} width={6} height={6} />
                ),
              )}
            </g>
          ))}
      </svg>
      <figcaption>
        <Stack gap="xs">
          <Group component="ul" gap="md" className="lcp-plain-list lcp-legend" aria-label={`Legend of ${title}`}>
            {shown.map((s) => (
              <li key={s.label}>
                <Text size="xs" component="span">
                  <span className={s.primary ? 'lcp-key lcp-key-primary' : 'lcp-key lcp-key-secondary'} aria-hidden="true" />{' '}
                  {s.label}
                  {s.primary ? ' (solid, dots)' : ' (dashed, squares)'}
                </Text>
              </li>
            ))}
            {median !== undefined && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key lcp-key-median" aria-hidden="true" /> Median of the first {baseline} months (dashed)
                </Text>
              </li>
            )}
            {baselineEnd && periods.length > 1 && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key lcp-key-baseline" aria-hidden="true" /> End of the baseline (dotted, upright)
                </Text>
              </li>
            )}
            {target !== undefined && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key lcp-key-target" aria-hidden="true" /> Target (dotted)
                </Text>
              </li>
            )}
            {control && (
              <>
                <li>
                  <Text size="xs" component="span">
                    <span className="lcp-key lcp-key-centre" aria-hidden="true" /> Centre line (solid, grey)
                  </Text>
                </li>
                <li>
                  <Text size="xs" component="span">
                    <span className="lcp-key lcp-key-limit" aria-hidden="true" /> Control limits, 3 sigma (dashed, red)
                  </Text>
                </li>
              </>
            )}
            {sessionMarks.length > 0 && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key lcp-key-session" aria-hidden="true" /> Learning session (upright solid line, LS and its
                  number)
                </Text>
              </li>
            )}
            {noteMonths.length > 0 && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key lcp-key-note" aria-hidden="true" /> Annotation or PDSA cycle (upright dashed line, its
                  number in the list below)
                </Text>
              </li>
            )}
            {incomplete > 0 && (
              <li>
                <Text size="xs" component="span">
                  <span className="lcp-key-hollow" aria-hidden="true">
                    ○
                  </span>{' '}
                  Month reported by too few teams (hollow; left out of the analysis)
                </Text>
              </li>
            )}
            <li>
              <Text size="xs" component="span">
                <span className="lcp-key lcp-key-signal" aria-hidden="true">
                  ◆
                </span>{' '}
                Point of a signal (diamond)
              </Text>
            </li>
          </Group>
          {notes.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                Annotations of {primary.label}
              </Text>
              <List type="ordered" size="sm" aria-label={`Annotations of ${title}`}>
                {notes.map((n) => (
                  <List.Item key={`${n.number}-${n.annotationId ?? n.pdsaCycleId ?? ''}`}>
                    {formatPeriodLong(n.period)}: {noteText(n)}
                    {n.at === undefined ? ' (outside the months drawn)' : ''}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {sessionMarks.length > 0 && (
            <Text size="sm">
              Learning sessions on the chart:{' '}
              {sessionMarks.map((s) => `${s.label}, ${s.name} (${formatPeriodLong(s.period)})`).join('; ')}.
            </Text>
          )}
          {causes ? (
            <CauseList label={primary.label} causes={causes} direction={direction} />
          ) : (
            <SignalList label={primary.label} signals={primary.series.signals} direction={direction} />
          )}
          {shown
            .filter((s) => !s.primary && !s.series.specialCauses && s.series.signals.length > 0)
            .map((s) => (
              <SignalList key={s.label} label={s.label} signals={s.series.signals} direction={direction} />
            ))}
          <details className="lcp-details">
            <summary>The values as a table</summary>
            <DataTable
              region={`Values of ${title}, scrollable`}
              aria-label={`Values of ${title}`}
              striped
              columns={[
                'Month',
                ...shown.map((s) => s.label),
                ...(control ? ['Centre', 'Limits'] : []),
                ...(pooledCounts ? ['Teams reporting'] : []),
                `Signal (${primary.label})`,
              ]}
            >
              {periods.map((p) => {
                const own = primary.series.points.find((q) => q.period === p);
                const pool = pooledCounts?.series.points.find((q) => q.period === p);
                return (
                  <Table.Tr key={p}>
                    <Table.Th scope="row">{formatPeriod(p)}</Table.Th>
                    {shown.map((s) => {
                      const point = s.series.points.find((q) => q.period === p);
                      return <Table.Td key={s.label}>{point ? fmt(point.value) : '—'}</Table.Td>;
                    })}
                    {control && (
                      <>
                        <Table.Td>{own?.centre !== undefined ? fmt(own.centre) : '—'}</Table.Td>
                        <Table.Td>
                          {own?.upperLimit !== undefined ? `${fmt(own.lowerLimit ?? 0)} to ${fmt(own.upperLimit)}` : '—'}
                        </Table.Td>
                      </>
                    )}
                    {pooledCounts && (
                      <Table.Td>
                        {pool?.teams !== undefined
                          ? `${pool.teams} of ${pool.enrolledTeams}${pool.incomplete ? ' (too few)' : ''}`
                          : '—'}
                      </Table.Td>
                    )}
                    <Table.Td>{signalPeriods.get(p)?.label ?? ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </DataTable>
          </details>
          <ChartDownloads
            svgRef={svgRef}
            title={title}
            fileParts={[title, primary.label, control ? `${chart} chart` : 'run chart']}
          />
        </Stack>
      </figcaption>
    </figure>
  );
}

/** The special causes of one series' analysis, in words. */
export function CauseList({
  label,
  causes,
  direction,
}: {
  label: string;
  causes: ChartSignal[];
  direction: 'INCREASE' | 'DECREASE';
}) {
  if (causes.length === 0) {
    return <Text size="sm">{label}: no special cause.</Text>;
  }
  return (
    <div>
      <Text size="sm" fw={600}>
        Signals of {label}
      </Text>
      <List size="sm" aria-label={`Signals of ${label}`}>
        {causes.map((s) => (
          <List.Item key={`${s.rule}-${s.fromPeriod}-${s.direction ?? ''}`}>{causeText(s, direction)}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** The signals of one series, in words. */
export function SignalList({
  label,
  signals,
  direction,
}: {
  label: string;
  signals: RunChartSignal[];
  direction: 'INCREASE' | 'DECREASE';
}) {
  if (signals.length === 0) {
    return <Text size="sm">{label}: no signal (no shift or trend).</Text>;
  }
  return (
    <div>
      <Text size="sm" fw={600}>
        Signals of {label}
      </Text>
      <List size="sm" aria-label={`Signals of ${label}`}>
        {signals.map((s) => (
          <List.Item key={`${s.kind}-${s.fromPeriod}`}>{signalText(s, direction)}</List.Item>
        ))}
      </List>
    </div>
  );
}
