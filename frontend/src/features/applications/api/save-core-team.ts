import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useApplicationMutation, type ApplicationChange } from './use-application-mutation';

export type CoreTeamSection = components['schemas']['CoreTeamSection'];

export const saveCoreTeam = ({ applicationId, etag, body }: ApplicationChange<CoreTeamSection>) =>
  requestVersioned(
    api.PUT('/api/applications/{applicationId}/core-team', {
      params: { path: { applicationId }, header: { 'If-Match': etag } },
      body,
    }),
  );

export const useSaveCoreTeam = () => useApplicationMutation(saveCoreTeam);
