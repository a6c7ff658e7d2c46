// Trainers in Chromium (issue 5): the flow chart, practice mode and presenter mode, each axe clean
// (WCAG 2.1 A/AA), with no console errors and no request to another origin.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CompiledFlow, FlowNode } from '../../src/engine/index';
import type { ScenarioLibrary } from '../../src/ui/trainer/library';
import { axeCheck, type E2EPage, PHONE, useE2E } from './harness';

const e2e = useE2E();
const VIEWPORT = { width: 1280, height: 900 };

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(e2e().url(path));
  expect(res.ok, path).toBe(true);
  return (await res.json()) as T;
}

async function clean(p: E2EPage): Promise<void> {
  await axeCheck(p.page);
  const entries = await p.console.collect(p.page);
  expect(entries.filter((e) => e.type !== 'warning'), p.console.format()).toEqual([]);
  expect(p.requests.foreign(e2e().origin)).toEqual([]);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Answer each screen as the scenario says, by clicking, until the practice feedback shows. */
async function walk(page: Page, flow: CompiledFlow, answers: Record<string, string | string[]>, done = '[data-testid="practice-feedback"]'): Promise<void> {
  const questions = new Map<string, Extract<FlowNode, { kind: 'question' }>>();
  for (const phase of Object.values(flow.definition.phases)) for (const n of phase) if (n.kind === 'question') questions.set(n.prompt.nb ?? '', n);
  for (let i = 0; i < 60; i++) {
    if (await page.locator(done).count()) return;
    const text = ((await h1(page).textContent()) ?? '').trim();
    const q = questions.get(text);
    const card = page.locator('main .step');
    if (!q) {
      await card.getByRole('button', { name: 'Gå videre', exact: true }).click();
    } else if (q.answer === 'yesno') {
      await card.locator(`button[value="${answers[q.id] as string}"]`).click();
    } else {
      const a = answers[q.id] ?? [];
      for (const v of Array.isArray(a) ? a : [a]) await card.locator(`input[value="${v}"]`).check();
      await card.locator('button[type="submit"]').click();
    }
    await page.waitForFunction(([before, sel]) => document.querySelector('h1')?.textContent?.trim() !== before || !!document.querySelector(sel as string), [text, done]);
  }
  throw new Error('the walk did not end');
}

describe('trainers in the browser', () => {
  it('flow chart: drawn from the flow, zoom and pan, outline, axe clean', async () => {
    const p = await e2e().newPage({ viewport: VIEWPORT });
    const { page } = p;
    await page.goto(e2e().url('/#/trening/diagram/barn'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: /^Flytskjema: / }).waitFor();
    await page.locator('svg.diagram-svg g.node').first().waitFor();
    const flow = await getJson<CompiledFlow>('/flows/barn/1.0.0.json');
    const count = Object.values(flow.definition.phases).reduce((n, ph) => n + ph.length, 0);
    expect(await page.locator('svg.diagram-svg g.node').count()).toBe(count);
    expect(await page.locator('.diagram-outline li[data-id]').count()).toBe(count);
    const g = page.locator('svg.diagram-svg > g');
    const before = await g.getAttribute('transform');
    // The chart opens fitted to the box (at most 100 %); «Zoom inn» is a quarter more than that.
    const percent = async () => Number((await page.locator('.zoom-level').textContent())?.match(/(\d+) %/)?.[1]);
    const fitted = await percent();
    expect(fitted).toBeGreaterThan(0);
    expect(fitted).toBeLessThanOrEqual(100);
    await page.getByRole('button', { name: 'Zoom inn' }).click();
    const zoomed = `Zoom: ${Math.round(fitted * 1.25)} %`;
    await page.getByText(zoomed).waitFor();
    await page.getByRole('group', { name: 'Flytskjema', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await g.getAttribute('transform')).not.toBe(before);
    // Ctrl + wheel zooms.
    const box = await page.locator('.diagram-canvas').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForFunction((z) => document.querySelector('.zoom-level')?.textContent?.trim() !== z, zoomed);
    // Export as SVG: a download from a blob on this origin.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('barn-1.0.0-nb.svg');
    await clean(p);
  });

  it('practice: a vignette walked with the normal steps, a hint, feedback at the end, axe clean on the way', async () => {
    const p = await e2e().newPage({ viewport: VIEWPORT });
    const { page } = p;
    const lib = await getJson<ScenarioLibrary>('/flows/barn/scenarios.json');
    const scenario = lib.scenarios.find((s) => s.id === '14-barnehage-vitne-til-vold');
    if (!scenario) throw new Error('scenario missing');
    const flow = await getJson<CompiledFlow>(`/flows/barn/${scenario.version ?? '1.0.0'}.json`);
    await page.goto(e2e().url('/#/trening/ov/barn/14-barnehage-vitne-til-vold'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }).waitFor();
    expect(await page.getByTestId('practice-banner').textContent()).toContain('Øvingsmodus');
    await page.getByRole('button', { name: 'Vis svaret saken forventer her' }).click();
    await page.getByText('Saken forventer: Nei').waitFor();
    await clean(p);
    await walk(page, flow, scenario.answers);
    const feedback = page.getByTestId('practice-feedback');
    expect(await feedback.textContent()).toContain('Riktig!');
    expect(await page.getByTestId('practice-banner').count()).toBe(1);
    await clean(p);
    // Nothing about the walk is stored.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('presenter: keyboard steps, the chart beside the step with the path, axe clean', async () => {
    const p = await e2e().newPage({ viewport: { width: 1600, height: 900 } });
    const { page } = p;
    await page.goto(e2e().url('/#/trening/presenter/barn'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }).waitFor();
    await page.locator('.presenter-diagram svg.diagram-svg g.node').first().waitFor();
    await page.keyboard.press('2');
    await page.getByRole('heading', { level: 1, name: 'Hva har du lagt merke til hos barnet?' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: /Har du sett, hørt eller fått fortalt noe/ }).waitFor();
    expect(await page.locator('.presenter-diagram g.node.on-path').count()).toBeGreaterThanOrEqual(3);
    // Side by side at this width.
    const step = await page.locator('.presenter-step').boundingBox();
    const chart = await page.locator('.presenter-diagram').boundingBox();
    expect(chart && step && chart.x > step.x + step.width - 1).toBe(true);
    await page.keyboard.press('?');
    await page.getByRole('region', { name: 'Hurtigtaster' }).waitFor();
    await clean(p);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Hva har du lagt merke til hos barnet?' }).waitFor();
  });

  it('hub and "what changed" with a single version: axe clean', async () => {
    const p = await e2e().newPage({ viewport: PHONE });
    const { page } = p;
    await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'For opplæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'For opplæring' }).waitFor();
    await clean(p);
    await page.goto(e2e().url('/#/trening/endringer/barn'));
    await page.getByTestId('changes-only').waitFor();
    await clean(p);
  });

  it('case discussion plan: from the outcome screen, prefilled, axe clean', async () => {
    const p = await e2e().newPage({ viewport: VIEWPORT });
    const { page } = p;
    const lib = await getJson<ScenarioLibrary>('/flows/barn/scenarios.json');
    const scenario = lib.scenarios.find((s) => s.id === '14-barnehage-vitne-til-vold');
    if (!scenario) throw new Error('scenario missing');
    const flow = await getJson<CompiledFlow>('/flows/barn/1.0.0.json');
    await page.goto(e2e().url('/#/barn'), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Er barnet eller noen andre i fare akkurat nå?' }).waitFor();
    await walk(page, flow, scenario.answers, '.plan-launcher');
    await page.getByRole('button', { name: 'Lag plan for hvem gjør hva når' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan: hvem gjør hva når' }).waitFor();
    await page.getByRole('heading', { name: 'Oppfølging: sjekk tilbakemelding fra barnevernet' }).waitFor();
    // Chromium names each field by its task and its label, as jsdom does (tests/ui/trainer-pages.test.tsx).
    expect(await page.getByRole('textbox', { name: 'Oppfølging: sjekk tilbakemelding fra barnevernet Hvem (rolle)', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Legg til punkt' }).click();
    await page.keyboard.type('Drøft med helsesykepleier');
    expect(await page.getByRole('textbox', { name: 'Drøft med helsesykepleier Hvem (rolle)', exact: true }).count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned påminnelser (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('tiltakskort-plan.ics');
    await clean(p);
  });
});
