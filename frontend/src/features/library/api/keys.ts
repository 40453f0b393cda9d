/** The library feature's own query keys: every key starts with 'library'. */
export const libraryKeys = {
  all: ['library'] as const,
  lists: () => [...libraryKeys.all, 'list'] as const,
  list: (collaborativeId: string | undefined, params: object) =>
    [...libraryKeys.lists(), collaborativeId ?? 'network', params] as const,
  tags: (collaborativeId: string | undefined) => [...libraryKeys.all, 'tags', collaborativeId ?? 'network'] as const,
  item: (itemId: string) => [...libraryKeys.all, 'item', itemId] as const,
  versions: (itemId: string) => [...libraryKeys.all, 'versions', itemId] as const,
  usage: (collaborativeId: string, params: object) => [...libraryKeys.all, 'usage', collaborativeId, params] as const,
};
