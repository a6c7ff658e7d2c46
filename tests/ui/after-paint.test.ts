// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, afterShown, SHOWN_AFTER_PAINT_MS } from '../../src/ui/afterPaint';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

/** One frame of the fake clock: its animation-frame callbacks run. */
const nextFrame = () => vi.advanceTimersToNextFrame();
/** The frame, then the first task after it (the fake clock runs a 0 ms timeout a millisecond on). */
const paint = () => {
  nextFrame();
  vi.advanceTimersByTime(1);
};

describe('afterPaint: work the next screen does not wait for runs once the frame is painted', () => {
  it('runs in the first task after the next frame, not before it', () => {
    const fn = vi.fn();
    afterPaint(fn);
    vi.advanceTimersByTime(1);
    expect(fn).not.toHaveBeenCalled();
    paint();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs when cancelled first (the step changed again)', () => {
    const fn = vi.fn();
    const cancel = afterPaint(fn);
    nextFrame();
    cancel();
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('afterShown: the history entry waits until the frame is surely on screen', () => {
  it('runs SHOWN_AFTER_PAINT_MS after the paint, not at the paint', () => {
    const fn = vi.fn();
    afterShown(fn);
    paint();
    vi.advanceTimersByTime(SHOWN_AFTER_PAINT_MS - 10);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs when cancelled before the frame or while it waits after it', () => {
    const early = vi.fn();
    afterShown(early)();
    const late = vi.fn();
    const cancelLate = afterShown(late);
    paint();
    vi.advanceTimersByTime(SHOWN_AFTER_PAINT_MS / 2);
    cancelLate();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
