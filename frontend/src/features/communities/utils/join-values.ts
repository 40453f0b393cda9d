import type { components } from '@/lib/api/schema';

export type MyOrganization = components['schemas']['MyOrganization'];
type CommunityJoinRequest = components['schemas']['CommunityJoinRequest'];

export interface JoinValues {
  organizationId: string;
  region: string;
  message: string;
  visible: boolean;
}

/** The request's body: blank fields left out, text trimmed. */
export function joinBody(v: JoinValues): CommunityJoinRequest {
  const region = v.region.trim();
  const message = v.message.trim();
  return {
    visible: v.visible,
    ...(v.organizationId ? { organizationId: v.organizationId } : {}),
    ...(region ? { region } : {}),
    ...(message ? { message } : {}),
  };
}
