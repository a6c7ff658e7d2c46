// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index';
import { createAnnouncer, LiveRegion } from '../../src/ui/LiveRegion';
import { preloadable, useModule } from '../../src/ui/preloadable';
import { FlowRunner } from '../../src/ui/FlowRunner';
import { prepareAndRehearse, prepareFlow, preparedNow } from '../../src/ui/walk/preparedFlows';
import { PAINTED_FOR_MS, rehearseRender } from '../../src/ui/walk/rehearseRender';
import { ROWS_IN_FIRST_FRAME } from '../../src/ui/StepView';
import { warmUp } from '../../src/ui/walk/warmUp';
import type { FlowSource } from '../../src/ui/walk/source';
import { TextsProvider } from '../../src/ui/texts';
import { App } from '../../src/ui/App';
import { idleMomentsAtOnce, memoryProfileSource, memorySource, resetBrowserState, watchPaintedCopies } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

/** A memory source that counts what it was asked for. */
function countingSource(): FlowSource & { asked: string[] } {
  const inner = memorySource();
  const asked: string[] = [];
  return { ...inner, asked, flow: (id, version) => (asked.push(`${id}@${version}`), inner.flow(id, version)) };
}

describe('flows prepared while the start page is read', () => {
  it('warmUp fetches and prepares the version a new walk starts on, once per flow', async () => {
    const source = countingSource();
    const catalog = await source.catalog();
    await prepareAndRehearse(source, catalog);
    await prepareAndRehearse(source, catalog);
    expect(source.asked.sort()).toEqual(['barn@1.0.0', 'utover@1.0.0', 'voksen@1.0.0']);
    expect(preparedNow(source, 'barn', '1.0.0')?.flow.id).toBe('barn');
    expect(await prepareFlow(source, 'barn', '1.0.0')).toBe(preparedNow(source, 'barn', '1.0.0'));
  });

  it('rehearses the first question, where each of its answers leads, and the first steps of the common path', async () => {
    const source = countingSource();
    const rehearsed = await prepareAndRehearse(source, await source.catalog());
    const barn = rehearsed.find((steps) => steps[0]?.view.flow.id === 'barn') ?? [];
    const ids = barn.map((s) => s.view.nodeId);
    // First question, then "yes" → the acute outcome, then "no"/"unsure" and on along the answers that raise nothing.
    expect(ids.slice(0, 2)).toEqual(['acute', 'handle-acute']);
    expect(ids).toEqual(expect.arrayContaining(['signs', 'violence-forms', 'talk-with-child']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(rehearsed).toHaveLength(3);
  });

  it('forgets a failed fetch, so «try again» fetches again', async () => {
    let fail = true;
    const inner = memorySource();
    const source: FlowSource = { ...inner, flow: (id, v) => (fail ? Promise.reject(new Error('offline')) : inner.flow(id, v)) };
    await expect(prepareFlow(source, 'barn', '1.0.0')).rejects.toThrow('offline');
    expect(preparedNow(source, 'barn', '1.0.0')).toBeUndefined();
    fail = false;
    expect((await prepareFlow(source, 'barn', '1.0.0')).flow.id).toBe('barn');
  });

  it('a warmed flow opens on its first question in the first render, without a loading message', async () => {
    const source = countingSource();
    const catalog = await source.catalog();
    await prepareAndRehearse(source, catalog);
    render(
      <TextsProvider i18n={createI18n('nb')}>
        <FlowRunner id="barn" catalog={catalog} source={source} lang="nb" notes="" onNotesChange={() => {}} draft={{}} onDraftChange={() => {}} />
      </TextsProvider>,
    );
    // Synchronously: no «Laster …» in between.
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/i fare akkurat nå/);
  });
});

describe('steps rendered out of sight while the start page is read', () => {
  /** A page with the app's <main> and focus on a link in it; `rendered()` is what was rendered out of sight meanwhile. */
  function page() {
    document.body.innerHTML = '<main id="main"><a href="#/barn">Barn</a></main>';
    const main = document.getElementById('main') as HTMLElement;
    const link = main.querySelector('a') as HTMLElement;
    link.focus();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((rs) => records.push(...rs));
    observer.observe(main, { childList: true, subtree: true });
    const rendered = () => {
      records.push(...observer.takeRecords());
      // What React put into a rehearsal box (the box itself is emptied and removed again).
      return records.filter((r) => r.target instanceof Element && r.target.classList.contains('rehearsal')).flatMap((r) => [...r.addedNodes].filter((n) => n instanceof Element));
    };
    return { main, link, before: main.innerHTML, rendered };
  }

  it('renders a step and leaves nothing behind: the same page, focus where it was, no saved answers or history entries', async () => {
    const source = memorySource();
    const barn = (await prepareAndRehearse(source, await source.catalog())).find((steps) => steps[0]?.view.flow.id === 'barn');
    const { main, link, before, rendered } = page();
    const entries = window.history.length;
    rehearseRender(barn![2]!, createI18n('nb')); // the «signs» checklist
    expect(main.innerHTML).toBe(before);
    expect(document.activeElement).toBe(link);
    await new Promise((resolve) => setTimeout(resolve, 50)); // anything a walk does after the paint
    expect(window.history.length).toBe(entries);
    expect(window.history.state).toBeNull();
    expect(sessionStorage.length + localStorage.length).toBe(0);
    const [step] = rendered();
    expect(step?.querySelector('h1')?.textContent).toMatch(/lagt merke til/);
    // What a tap paints: the first screenful of rows (the rest follow the paint, which a rehearsal never has).
    expect(step?.querySelectorAll('input[type=checkbox]')).toHaveLength(ROWS_IN_FIRST_FRAME);
  });

  it('renders an outcome too (the acute one is a tap from the first question)', async () => {
    const source = memorySource();
    const barn = (await prepareAndRehearse(source, await source.catalog())).find((steps) => steps[0]?.view.flow.id === 'barn');
    const { main, before, rendered } = page();
    rehearseRender(barn![1]!, createI18n('en'));
    expect(main.innerHTML).toBe(before);
    expect(rendered()[0]?.textContent).toContain('112');
    expect(rendered()[0]?.textContent).toContain('Call'); // in the language asked for
  });

  it('paints a copy of the step for a moment — no eye can see it, nothing can reach it — so its letters are drawn before the first tap', async () => {
    const source = memorySource();
    const barn = (await prepareAndRehearse(source, await source.catalog())).find((steps) => steps[0]?.view.flow.id === 'barn');
    const { main, link, before } = page();
    rehearseRender(barn![0]!, createI18n('nb'), true);
    expect(main.innerHTML, 'the page itself is untouched').toBe(before);
    expect(document.activeElement).toBe(link);

    const copies = document.querySelectorAll('.rehearsal-painted');
    expect(copies).toHaveLength(1);
    const copy = copies[0] as HTMLElement;
    expect(copy.querySelector('h1')?.textContent).toMatch(/i fare akkurat nå/);
    expect(copy.getAttribute('aria-hidden')).toBe('true');
    expect(copy.hasAttribute('inert')).toBe(true);
    // No second #step-heading, no label or radio group tied to the real step's.
    expect(copy.querySelectorAll('[id], [for], [name], [aria-labelledby], [aria-describedby]')).toHaveLength(0);

    await new Promise((resolve) => setTimeout(resolve, PAINTED_FOR_MS + 50));
    expect(document.querySelector('.rehearsal-painted'), 'gone again').toBeNull();
  });

  it('warms every rehearsed step, one per idle moment, paints only each flow\'s first, and stops when the app no longer wants it', async () => {
    const source = memorySource();
    const catalog = await source.catalog();
    const rehearsed = await prepareAndRehearse(source, catalog);
    const steps = rehearsed.flat().length;
    const first = page();
    const { headings: painted, stop: stopWatching } = watchPaintedCopies();
    let moments = 0;
    await warmUp(source, catalog, createI18n('nb'), { idle: async () => void moments++, signal: new AbortController().signal });
    expect(moments).toBe(steps);
    expect(first.rendered()).toHaveLength(steps);
    await Promise.resolve();
    stopWatching();
    expect(painted, 'one per flow').toHaveLength(rehearsed.length);
    expect(painted).toEqual(expect.arrayContaining([expect.stringMatching(/i fare akkurat nå/)]));

    const stop = new AbortController();
    const later = page();
    await warmUp(source, catalog, createI18n('nb'), { idle: async () => stop.abort(), signal: stop.signal });
    expect(later.rendered()).toHaveLength(0);
  });
});

describe('the warm-up in the app', () => {
  it('leaves the step texts it rendered for the walk: the first question looks none of them up again', async () => {
    idleMomentsAtOnce(); // the whole warm-up runs within the test
    const i18n = createI18n('nb');
    const lookups: string[] = [];
    const lookUp = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
    i18n.t = ((...args: unknown[]) => (lookups.push(String(args[0])), lookUp(...args))) as unknown as typeof i18n.t;
    const painted = watchPaintedCopies();
    render(<App i18n={i18n} source={memorySource()} profileSource={memoryProfileSource()} />);
    // Each flow's first step has been rendered and painted once the third copy is there.
    await waitFor(() => expect(painted.headings.length).toBe(3), { timeout: 10_000 });
    painted.stop();
    expect(lookups, 'the warm-up looked the step texts up').toContain('phase.se.name');

    lookups.length = 0;
    await userEvent.setup().click(screen.getByRole('link', { name: /bekymret for et barn/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ })).toBeInTheDocument();
    expect(lookups.filter((key) => /^(phase|walk)\./.test(key))).toEqual([]);
  });
});

describe('modules loaded ahead of need', () => {
  it('renders at once when the module has loaded, and shows loading, then the module, when not', async () => {
    let resolve: (m: { text: string }) => void = () => {};
    const p = preloadable(() => new Promise<{ text: string }>((r) => (resolve = r)));
    function Show() {
      const m = useModule(p);
      return <p>{m.status === 'ready' ? m.module.text : m.status}</p>;
    }
    const first = render(<Show />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    resolve({ text: 'here' });
    expect(await screen.findByText('here')).toBeInTheDocument();
    first.unmount();
    render(<Show />);
    expect(screen.getByText('here')).toBeInTheDocument();
  });

  it('offers to try again when the code cannot be fetched (offline before it was cached)', async () => {
    let attempts = 0;
    const p = preloadable(() => (++attempts === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve({ text: 'loaded' })));
    function Show() {
      const m = useModule(p);
      if (m.status === 'error') return <button onClick={m.retry}>{m.message}</button>;
      return <p>{m.status === 'ready' ? m.module.text : m.status}</p>;
    }
    render(<Show />);
    const retry = await screen.findByRole('button', { name: 'chunk failed' });
    act(() => retry.click());
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});

describe('the live region', () => {
  it('says the newest announcement, politely', async () => {
    const announcer = createAnnouncer();
    render(<LiveRegion announcer={announcer} />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    act(() => announcer.announce('Steg: Hva har du lagt merke til?'));
    await waitFor(() => expect(region).toHaveTextContent('Steg: Hva har du lagt merke til?'));
  });
});
