/** The communities feature's own query keys: every key starts with 'communities'. */
export const communityKeys = {
  all: ['communities'] as const,
  members: (collaborativeId: string) => [...communityKeys.all, 'members', collaborativeId] as const,
  directory: (collaborativeId: string, params: object) =>
    [...communityKeys.members(collaborativeId), 'directory', params] as const,
  mine: (collaborativeId: string, userId: string) => [...communityKeys.members(collaborativeId), 'mine', userId] as const,
};
