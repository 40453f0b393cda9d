import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useApplicationMutation, type ApplicationChange } from './use-application-mutation';

export type CommitmentSection = components['schemas']['CommitmentSection'];

export const saveCommitment = ({ applicationId, etag, body }: ApplicationChange<CommitmentSection>) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/commitment', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useSaveCommitment = () => useApplicationMutation(saveCommitment);
