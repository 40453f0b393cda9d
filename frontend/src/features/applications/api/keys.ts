/** Query keys of this feature: every key starts with 'applications', so one invalidation reaches all. */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: object) => [...applicationKeys.lists(), params] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
  openCollaboratives: () => [...applicationKeys.all, 'open-collaboratives'] as const,
  collaborative: (id: string) => [...applicationKeys.all, 'collaborative', id] as const,
  sessions: (id: string) => [...applicationKeys.all, 'sessions', id] as const,
};
