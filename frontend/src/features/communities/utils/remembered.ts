/**
 * The id of the person's own row in a community, remembered in this browser after they asked to
 * join, accepted or changed their visibility. The API lists rows only to the community's members
 * (and only visible ones to members who are not stewards): someone waiting for a decision, or a
 * member hidden from the directory, finds their row again through it.
 */
const key = (collaborativeId: string, userId: string) => `lcp.community.${collaborativeId}.${userId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const rememberedRow = {
  get: (collaborativeId: string, userId: string): string | undefined =>
    storage()?.getItem(key(collaborativeId, userId)) ?? undefined,
  set: (collaborativeId: string, userId: string, memberId: string): void =>
    storage()?.setItem(key(collaborativeId, userId), memberId),
  forget: (collaborativeId: string, userId: string): void => storage()?.removeItem(key(collaborativeId, userId)),
};
