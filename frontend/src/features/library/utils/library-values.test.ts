import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api/problem';
import { atFileField, formatBytes, itemChecks, itemFields, itemValues, parseTags, uploadForm } from './library-values';

describe('library values', () => {
  it('reads tags as the API keeps them: trimmed, lower-cased, each once', () => {
    expect(parseTags(' Screening-Tool, PTSD ,, screening-tool ')).toEqual(['screening-tool', 'ptsd']);
    expect(parseTags('  ')).toEqual([]);
  });

  it('says sizes in bytes, KB and MB', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(14_540)).toBe('14 KB');
    expect(formatBytes(3_250_000)).toBe('3.1 MB');
  });

  it('sends a team only for a TEAM item, and no blank description', () => {
    const v = { ...itemValues(), title: ' Tool ', tags: 'A, b', organizationId: 'o-1' };
    expect(itemFields(v)).toEqual({ title: 'Tool', audience: 'MEMBERS', tags: ['a', 'b'] });
    expect(itemFields({ ...v, audience: 'TEAM', description: ' For us ' })).toEqual({
      title: 'Tool',
      audience: 'TEAM',
      tags: ['a', 'b'],
      description: 'For us',
      organizationId: 'o-1',
    });
  });

  it('checks the title, the tags and a TEAM item’s organisation', () => {
    expect(itemChecks.title('  ')).toBe('Enter a title.');
    expect(itemChecks.tags(Array.from({ length: 21 }, (_, i) => `t${i}`).join(','))).toBe('At most 20 tags.');
    expect(itemChecks.tags('x'.repeat(51))).toBe('A tag has at most 50 characters.');
    expect(itemChecks.organizationId('', { ...itemValues(), audience: 'TEAM' })).toBe('Choose the team’s organisation.');
    expect(itemChecks.organizationId('', itemValues())).toBeNull();
  });

  it('builds the upload’s parts: the file, the fields, tags comma-separated', () => {
    const file = new File(['hello'], 'phq-9.txt', { type: 'text/plain' });
    const form = uploadForm(file, { ...itemValues(), title: 'PHQ-9', tags: 'screening-tool, depression' });
    expect(form.get('title')).toBe('PHQ-9');
    expect(form.get('audience')).toBe('MEMBERS');
    expect(form.get('tags')).toBe('screening-tool,depression');
    expect(form.get('description')).toBeNull();
    expect((form.get('file') as File).name).toBe('phq-9.txt');
  });

  it('puts a refused size or type at the file field, and leaves other refusals alone', () => {
    const tooLarge = atFileField(
      new ApiError(413, { type: 'x', title: 'Content Too Large', status: 413, detail: 'at most 20 MiB' }),
    );
    expect(tooLarge).toBeInstanceOf(ApiError);
    expect((tooLarge as ApiError).violations).toEqual([
      { in: 'body', field: 'file', message: 'The file is too large: at most 20 MiB' },
    ]);
    const wrongType = atFileField(
      new ApiError(415, { type: 'x', title: 'Unsupported', status: 415, detail: 'application/zip is not taken' }),
    );
    expect((wrongType as ApiError).status).toBe(415);
    expect((wrongType as ApiError).violations[0]!.message).toMatch(
      /^This type of file is not taken: application\/zip is not taken\. Upload a PDF/,
    );
    const other = new ApiError(409, { type: 'x', title: 'Conflict', status: 409, detail: 'closed' });
    expect(atFileField(other)).toBe(other);
  });
});
