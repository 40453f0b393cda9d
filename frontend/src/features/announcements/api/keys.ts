/** The announcements feature's own query keys: every key starts with 'announcements'. */
export const announcementKeys = {
  all: ['announcements'] as const,
  lists: () => [...announcementKeys.all, 'list'] as const,
  list: (collaborativeId: string | undefined, params: object) =>
    [...announcementKeys.lists(), collaborativeId ?? 'network', params] as const,
  item: (announcementId: string) => [...announcementKeys.all, 'item', announcementId] as const,
};
