/**
 * Keys of schedules and calendar links (the schedule feature reads them; every call or session
 * change refreshes them): every key starts with 'schedule'.
 */
export const scheduleKeys = {
  all: ['schedule'] as const,
  mine: (from: string, to: string) => [...scheduleKeys.all, 'mine', from, to] as const,
  collaborative: (collaborativeId: string, from: string, to: string) =>
    [...scheduleKeys.all, 'collaborative', collaborativeId, from, to] as const,
  feedStatus: () => [...scheduleKeys.all, 'feed-status'] as const,
  /** The links of the last rotation, kept in memory only: the API shows them once. */
  feedLinks: () => [...scheduleKeys.all, 'feed-links'] as const,
};
