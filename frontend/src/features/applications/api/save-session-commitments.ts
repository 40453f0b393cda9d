import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useApplicationMutation, type ApplicationChange } from './use-application-mutation';

export type SessionCommitmentSection = components['schemas']['SessionCommitmentSection'];

export const saveSessionCommitments = ({ applicationId, etag, body }: ApplicationChange<SessionCommitmentSection>) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/session-commitments', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useSaveSessionCommitments = () => useApplicationMutation(saveSessionCommitments);
