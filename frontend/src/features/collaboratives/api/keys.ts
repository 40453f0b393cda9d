/** Query keys of this feature: every key starts with 'collaboratives', so one invalidation reaches all. */
export const collaborativeKeys = {
  all: ['collaboratives'] as const,
  lists: () => [...collaborativeKeys.all, 'list'] as const,
  list: (params: object) => [...collaborativeKeys.lists(), params] as const,
  detail: (id: string) => [...collaborativeKeys.all, 'detail', id] as const,
  transitions: (id: string) => [...collaborativeKeys.all, 'transitions', id] as const,
  faculty: (id: string) => [...collaborativeKeys.all, 'faculty', id] as const,
  sessions: (id: string) => [...collaborativeKeys.all, 'sessions', id] as const,
};
