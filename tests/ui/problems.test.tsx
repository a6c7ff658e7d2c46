// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/engine/index';
import { FlowProblemsError } from '../../src/ui/walk/source';
import { memorySource, renderApp, resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

const problem: Problem = { code: 'UNKNOWN_NODE', severity: 'error', message: 'next points to "nowhere"', file: 'flows/barn/1.0.0.yaml', line: 42, column: 7, path: ['phases', 'se', 0, 'next'] };

describe('flow errors', () => {
  it('shows the problems with file:line instead of a blank page, and keeps the emergency numbers', async () => {
    const source = { catalog: () => Promise.reject(new FlowProblemsError([problem])), flow: () => Promise.reject(new Error('x')) };
    renderApp({ source, hash: '#/barn' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Veilederne har feil' })).toBeInTheDocument();
    expect(screen.getByText(/flows\/barn\/1\.0\.0\.yaml:42:7: error UNKNOWN_NODE/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ring 112 Politi' })).toHaveAttribute('href', 'tel:112');
  });

  it('a network error offers to try again', async () => {
    const source = { catalog: () => Promise.reject(new Error('offline')), flow: () => Promise.reject(new Error('x')) };
    renderApp({ source, hash: '#/barn' });
    expect(await screen.findByRole('heading', { level: 1, name: /Kunne ikke laste veilederen/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });
});

describe('a guide that cannot be opened', () => {
  it('moves focus to the error heading, since the start page link that was chosen is gone', async () => {
    const working = memorySource();
    const source = { catalog: working.catalog, flow: () => Promise.reject(new Error('HTTP 503')) };
    renderApp({ source });
    (await screen.findByRole('link', { name: /Jeg er bekymret for et barn/ })).click();
    const heading = await screen.findByRole('heading', { level: 1, name: /Kunne ikke laste veilederen/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
