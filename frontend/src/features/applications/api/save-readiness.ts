import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useApplicationMutation, type ApplicationChange } from './use-application-mutation';

export type ReadinessSection = components['schemas']['ReadinessSection'];

export const saveReadiness = ({ applicationId, etag, body }: ApplicationChange<ReadinessSection>) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/readiness', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useSaveReadiness = () => useApplicationMutation(saveReadiness);
