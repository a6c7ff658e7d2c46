// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/engine/index';
import { FlowProblemsError } from '../../src/ui/walk/source';
import { renderApp, resetBrowserState } from './helpers';

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
