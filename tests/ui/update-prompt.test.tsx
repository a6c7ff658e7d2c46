// @vitest-environment jsdom
// The «new version» banner with a fake updater: hidden until a new version is ready, then announced
// with one button; only the user's tap updates (never by itself, so a walk is never interrupted).
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextsProvider } from '../../src/ui/texts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/engine/index';
import en from '../../src/i18n/en';
import { createI18n } from '../../src/i18n/index';
import nb from '../../src/i18n/nb';
import nn from '../../src/i18n/nn';
import { UpdatePrompt } from '../../src/ui/pwa/UpdatePrompt';
import { UpdateSignal } from '../../src/ui/pwa/updates';

afterEach(cleanup);

function setup(lang: Lang = 'nb') {
  const signal = new UpdateSignal();
  const apply = vi.fn();
  render(
    <TextsProvider i18n={createI18n(lang)}>
      <UpdatePrompt updater={signal} />
    </TextsProvider>,
  );
  return { signal, apply };
}

describe('update prompt', () => {
  it('shows nothing until a new version is ready, but keeps its live region in the page', () => {
    setup();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ] as const)('offers the update in the live region (%s) and updates only when tapped', async (lang, msgs) => {
    const user = userEvent.setup();
    const { signal, apply } = setup(lang);
    act(() => signal.offer(apply));
    expect(screen.getByRole('status')).toHaveTextContent(msgs.pwa.update.text);
    expect(screen.getByRole('status')).toHaveTextContent(msgs.pwa.update.note);
    const button = screen.getByRole('button', { name: msgs.pwa.update.button });
    expect(apply).not.toHaveBeenCalled(); // never by itself
    await user.click(button);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: msgs.pwa.update.busy })).toBeDisabled();
  });

  it('a second offer (another tab updated) keeps one banner and uses the latest way to apply', async () => {
    const user = userEvent.setup();
    const { signal, apply } = setup();
    const later = vi.fn();
    act(() => signal.offer(apply));
    act(() => signal.offer(later));
    expect(screen.getAllByRole('button')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: nb.pwa.update.button }));
    expect(later).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
  });
});
