/** Query keys of this feature: every key starts with 'calls' (a change invalidates them all). */
export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  list: (collaborativeId: string, params: object) => [...callKeys.lists(), collaborativeId, params] as const,
  detail: (callId: string) => [...callKeys.all, 'detail', callId] as const,
  series: (seriesId: string) => [...callKeys.all, 'series', seriesId] as const,
  archive: (collaborativeId: string, params: object) => [...callKeys.all, 'archive', collaborativeId, params] as const,
  registrations: (callId: string) => [...callKeys.all, 'registrations', callId] as const,
  collaborative: (collaborativeId: string) => [...callKeys.all, 'collaborative', collaborativeId] as const,
  faculty: (collaborativeId: string) => [...callKeys.all, 'faculty', collaborativeId] as const,
  teams: (collaborativeId: string) => [...callKeys.all, 'teams', collaborativeId] as const,
};
