/** Query keys of this feature: every key starts with 'improvement'. */
export const improvementKeys = {
  all: ['improvement'] as const,
  ideas: (collaborativeId: string, organizationId: string) =>
    [...improvementKeys.all, 'ideas', collaborativeId, organizationId] as const,
  idea: (collaborativeId: string, changeIdeaId: string) =>
    [...improvementKeys.all, 'idea', collaborativeId, changeIdeaId] as const,
  cycles: (collaborativeId: string, changeIdeaId: string) =>
    [...improvementKeys.all, 'cycles', collaborativeId, changeIdeaId] as const,
  cycle: (collaborativeId: string, changeIdeaId: string, cycleId: string) =>
    [...improvementKeys.all, 'cycle', collaborativeId, changeIdeaId, cycleId] as const,
  comments: (collaborativeId: string, organizationId: string, measureId: string) =>
    [...improvementKeys.all, 'comments', collaborativeId, organizationId, measureId] as const,
};
