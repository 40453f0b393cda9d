/**
 * Keys of applications (the applications feature reads them; reviews and decisions change them):
 * every key starts with 'applications'.
 */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: object) => [...applicationKeys.lists(), params] as const,
  detail: (id: string) => [...applicationKeys.all, 'detail', id] as const,
  /** Every collaborative's waitlist (decisions change them). */
  waitlists: () => [...applicationKeys.all, 'waitlist'] as const,
  /** A collaborative's waitlist, in order. */
  waitlist: (collaborativeId: string) => [...applicationKeys.waitlists(), collaborativeId] as const,
  /** Every ranking of applicants by their reviews (reviews and decisions change them). */
  rankings: () => [...applicationKeys.all, 'ranking'] as const,
  ranking: (collaborativeId: string, page: number) => [...applicationKeys.rankings(), collaborativeId, page] as const,
};
