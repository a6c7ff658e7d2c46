// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { HOVER_EVENTS, ignoreHoverEvents } from '../../src/ui/ignoreHoverEvents';

afterEach(cleanup);

describe('hover events and the app', () => {
  it('hover events stop before React, while taps, presses and keys still reach it', () => {
    const seen: string[] = [];
    const note = (what: string) => () => seen.push(what);
    render(
      <button type="button" onMouseOver={note('mouseover')} onMouseOut={note('mouseout')} onPointerOver={note('pointerover')} onPointerOut={note('pointerout')} onClick={note('click')} onPointerDown={note('pointerdown')} onKeyDown={note('keydown')}>
        Ja
      </button>,
    );
    const button = screen.getByRole('button', { name: 'Ja' });
    const hoverOver = () => {
      fireEvent.mouseOver(button);
      fireEvent.mouseOut(button);
      fireEvent.pointerOver(button);
      fireEvent.pointerOut(button);
    };

    hoverOver();
    expect(seen, 'without it, React runs a handler for each').toEqual(['mouseover', 'mouseout', 'pointerover', 'pointerout']);

    seen.length = 0;
    const undo = ignoreHoverEvents();
    try {
      hoverOver();
      act(() => button.click());
      fireEvent.pointerDown(button);
      fireEvent.keyDown(button, { key: 'Enter' });
      expect(seen).toEqual(['click', 'pointerdown', 'keydown']);
    } finally {
      undo();
    }
    expect(HOVER_EVENTS).toEqual(['mouseover', 'mouseout', 'pointerover', 'pointerout']);
  });

  it('the lint refuses hover handlers in the app, which would silently never run', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const lint = async (jsx: string) => {
      const [result] = await eslint.lintText(`export const A = () => ${jsx};\n`, { filePath: 'src/ui/Example.tsx' });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    for (const handler of ['onMouseEnter', 'onMouseLeave', 'onMouseOver', 'onMouseOut', 'onPointerEnter', 'onPointerLeave', 'onPointerOver', 'onPointerOutCapture']) {
      expect(await lint(`<div ${handler}={() => {}} />`), handler).toEqual([expect.stringContaining('src/ui/ignoreHoverEvents.ts')]);
    }
    expect(await lint('<div onPointerDown={() => {}} onMouseDown={() => {}} onClick={() => {}} />')).toEqual([]);
  });
});
