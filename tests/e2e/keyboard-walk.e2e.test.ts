// The walk with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; no mouse): from the
// start page to an outcome, focus goes to the new step's heading after every step, every element
// reached with the keyboard shows its focus, and Back (in the app, and the browser's back button)
// steps back through the walk instead of leaving it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CompiledFlow } from '../../src/engine/index';
import nb from '../../src/i18n/nb';
import { PHONE, useE2E } from './harness';
import { dispositionTitle, headingText, isOutcome, nextStep, optionLabel, scenarioFlow, scenarioFor, stepsByHeading, type ScenarioFile } from './scenarios';

const e2e = useE2E();

interface Focused {
  tag: string;
  id: string;
  type: string;
  value: string;
  href: string;
  checked: boolean;
  text: string;
  /** The focus indicator: a visible outline or a box-shadow. */
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/** What Chromium logs when a test blocks the service worker (so that a slowed route is not bypassed). */
const BLOCKED_WORKER = 'Service Worker registration blocked by Playwright';

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', type: '', value: '', href: '', checked: false, text: '', outline: '', boxShadow: '', visible: false };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` : '';
    const boxShadow = cs.boxShadow !== 'none' ? cs.boxShadow : '';
    // A ring drawn outside the element (outline offset + width) is cut off by an ancestor that clips
    // its overflow and ends within that distance: computed styles alone would still call it visible.
    const ring = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
    const r = el.getBoundingClientRect();
    let clipped = false;
    for (let a = el.parentElement; a && a !== document.body && !clipped; a = a.parentElement) {
      const as = getComputedStyle(a);
      if (as.overflowX === 'visible' && as.overflowY === 'visible' && !/paint|strict|content/.test(as.contain)) continue;
      const ar = a.getBoundingClientRect();
      clipped = r.left - ring < ar.left || r.right + ring > ar.right || r.top - ring < ar.top || r.bottom + ring > ar.bottom;
    }
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type') ?? '',
      value: (el as HTMLInputElement).value ?? '',
      href: el.getAttribute('href') ?? '',
      checked: !!(el as HTMLInputElement).checked,
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      outline,
      boxShadow,
      visible: (outline !== '' || boxShadow !== '') && !clipped,
    };
  });
}

const describeFocus = (f: Focused) => `<${f.tag}${f.id ? ` id=${f.id}` : ''}${f.type ? ` type=${f.type}` : ''}${f.value ? ` value=${f.value}` : ''}${f.href ? ` href=${f.href}` : ''}> «${f.text.slice(0, 60)}»`;

/** Elements reached with the keyboard whose focus could not be seen. */
const invisible: string[] = [];

/** Press a key and check that what has focus now shows it. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  const f = await focused(page);
  // The step heading gets focus from script after a step (tabindex=-1) to move the reading position; it
  // is not a control, so by design it has no focus ring. Everything reached with a key must show one.
  if (f.tag !== 'body' && f.id !== 'step-heading' && !f.visible) invisible.push(`${key} → ${describeFocus(f)}`);
  return f;
}

/** Tab (or Shift+Tab) until `want` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, want: (f: Focused) => boolean, what: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 80): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    const f = await press(page, key);
    if (want(f)) return f;
    path.push(describeFocus(f));
  }
  throw new Error(`${key} never reached ${what}; went through:\n  ${path.join('\n  ')}`);
}

/** The step heading has focus and reads `heading` (after a step, focus moves to the new heading). */
async function expectHeadingFocused(page: Page, heading?: string): Promise<string> {
  const text = await headingText(page);
  // Give the effect that moves focus a moment; then say where focus is if it is not on the heading.
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading', undefined, { timeout: 5000 }).catch(() => undefined);
  const f = await focused(page);
  expect(f.tag === 'h1' && f.id === 'step-heading', `on «${text}» focus is on ${describeFocus(f)}, not the step heading`).toBe(true);
  if (heading !== undefined) expect(f.text).toBe(heading);
  return text;
}

/** Answer every screen with the keyboard until the outcome; returns the headings, the outcome's last. */
async function keyboardWalk(page: Page, flow: CompiledFlow, answers: ScenarioFile['answers']): Promise<string[]> {
  const steps = stepsByHeading(flow);
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    const heading = await expectHeadingFocused(page);
    seen.push(heading);
    if (await isOutcome(page)) return seen;
    const node = steps.get(heading);
    if (!node) throw new Error(`«${heading}» is not a step of ${flow.id}`);
    const isButton = (text: string) => (f: Focused) => f.tag === 'button' && f.text === text;
    if (node.kind === 'guidance') {
      await tabTo(page, isButton(nb.walk.continue.button), '«Gå videre»');
      await press(page, 'Enter');
    } else if (node.answer === 'yesno') {
      const value = answers[node.id] as string;
      await tabTo(page, (f) => f.tag === 'button' && f.value === value, `«${optionLabel(node, value)}»`);
      await press(page, 'Space');
    } else if (node.answer === 'choice') {
      const value = answers[node.id] as string;
      // Tab into the radio group, then the arrow keys move (and choose) within it.
      let f = await tabTo(page, (x) => x.type === 'radio', 'the radio group');
      const values = (node.options ?? []).map((o) => o.value);
      for (let n = 0; f.value !== value && n < values.length; n++) f = await press(page, 'ArrowDown');
      expect(f.value, `arrow keys reach «${optionLabel(node, value)}»`).toBe(value);
      if (!f.checked) f = await press(page, 'Space');
      expect(f.checked).toBe(true);
      await tabTo(page, isButton(nb.walk.next.button), '«Neste»');
      // Shift+Tab goes back into the group, to the chosen radio (a roving tab stop), and Tab returns.
      const back = await press(page, 'Shift+Tab');
      expect(back.type === 'radio' && back.value === value && back.checked, `Shift+Tab from «Neste» lands on the chosen radio, got ${describeFocus(back)}`).toBe(true);
      await press(page, 'Tab');
      await press(page, 'Enter');
    } else {
      const want = new Set((answers[node.id] ?? []) as string[]);
      await tabTo(
        page,
        (f) => {
          if (f.type === 'checkbox' && want.has(f.value)) want.delete(f.value);
          return f.tag === 'button' && f.text === nb.walk.continue.button;
        },
        '«Gå videre» after the checkboxes',
      );
      expect([...want], 'checkboxes not reached with Tab').toEqual([]);
      // Tick them on the way back up with Shift+Tab and Space, then return to «Gå videre».
      const tick = new Set((answers[node.id] ?? []) as string[]);
      let f = await focused(page);
      let presses = 0;
      while (tick.size > 0 && presses++ < 60) {
        f = await press(page, 'Shift+Tab');
        if (f.type === 'checkbox' && tick.has(f.value)) {
          f = await press(page, 'Space');
          expect(f.checked, `Space ticks ${f.value}`).toBe(true);
          tick.delete(f.value);
        }
      }
      expect([...tick], 'checkboxes not ticked').toEqual([]);
      await tabTo(page, isButton(nb.walk.continue.button), '«Gå videre»');
      await press(page, 'Enter');
    }
    await nextStep(page, heading);
  }
  throw new Error('the walk did not end');
}

async function openFlowByKeyboard(page: Page, flowId: string): Promise<void> {
  await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: nb.start.heading.title }).waitFor();
  // The first key brings the app in over the static start page; the choice keeps the focus.
  await press(page, 'Tab');
  await page.getByRole('button', { name: nb.clear.button.aria }).waitFor();
  await tabTo(page, (f) => f.tag === 'a' && f.href === `#/${flowId}`, `the «${flowId}» choice`);
  // Enter straight after the Tab that reached the choice, as a fast keyboard user does: the first step
  // opens with its heading in view (a smooth scroll to the choice once carried it past the top).
  await press(page, 'Enter');
  await page.locator('#step-heading').waitFor();
  await page.waitForTimeout(600);
  const top = await page.evaluate(() => document.getElementById('step-heading')?.getBoundingClientRect().top ?? -1);
  expect(top, 'the first step\'s heading is in view').toBeGreaterThanOrEqual(0);
}

describe('the walk with the keyboard only', () => {
  it('child flow: start page → outcome; focus on each new heading and always visible; Back and the browser back button step back', async () => {
    invisible.length = 0;
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    const scenario = scenarioFor('barn', 'bekymringsmelding');
    const flow = await scenarioFlow(e2e().origin, scenario);
    await openFlowByKeyboard(page, 'barn');
    const seen = await keyboardWalk(page, flow, scenario.answers);
    expect(seen.at(-1)).toBe(dispositionTitle('bekymringsmelding'));

    // Through the whole outcome with Tab (cards, the why section, notes, helper, summary) to «Tilbake».
    await tabTo(page, (f) => f.tag === 'button' && f.text.endsWith(nb.walk.back.button), '«Tilbake»', 'Tab', 200);
    await press(page, 'Enter');
    const previous = seen.at(-2) as string;
    await page.getByRole('heading', { level: 1, name: previous }).waitFor();
    await expectHeadingFocused(page, previous);

    // The browser's back button steps back once more, and stays in the walk.
    const url = page.url();
    await page.goBack();
    const before = seen.at(-3) as string;
    await page.getByRole('heading', { level: 1, name: before }).waitFor();
    await expectHeadingFocused(page, before);
    expect(new URL(page.url()).hash).toBe(new URL(url).hash);
    expect(new URL(page.url()).hash).toBe('#/barn');

    // Shift+Tab up from the heading, past the emergency numbers, to «Tøm alt» in the header: it
    // clears the walk and puts focus on the start page's heading.
    await tabTo(page, (f) => f.tag === 'button' && f.text === nb.clear.button.text, '«Tøm alt»', 'Shift+Tab');
    await press(page, 'Enter');
    await page.getByRole('heading', { level: 1, name: nb.start.heading.title }).waitFor();
    await expectHeadingFocused(page, nb.start.heading.title);
    expect(await page.evaluate(() => sessionStorage.getItem('tiltakskort.walk'))).toBeNull();

    expect(invisible, `focus not visible on:\n  ${invisible.join('\n  ')}`).toEqual([]);
    const entries = await console.collect(page);
    expect(entries.filter((e) => e.type !== 'warning'), console.format()).toEqual([]);
  });

  it('adult flow: choice questions with the arrow keys, to an outcome', async () => {
    invisible.length = 0;
    const { page } = await e2e().newPage({ viewport: PHONE });
    const scenario = scenarioFor('voksen', 'consultation');
    const flow = await scenarioFlow(e2e().origin, scenario);
    await openFlowByKeyboard(page, 'voksen');
    const seen = await keyboardWalk(page, flow, scenario.answers);
    expect(seen.at(-1)).toBe(dispositionTitle('consultation'));
    expect(invisible, `focus not visible on:\n  ${invisible.join('\n  ')}`).toEqual([]);
  });

  it('a static link that has focus when the app takes over hands it to the app\'s link in the same place, not the first with its number', async () => {
    // No service worker: once it has precached the app, the app's code comes from it, not through this slow route.
    const { page, console } = await e2e().newPage({ viewport: PHONE, serviceWorkers: 'block' });
    await startPageWithSlowApp(page);
    const place = () => page.evaluate(() => {
      const el = document.activeElement;
      const href = el?.getAttribute('href') ?? '';
      return { href, nth: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href') === href).indexOf(el as HTMLAnchorElement), text: el?.textContent?.trim() ?? '' };
    });
    // 112 is in the number strip and again in the box for danger now: the second one.
    await tabTo(page, (f) => f.tag === 'a' && f.href === 'tel:112', 'the strip\'s 112');
    await tabTo(page, (f) => f.tag === 'a' && f.href === 'tel:112', 'the second link to 112');
    const before = await place();
    expect(before.nth).toBeGreaterThan(0);
    await page.getByRole('button', { name: nb.clear.button.aria }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'A', undefined, { timeout: 5000 });
    expect(await place()).toEqual(before);
    expect((await console.collect(page)).filter((e) => !e.text.includes(BLOCKED_WORKER)), console.format()).toEqual([]);
  });

  it('a keyboard user who followed the static skip link stays in the main content when the app takes over', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE, serviceWorkers: 'block' });
    await startPageWithSlowApp(page);
    await tabTo(page, (f) => f.tag === 'a' && f.href === '#main', 'the static skip link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.getByRole('button', { name: nb.clear.button.aria }).waitFor();
    // The app's own <main> has the focus: not the skip link again, nor the top of the page.
    await page.waitForFunction(() => document.activeElement?.id === 'main' && document.querySelector('.start-choices a')?.closest('#main') === document.activeElement, undefined, { timeout: 5000 });
    expect((await console.collect(page)).filter((e) => !e.text.includes(BLOCKED_WORKER)), console.format()).toEqual([]);
  });

  it('a static language link that has focus when the app takes over hands it to the app\'s button for that language', async () => {
    const { page, console } = await e2e().newPage({ viewport: PHONE });
    await startPageWithSlowApp(page);
    await tabTo(page, (f) => f.tag === 'a' && f.href === 'nn.html', 'the static «Nynorsk» link');
    await page.getByRole('button', { name: nb.clear.button.aria }).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body && document.activeElement?.tagName === 'BUTTON', undefined, { timeout: 5000 });
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('lang'), document.activeElement?.closest('.lang-switch') !== null])).toEqual(['nn', true]);
    expect((await console.collect(page)).filter((e) => !e.text.includes(BLOCKED_WORKER)), console.format()).toEqual([]);
  });
});

/**
 * The static start page, with the app's code held back 1.5 s as on a slow network: the keyboard user
 * acts on the static page well before the app takes over.
 */
async function startPageWithSlowApp(page: Page): Promise<void> {
  await page.route('**/assets/boot-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(e2e().url('/'), { waitUntil: 'networkidle' });
}
