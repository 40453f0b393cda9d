import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import type { ApplicationChange } from './use-application-mutation';
import { useDecisionChange } from './undo-decision';

export type DecisionInput = components['schemas']['DecisionInput'];

/**
 * 409 `/problems/capacity-reached` (with `acceptedTeams`, `capacity`) when accepting into a full
 * collaborative; 409 `/problems/review-required` without a submitted review or an `overrideReason`.
 */
export const decideApplication = ({ applicationId, etag, body }: ApplicationChange<DecisionInput>) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/decision', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

/** Places left and enrolled teams change too (also on the other features' pages). */
export const useDecideApplication = () => useDecisionChange(decideApplication);
