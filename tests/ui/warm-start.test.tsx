// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index';
import { createAnnouncer, LiveRegion } from '../../src/ui/LiveRegion';
import { preloadable, useModule } from '../../src/ui/preloadable';
import { FlowRunner } from '../../src/ui/FlowRunner';
import { prepareFlow, preparedNow, warmUp } from '../../src/ui/walk/preparedFlows';
import type { FlowSource } from '../../src/ui/walk/source';
import { I18nextProvider } from 'react-i18next';
import { memorySource, resetBrowserState } from './helpers';

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
    await warmUp(source, catalog);
    await warmUp(source, catalog);
    expect(source.asked.sort()).toEqual(['barn@1.0.0', 'utover@1.0.0', 'voksen@1.0.0']);
    expect(preparedNow(source, 'barn', '1.0.0')?.flow.id).toBe('barn');
    expect(await prepareFlow(source, 'barn', '1.0.0')).toBe(preparedNow(source, 'barn', '1.0.0'));
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
    await warmUp(source, catalog);
    render(
      <I18nextProvider i18n={createI18n('nb')}>
        <FlowRunner id="barn" catalog={catalog} source={source} lang="nb" notes="" onNotesChange={() => {}} draft={{}} onDraftChange={() => {}} onStep={() => {}} />
      </I18nextProvider>,
    );
    // Synchronously: no «Laster …» in between.
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/i fare akkurat nå/);
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
