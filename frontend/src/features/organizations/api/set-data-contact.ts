import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { organizationKeys } from './keys';

/** Chooses the organisation's data contact (no `memberId`: none); with the organisation's ETag. */
export const setDataContact = ({
  organizationId,
  etag,
  memberId,
}: {
  organizationId: string;
  etag: string;
  memberId: string | null;
}) =>
  requestVersioned(
    api.PUT('/api/organizations/{organizationId}/data-contact', {
      params: { path: { organizationId }, header: { 'If-Match': etag } },
      body: memberId ? { memberId } : {},
    }),
  );

export function useSetDataContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDataContact,
    onSuccess: (saved) => queryClient.setQueryData(organizationKeys.detail(saved.data.id), saved),
  });
}
