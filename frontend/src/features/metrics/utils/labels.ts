import type { CompletenessState } from '../api/get-completeness';
import type { MeasureType } from '../api/get-measures';
import type { ChartKind, ChartRule, RunChartSignal } from '../api/get-run-chart';

export const TYPE_LABELS: Record<MeasureType, string> = {
  COUNT: 'Count (a whole number)',
  PROPORTION: 'Proportion (numerator / denominator)',
  MEAN: 'Mean (a number)',
  RATE: 'Rate (a number)',
};

/** Each state has a word, a letter or symbol (never colour alone) and a colour. */
export const STATE_LABELS: Record<CompletenessState, string> = {
  REPORTED: 'Reported',
  LATE: 'Reported late',
  MISSING: 'Missing (overdue)',
  LOCKED: 'Locked, not reported',
  NOT_DUE: 'Not due yet',
};

export const STATE_SYMBOLS: Record<CompletenessState, string> = {
  REPORTED: '✓',
  LATE: 'L',
  MISSING: 'M',
  LOCKED: 'X',
  NOT_DUE: '·',
};

export const STATE_COLORS: Record<CompletenessState, string> = {
  REPORTED: 'green',
  LATE: 'yellow',
  MISSING: 'red',
  LOCKED: 'gray',
  NOT_DUE: 'blue',
};

export const STATE_ORDER: CompletenessState[] = ['REPORTED', 'LATE', 'MISSING', 'LOCKED', 'NOT_DUE'];

export const SIGNAL_LABELS: Record<RunChartSignal['kind'], string> = {
  SHIFT_ABOVE: 'Shift above the median',
  SHIFT_BELOW: 'Shift below the median',
  TREND_UP: 'Trend up',
  TREND_DOWN: 'Trend down',
};

/** The analyses a chart can apply, as people name them. */
export const CHART_LABELS: Record<ChartKind, string> = {
  run: 'Run chart (median)',
  p: 'p-chart (proportions)',
  u: 'u-chart (rates)',
  xmr: 'XmR chart (individuals)',
  'laney-p': 'Laney p′-chart (large denominators)',
  'laney-u': 'Laney u′-chart (large denominators)',
};

/** The analyses that fit a measure of this type (the API refuses the others). */
export function chartsFor(type: MeasureType): ChartKind[] {
  if (type === 'PROPORTION') return ['run', 'p', 'laney-p', 'u', 'laney-u', 'xmr'];
  if (type === 'COUNT') return ['run', 'xmr', 'u', 'laney-u'];
  return ['run', 'xmr'];
}

export const RULE_LABELS: Record<ChartRule, string> = {
  SHIFT: 'Shift (6 or more on one side of the median)',
  TREND: 'Trend (5 or more going up or down)',
  TOO_FEW_RUNS: 'Too few runs',
  TOO_MANY_RUNS: 'Too many runs',
  ASTRONOMICAL: 'Astronomical point',
  OUTSIDE_LIMITS: 'Outside the control limits',
  EIGHT_ON_ONE_SIDE: '8 or more on one side of the centre line',
  SIX_TRENDING: '6 or more going up or down',
  TWO_OF_THREE_BEYOND_2_SIGMA: '2 of 3 beyond 2 sigma',
};

export const REJECTION_CODE_LABELS: Record<string, string> = {
  REQUIRED: 'Required',
  MALFORMED: 'Malformed',
  UNKNOWN_MEASURE: 'Unknown measure',
  NOT_ENROLLED: 'Not enrolled',
  OTHER_ORGANIZATION: 'Another organisation',
  FUTURE_PERIOD: 'Future period',
  LOCKED_PERIOD: 'Locked period',
  WRONG_TYPE: 'Wrong type',
  OUT_OF_RANGE: 'Out of range',
  DUPLICATE: 'Duplicate',
};

/** A value as people read it: proportions as a percentage, others with up to two decimals. */
export function formatValue(type: MeasureType, value: number | undefined): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  if (type === 'PROPORTION') return value === 0 ? '0%' : `${(value * 100).toFixed(value * 100 >= 10 ? 0 : 1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
}
