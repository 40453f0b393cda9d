/** Query keys of this feature: every key starts with 'schedule'. */
export const scheduleKeys = {
  all: ['schedule'] as const,
  mine: (from: string, to: string) => [...scheduleKeys.all, 'mine', from, to] as const,
  collaborative: (collaborativeId: string, from: string, to: string) =>
    [...scheduleKeys.all, 'collaborative', collaborativeId, from, to] as const,
  collaborativeInfo: (collaborativeId: string) => [...scheduleKeys.all, 'collaborative-info', collaborativeId] as const,
  feedStatus: () => [...scheduleKeys.all, 'feed-status'] as const,
  /** The links of the last rotation, kept in memory only: the API shows them once. */
  feedLinks: () => [...scheduleKeys.all, 'feed-links'] as const,
};
