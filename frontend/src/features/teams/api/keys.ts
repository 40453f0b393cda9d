/** Query keys of this feature: every key starts with 'teams' (a decision invalidates them all). */
export const teamKeys = {
  all: ['teams'] as const,
  list: (collaborativeId: string) => [...teamKeys.all, 'list', collaborativeId] as const,
  detail: (teamId: string) => [...teamKeys.all, 'detail', teamId] as const,
  collaborative: (collaborativeId: string) => [...teamKeys.all, 'collaborative', collaborativeId] as const,
};
