import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { RIVERSIDE_ID, TFCBT_ID, collaborative, faculty2 } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { page } from '@/testing/mocks/http';
import { screenedRunChart } from '@/testing/mocks/metrics';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { chartFileName } from './chart-export';

const NAME = 'Children screened for trauma at intake';
const chartPage = `/collaboratives/${TFCBT_ID}/metrics/run-charts?measure=screened&team=${RIVERSIDE_ID}`;

describe('a run chart’s annotations, learning sessions and downloads', () => {
  const periods = screenedRunChart().teams[0]!.points.map((p) => p.period);
  const saved: { name: string; blob: Blob }[] = [];

  beforeEach(() => {
    saved.length = 0;
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:${blobs.length - 1}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs[Number(this.href.split(':').at(-1))]! });
    });
    server.use(
      http.get(apiUrl('/api/collaboratives/:id'), () =>
        HttpResponse.json(collaborative({ phase: 'ACTIVE', startDate: '2024-01-01', acceptedTeams: 2, allowedTransitions: [] }), {
          headers: { ETag: '"3"' },
        }),
      ),
      http.get(apiUrl('/api/collaboratives/:id/learning-sessions'), () =>
        HttpResponse.json(
          page([
            {
              id: 's1',
              collaborativeId: TFCBT_ID,
              number: 1,
              title: 'Kick-off',
              mode: 'IN_PERSON',
              startDate: `${periods[2]}-14`,
              createdAt: '2026-01-01T00:00:00Z',
              updatedAt: '2026-01-01T00:00:00Z',
            },
            // not scheduled yet: not drawn
            { id: 's2', collaborativeId: TFCBT_ID, number: 2, title: 'Second', mode: 'VIRTUAL', createdAt: '', updatedAt: '' },
          ]),
        ),
      ),
      http.get(apiUrl('/api/collaboratives/:id/measures/:measureId/run-chart'), () => {
        const chart = screenedRunChart();
        const riverside = {
          ...chart.teams[0]!,
          annotations: [
            { period: periods[6]!, kind: 'CHANGE' as const, text: 'Screening at the front desk', annotationId: 'a1' },
            {
              period: periods[5]!,
              kind: 'PDSA_CYCLE' as const,
              text: 'One clinic, one week',
              pdsaCycleId: 'c1',
              outcome: 'ADOPT' as const,
            },
            { period: '2001-01', kind: 'NOTE' as const, text: 'Long ago', annotationId: 'a2' },
          ],
        };
        return HttpResponse.json({ ...chart, teams: [riverside, chart.teams[1]!] });
      }),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws annotations and PDSA cycles at their month, numbered as listed beneath the chart', async () => {
    renderApp(chartPage, { me: faculty2 });
    const chart = await screen.findByRole('img', { name: `Run chart: ${NAME}` });
    const list = await screen.findByRole('list', { name: `Annotations of ${NAME}` });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/^January 2001: Note: Long ago \(outside the months drawn\)$/);
    expect(items[1]).toMatch(/: PDSA cycle: One clinic, one week \(outcome: adopt\)$/);
    expect(items[2]).toMatch(/: Change made: Screening at the front desk$/);
    const markers = chart.querySelectorAll('[data-marker="annotation"]');
    expect([...markers].map((m) => m.getAttribute('data-period'))).toEqual([periods[5], periods[6]]);
    expect(markers[0]!.querySelector('title')).toHaveTextContent('2. PDSA cycle: One clinic, one week (outcome: adopt)');
    expect(markers[1]!.querySelector('text')).toHaveTextContent('3');
    expect(chart).toHaveAccessibleDescription(/3 annotations, listed below the chart/);
    expect(screen.getByText(/Annotation or PDSA cycle \(upright dashed line/)).toBeInTheDocument();
  });

  it('draws the collaborative’s scheduled learning sessions at their month, with a legend entry', async () => {
    renderApp(chartPage, { me: faculty2 });
    const chart = await screen.findByRole('img', { name: `Run chart: ${NAME}` });
    await waitFor(() => expect(chart.querySelectorAll('[data-marker="session"]')).toHaveLength(1));
    const marker = chart.querySelector('[data-marker="session"]')!;
    expect(marker).toHaveAttribute('data-period', periods[2]);
    expect(marker.querySelector('text')).toHaveTextContent('LS1');
    expect(marker.querySelector('title')).toHaveTextContent('Learning session 1: Kick-off');
    expect(screen.getByText(/Learning session \(upright solid line, LS and its number\)/)).toBeInTheDocument();
    expect(screen.getByText(/Learning sessions on the chart: LS1, Learning session 1: Kick-off/)).toBeInTheDocument();
    expect(chart).toHaveAccessibleDescription(/learning sessions marked: LS1/);
  });

  it('downloads the chart as a stand-alone SVG named after the measure and the team', async () => {
    const user = userEvent.setup();
    renderApp(chartPage, { me: faculty2 });
    await screen.findByRole('list', { name: `Annotations of ${NAME}` });
    await user.click(screen.getByRole('button', { name: `Download SVG of ${NAME}` }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('children-screened-for-trauma-at-intake-riverside-family-services-run-chart.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    const svg = await saved[0]!.blob.text();
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="720" height="300"');
    expect(svg).toContain('Screening at the front desk');
    expect(svg).not.toContain('class=');
  });

  it('downloads it as a PNG drawn from that SVG on a canvas', async () => {
    const user = userEvent.setup();
    const drawn: unknown[] = [];
    vi.stubGlobal(
      'Image',
      class {
        onload: (() => void) | null = null;
        onerror: (() => void) | null = null;
        set src(_: string) {
          setTimeout(() => this.onload?.(), 0);
        }
      },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () =>
        ({
          fillRect: () => {},
          drawImage: (...args: unknown[]) => drawn.push(args.slice(1)),
        }) as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, done) {
      done(new Blob([`png ${this.width}x${this.height}`], { type: 'image/png' }));
    });
    renderApp(chartPage, { me: faculty2 });
    await screen.findByRole('list', { name: `Annotations of ${NAME}` });
    await user.click(screen.getByRole('button', { name: `Download PNG of ${NAME}` }));
    await waitFor(() => expect(saved).toHaveLength(1));
    vi.unstubAllGlobals();
    expect(saved[0]!.name).toBe('children-screened-for-trauma-at-intake-riverside-family-services-run-chart.png');
    expect(await saved[0]!.blob.text()).toBe('png 1440x600');
    expect(drawn).toEqual([[0, 0, 1440, 600]]);
  });

  it('names files plainly', () => {
    expect(chartFileName(['Familles suivies – CPP', 'Lakeside Youth Center', 'laney-p chart'], 'png')).toBe(
      'familles-suivies-cpp-lakeside-youth-center-laney-p-chart.png',
    );
    expect(chartFileName(['—'], 'svg')).toBe('chart.svg');
  });
});
