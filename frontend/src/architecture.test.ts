import { describe, expect, it } from 'vitest';

// Layout rules (bulletproof-react): features do not import each other; shared code (components,
// lib, utils, config) imports no feature and no app code. Only src/app composes features.
const sources = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.d.ts', '!/src/**/*.test.{ts,tsx}', '!/src/testing/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

function imports(text: string): string[] {
  return [...text.matchAll(/from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const area = (path: string) => path.replace(/^\/src\//, '').split('/');

describe('the source layout', () => {
  const files = Object.entries(sources);

  it('is read (the glob finds the sources)', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('keeps features from importing each other', () => {
    const wrong = files.flatMap(([path, text]) => {
      const [top, feature] = area(path);
      if (top !== 'features') return [];
      return imports(text)
        .filter((i) => i.startsWith('@/features/') && !i.startsWith(`@/features/${feature}/`))
        .map((i) => `${path} imports ${i}`);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps shared code free of features and app code', () => {
    const wrong = files.flatMap(([path, text]) => {
      const [top] = area(path);
      if (!['components', 'lib', 'utils', 'config'].includes(top ?? '')) return [];
      return imports(text)
        .filter((i) => i.startsWith('@/features/') || i.startsWith('@/app/'))
        .map((i) => `${path} imports ${i}`);
    });
    expect(wrong).toEqual([]);
  });

  // Query keys come from key factories (src/lib/queries for what several features read,
  // src/features/<f>/api/keys.ts for a feature's own), never from literals at the call site, so
  // an invalidation names the same key its query uses.
  const isKeyModule = (path: string) =>
    /^\/src\/lib\/queries\//.test(path) || /^\/src\/features\/[^/]+\/api\/keys\.ts$/.test(path);

  it('builds every query key with a key factory', () => {
    const literal = /queryKey:\s*\[\s*(['"`]|\.\.\.[\w.]+(\(\))?\s*,\s*['"`])/g;
    const wrong = files.flatMap(([path, text]) =>
      isKeyModule(path) ? [] : [...text.matchAll(literal)].map((m) => `${path}: ${m[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reads each API resource in one module, so it has one cache key', () => {
    const readers = new Map<string, Set<string>>();
    for (const [path, text] of files) {
      for (const m of text.matchAll(/api\.GET\(\s*['"]([^'"]+)['"]/g)) {
        readers.set(m[1]!, (readers.get(m[1]!) ?? new Set()).add(path));
      }
    }
    const shared = [...readers]
      .filter(([, paths]) => paths.size > 1)
      .map(([route, paths]) => `${route}: ${[...paths].join(', ')}`);
    expect(readers.size).toBeGreaterThan(20);
    expect(shared).toEqual([]);
  });
});
