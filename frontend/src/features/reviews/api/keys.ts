/** Query keys of this feature: every key starts with 'reviews'. */
export const reviewKeys = {
  all: ['reviews'] as const,
  list: (applicationId: string) => [...reviewKeys.all, 'list', applicationId] as const,
  detail: (applicationId: string, reviewerId: string) => [...reviewKeys.all, 'detail', applicationId, reviewerId] as const,
};
