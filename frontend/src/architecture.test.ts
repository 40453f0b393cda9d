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
});
