import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import type { ApplicationChange } from './use-application-mutation';
import { useDecisionChange } from './undo-decision';

export type DecisionReversalInput = components['schemas']['DecisionReversalInput'];

/** Reverses a decision with a reason: the application is under review again. */
export const reverseDecision = ({ applicationId, etag, body }: ApplicationChange<DecisionReversalInput>) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/decision-reversal', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useReverseDecision = () => useDecisionChange(reverseDecision);
