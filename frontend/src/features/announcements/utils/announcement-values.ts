import type { components } from '@/lib/api/schema';
import type { Me } from '@/lib/auth/me';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '@/utils/format';
import type { Announcement, AnnouncementInput, AnnouncementPatch } from '../api/announcements';

export const TITLE_MAX = 200;
export const BODY_MAX = 10_000;

export const ANNOUNCEMENT_LABELS = {
  title: 'Title',
  body: 'Text',
  pinnedUntil: 'Keep it first until',
};

/** The form's values: the pin as an <input type="datetime-local"> value (empty: no pin). */
export interface AnnouncementValues {
  title: string;
  body: string;
  pinnedUntil: string;
}

export const announcementValues = (a?: Announcement): AnnouncementValues => ({
  title: a?.title ?? '',
  body: a?.body ?? '',
  pinnedUntil: a?.pinned ? toLocalDateTimeInput(a.pinnedUntil) : '',
});

/**
 * The checks before sending, as the API makes them (title and text not blank and not too long, a
 * pin in the future); `initialPin` is the pin the form started from (kept as it is, it is not
 * checked again).
 */
export function announcementChecks(now: () => number, initialPin = '') {
  return {
    title: (v: string) => (!v.trim() ? 'Enter the title.' : v.length > TITLE_MAX ? `At most ${TITLE_MAX} characters.` : null),
    body: (v: string) => (!v.trim() ? 'Enter the text.' : v.length > BODY_MAX ? `At most ${BODY_MAX} characters.` : null),
    pinnedUntil: (v: string) => {
      if (!v || v === initialPin) return null;
      const at = fromLocalDateTimeInput(v);
      if (!at) return 'Enter a date and a time.';
      return Date.parse(at) > now() ? null : 'Choose a time in the future.';
    },
  };
}

export function toInput(v: AnnouncementValues): AnnouncementInput {
  const pinnedUntil = fromLocalDateTimeInput(v.pinnedUntil);
  return { title: v.title.trim(), body: v.body.trim(), ...(pinnedUntil ? { pinnedUntil } : {}) };
}

/** Only what changed: a pin cleared is `unpin`. */
export function toPatch(v: AnnouncementValues, base: AnnouncementValues): AnnouncementPatch {
  const patch: AnnouncementPatch = {};
  if (v.title.trim() !== base.title) patch.title = v.title.trim();
  if (v.body.trim() !== base.body) patch.body = v.body.trim();
  if (v.pinnedUntil !== base.pinnedUntil) {
    const pinnedUntil = fromLocalDateTimeInput(v.pinnedUntil);
    if (pinnedUntil) patch.pinnedUntil = pinnedUntil;
    else patch.unpin = true;
  }
  return patch;
}

/** Where an announcement is published: a collaborative or learning community, or (none) the network. */
export interface AnnouncementTarget {
  collaborativeId: string;
  kind: components['schemas']['CollaborativeKind'];
  phase: components['schemas']['Phase'];
}

/**
 * Whether the person may publish here (the API decides in the end; this only shows the form):
 * network-wide, admins; in a learning community its stewards (admins, its faculty, its ACTIVE
 * facilitators); in a learning collaborative admins and its lead faculty. Nothing in a CLOSED one.
 */
export function canPublishAnnouncements(
  me: Pick<Me, 'kind' | 'roles' | 'facultyOf' | 'communities'>,
  target?: AnnouncementTarget,
): boolean {
  if (me.kind !== 'PERSON') return false;
  const admin = me.roles.includes('admin');
  if (!target) return admin;
  if (target.phase === 'CLOSED') return false;
  if (admin) return true;
  const faculty = (me.facultyOf ?? []).filter((f) => f.collaborativeId === target.collaborativeId);
  if (target.kind !== 'LEARNING_COMMUNITY') return faculty.some((f) => f.lead);
  const facilitator = (me.communities ?? []).some(
    (c) => c.collaborativeId === target.collaborativeId && c.status === 'ACTIVE' && c.facilitator,
  );
  return faculty.length > 0 || facilitator;
}

/** Whom it is for, in words. */
export const audienceText = (a: Pick<Announcement, 'collaborativeId' | 'collaborativeTitle'>) =>
  a.collaborativeId ? `To ${a.collaborativeTitle ?? 'a collaborative'}` : 'To the whole network';

/** The feed it belongs to. */
export const feedPath = (a: Pick<Announcement, 'collaborativeId'>) =>
  a.collaborativeId ? `/collaboratives/${a.collaborativeId}/announcements` : '/announcements';

/** The text's paragraphs (separated by blank lines); line breaks inside a paragraph are kept. */
export const paragraphs = (body: string): string[] =>
  body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
