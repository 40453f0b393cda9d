/**
 * Keys of applications (the applications feature reads them; reviews and decisions change them):
 * every key starts with 'applications'.
 */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: object) => [...applicationKeys.lists(), params] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
  /** A collaborative's waitlist, in order (decisions change it). */
  waitlist: (collaborativeId: string) => [...applicationKeys.all, 'waitlist', collaborativeId] as const,
  /** A collaborative's applicants ranked by their reviews (reviews and decisions change it). */
  ranking: (collaborativeId: string, page: number) => [...applicationKeys.all, 'ranking', collaborativeId, page] as const,
};
