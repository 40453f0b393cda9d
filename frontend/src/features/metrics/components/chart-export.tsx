import { Alert, Button, Group } from '@mantine/core';
import { useState, type RefObject } from 'react';

import { saveBlob } from '@/utils/save-blob';

/** The style properties a chart's look depends on: copied inline, so the file looks as the page does. */
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** A file name from the chart's parts: lower case, words joined by hyphens. */
export function chartFileName(parts: string[], extension: 'svg' | 'png'): string {
  const base = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${base || 'chart'}.${extension}`;
}

/**
 * The chart as a stand-alone SVG document: the drawn figure with its computed colours, lines and
 * fonts written on each element (the page's style sheet does not go with the file), on a white
 * ground, at its drawn size.
 */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const style = window.getComputedStyle(element);
    const target = to[i] as SVGElement | undefined;
    if (!target) return;
    const inline = STYLED.map((p) => [p, style.getPropertyValue(p)] as const)
      .filter(([, v]) => v && v !== 'normal')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (inline) target.setAttribute('style', inline);
    target.removeAttribute('class');
  });
  const [, , w = '720', h = '300'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', w);
  copy.setAttribute('height', h);
  copy.removeAttribute('aria-labelledby');
  copy.removeAttribute('aria-describedby');
  const ground = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#ffffff');
  const desc = copy.querySelector(':scope > desc');
  copy.insertBefore(ground, desc ? desc.nextSibling : copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The SVG drawn on a canvas at twice its size, as a PNG. */
export async function pngOf(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as an image.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Buttons under a chart: download it as SVG (the drawn figure) or PNG (that figure on a canvas). */
export function ChartDownloads({
  svgRef,
  title,
  fileParts,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The chart's name, for the buttons' accessible names. */
  title: string;
  /** What the file is named from (the measure, the team, the analysis). */
  fileParts: string[];
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (extension: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    setProblem(null);
    const markup = svgDocument(svg);
    const name = chartFileName(fileParts, extension);
    if (extension === 'svg') {
      saveBlob(new Blob([markup], { type: 'image/svg+xml' }), name);
      return;
    }
    setBusy(true);
    try {
      const [, , w = '720', h = '300'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
      saveBlob(await pngOf(markup, Number(w), Number(h)), name);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Group gap="xs">
        <Button size="compact-sm" variant="default" onClick={() => void download('svg')} aria-label={`Download SVG of ${title}`}>
          Download SVG
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          loading={busy}
          onClick={() => void download('png')}
          aria-label={`Download PNG of ${title}`}
        >
          Download PNG
        </Button>
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" title="Not downloaded">
          {problem}
        </Alert>
      )}
    </>
  );
}
