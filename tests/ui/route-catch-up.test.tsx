// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../src/ui/walk/useRoute';
import { resetBrowserState } from './helpers';

beforeEach(resetBrowserState);
afterEach(cleanup);

/**
 * Shows the route, and on its first render moves the address as a tap on the static start page's
 * link does while the app's first render (a transition) is under way: before the hook listens.
 */
function RouteShown({ moveTo }: { moveTo: string }) {
  const { route } = useRoute();
  if (window.location.hash !== moveTo) window.history.replaceState(null, '', moveTo);
  return <p>{route.name === 'flow' ? `flow ${route.id}` : route.name}</p>;
}

describe('the route', () => {
  it('follows an address that changed before it listened for changes: a choice tapped while the app mounted is not lost', () => {
    render(<RouteShown moveTo="#/voksen" />);
    expect(screen.getByText('flow voksen')).toBeInTheDocument();
  });
});
