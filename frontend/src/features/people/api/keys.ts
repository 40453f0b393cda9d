/** Query keys of this feature: all start with 'people'. */
export const peopleKeys = {
  all: ['people'] as const,
  list: (params: object) => [...peopleKeys.all, 'list', params] as const,
};
