import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { useApplicationMutation } from './use-application-mutation';

/** 422 with every missing item in `violations` when it is not complete. */
export const submitApplication = ({ applicationId, etag }: { applicationId: string; etag: string }) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/submission', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
    }),
  );

export const useSubmitApplication = () => useApplicationMutation(submitApplication);
