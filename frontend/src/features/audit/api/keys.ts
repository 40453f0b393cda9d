/** Query keys of this feature: all start with 'audit'. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: object) => [...auditKeys.lists(), params] as const,
};
