import type { components } from '@/lib/api/schema';
import { ApiError, isApiError } from '@/lib/api/problem';

export type LibraryItem = components['schemas']['LibraryItem'];
export type LibraryAudience = components['schemas']['LibraryAudience'];
export type LibraryKind = components['schemas']['LibraryKind'];
export type LibraryVersion = components['schemas']['LibraryVersion'];

export const AUDIENCE_LABELS: Record<LibraryAudience, string> = {
  NETWORK: 'Everyone in the network',
  MEMBERS: 'Members only',
  TEAM: 'One team',
};

export const KIND_LABELS: Record<LibraryKind, string> = { FILE: 'File', LINK: 'Link' };

/** Tags as typed ("Screening tool, PTSD"): trimmed, lower-cased, each once, blanks dropped (as the API keeps them). */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** What a tags field shows for an item's tags. */
export const tagsText = (tags: readonly string[]) => tags.join(', ');

/** A file size people read: "812 bytes", "14.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export interface ItemValues {
  title: string;
  description: string;
  tags: string;
  audience: LibraryAudience;
  organizationId: string;
}

/** The fields an item's form sends (a file's upload parts, a link's and an update's JSON): blanks left out. */
export function itemFields(v: ItemValues) {
  const description = v.description.trim();
  return {
    title: v.title.trim(),
    audience: v.audience,
    tags: parseTags(v.tags),
    ...(description ? { description } : {}),
    ...(v.audience === 'TEAM' && v.organizationId ? { organizationId: v.organizationId } : {}),
  };
}

/** The multipart form of an upload: the file in the part `file`, the item's fields as parts (tags comma-separated). */
export function uploadForm(file: File, v: ItemValues): FormData {
  const fields = itemFields(v);
  const form = new FormData();
  form.append('title', fields.title);
  form.append('audience', fields.audience);
  if (fields.tags.length > 0) form.append('tags', fields.tags.join(','));
  if (fields.description) form.append('description', fields.description);
  if (fields.organizationId) form.append('organizationId', fields.organizationId);
  form.append('file', file, file.name);
  return form;
}

export const itemValues = (item?: LibraryItem): ItemValues => ({
  title: item?.title ?? '',
  description: item?.description ?? '',
  tags: tagsText(item?.tags ?? []),
  audience: item?.audience ?? 'MEMBERS',
  organizationId: item?.organizationId ?? '',
});

/** The checks of an item's form before it is sent. */
export const itemChecks = {
  title: (v: string) => (!v.trim() ? 'Enter a title.' : v.length > 200 ? 'At most 200 characters.' : null),
  description: (v: string) => (v.length > 5000 ? 'At most 5000 characters.' : null),
  tags: (v: string) => {
    const tags = parseTags(v);
    if (tags.length > 20) return 'At most 20 tags.';
    if (tags.some((t) => t.length > 50)) return 'A tag has at most 50 characters.';
    return null;
  },
  organizationId: (v: string, values: ItemValues) =>
    values.audience === 'TEAM' && !v ? 'Choose the team’s organisation.' : null,
};

/** The types the library takes (the API checks them again, by the bytes). */
export const ACCEPTED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
  'video/mp4',
].join(',');

/** What a refused upload says at the file field: too large (413), a type not taken (415). */
export function fileRefusal(status: number, detail: string | undefined): string | undefined {
  if (status === 413) return `The file is too large${detail ? `: ${detail}` : '.'}`;
  if (status === 415)
    return `This type of file is not taken${detail ? `: ${detail}` : ''}. Upload a PDF, an image (PNG, JPEG), a Word, Excel or PowerPoint file, plain text, CSV or MP4.`;
  return undefined;
}

/**
 * A refused upload as a problem of the form's file field: 413 and 415 name no field of their own,
 * so they are said at the file (where the person chooses another), in the form's own words.
 */
export function atFileField(error: unknown): unknown {
  if (!isApiError(error) || (error.status !== 413 && error.status !== 415)) return error;
  const detail = error.problem?.detail;
  const message = fileRefusal(error.status, detail)!;
  return new ApiError(error.status, {
    type: error.problem?.type ?? 'about:blank',
    title: error.problem?.title ?? (error.status === 413 ? 'Content Too Large' : 'Unsupported Media Type'),
    status: error.status,
    detail: detail ?? message,
    violations: [{ in: 'body', field: 'file', message }],
  });
}
