import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useApplicationMutation, type ApplicationChange } from './use-application-mutation';

export type MessageInput = components['schemas']['MessageInput'];

export const returnApplication = ({ applicationId, etag, body }: ApplicationChange<MessageInput>) =>
  requestVersioned(
    api.POST('/api/applications/{applicationId}/return', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useReturnApplication = () => useApplicationMutation(returnApplication);
