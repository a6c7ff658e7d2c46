// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const BACK = 'Tilbake til veiledningen';
const h1 = () => screen.getByRole('heading', { level: 1 });

describe('the way back from the settings to the walk (WCAG 3.2.4, 3.3.2)', () => {
  it('settings opened from an outcome offer «Tilbake til veiledningen», which returns to that outcome with the notes', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/barn' });
    await screen.findByRole('heading', { level: 1, name: /i fare akkurat nå/ });
    await user.click(screen.getByRole('button', { name: 'Ja' }));
    expect(h1()).toHaveTextContent('Ring politiet nå');
    await user.type(screen.getByLabelText('Egne notater (valgfritt)'), 'Hørte skrik fra leiligheten.');
    // The outcome's history entry is written once it is painted: the way back leads to it.
    await waitFor(() => expect(window.history.state).toEqual({ tk: 1 }));

    await user.click(screen.getByRole('link', { name: 'Velg kommune eller region i innstillingene' }));
    await screen.findByRole('heading', { level: 1, name: 'Innstillinger' });
    const back = screen.getByRole('link', { name: BACK });
    expect(back).toHaveAttribute('href', '#/barn');

    await user.click(back);
    await waitFor(() => expect(h1()).toHaveTextContent('Ring politiet nå'));
    expect(window.location.hash).toBe('#/barn');
    expect(screen.getByLabelText('Egne notater (valgfritt)')).toHaveValue('Hørte skrik fra leiligheten.');
  });

  it('settings opened directly, or from the start page, have no walk to go back to: only «Til start»', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#/innstillinger' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: BACK })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Til start' })).toHaveAttribute('href', '#/');
    cleanup();

    renderApp();
    await user.click(await screen.findByRole('link', { name: 'Innstillinger' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: BACK })).not.toBeInTheDocument();
  });

  it('says it in nynorsk and English too (after a reload, which keeps the entry and its walk)', async () => {
    for (const [lang, name] of [['nn', 'Tilbake til rettleiinga'], ['en', 'Back to the guide']] as const) {
      renderApp({ lang, hash: '#/innstillinger', state: { walk: 'barn' } });
      expect(await screen.findByRole('link', { name })).toHaveAttribute('href', '#/barn');
      cleanup();
    }
  });
});
