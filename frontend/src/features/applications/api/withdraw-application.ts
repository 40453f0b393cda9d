import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { useApplicationMutation } from './use-application-mutation';

export const withdrawApplication = ({ applicationId, etag }: { applicationId: string; etag: string }) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/withdrawal', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
    }),
  );

export const useWithdrawApplication = () => useApplicationMutation(withdrawApplication);
