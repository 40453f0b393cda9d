/** Query keys of this feature: every key starts with 'metrics' (an import invalidates them all). */
export const metricKeys = {
  all: ['metrics'] as const,
  measures: (collaborativeId: string) => [...metricKeys.all, 'measures', collaborativeId] as const,
  measure: (collaborativeId: string, measureId: string) => [...metricKeys.all, 'measure', collaborativeId, measureId] as const,
  values: (collaborativeId: string, filter: object) => [...metricKeys.all, 'values', collaborativeId, filter] as const,
  completeness: (collaborativeId: string, filter: object) =>
    [...metricKeys.all, 'completeness', collaborativeId, filter] as const,
  overdue: (collaborativeId: string, filter: object) => [...metricKeys.all, 'overdue', collaborativeId, filter] as const,
  unlocks: (collaborativeId: string, filter: object) => [...metricKeys.all, 'unlocks', collaborativeId, filter] as const,
  reminderSettings: (collaborativeId: string) => [...metricKeys.all, 'reminder-settings', collaborativeId] as const,
  runChart: (collaborativeId: string, measureId: string, baseline: number, chart = 'run', teams: object = {}) =>
    [...metricKeys.all, 'run-chart', collaborativeId, measureId, baseline, chart, teams] as const,
  teamRunCharts: (collaborativeId: string, organizationId: string, baseline: number) =>
    [...metricKeys.all, 'team-run-charts', collaborativeId, organizationId, baseline] as const,
};
