// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstContentfulPaint } from '../../src/ui/pwa/afterFirstContentfulPaint';

/** A stand-in for the browser's Paint Timing: `paint(name)` reports a paint to every observer. */
function paintTiming(supported = true) {
  const observers: { callback: PerformanceObserverCallback; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'navigation'] : ['navigation'];
    private readonly entry: { callback: PerformanceObserverCallback; connected: boolean };
    constructor(callback: PerformanceObserverCallback) {
      this.entry = { callback, connected: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      const list = { getEntriesByName: (n: string) => (n === name ? [{ name, entryType: 'paint', startTime: 100 }] : []) } as unknown as PerformanceObserverEntryList;
      for (const o of observers) if (o.connected) o.callback(list, o as unknown as PerformanceObserver);
    },
    connected: () => observers.filter((o) => o.connected).length,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstContentfulPaint: work that must not compete with showing the start page', () => {
  it('waits for the first contentful paint, not only the first paint, and runs once', () => {
    const timing = paintTiming();
    const fn = vi.fn();
    afterFirstContentfulPaint(fn);
    timing.paint('first-paint');
    expect(fn).not.toHaveBeenCalled();
    timing.paint('first-contentful-paint');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(timing.connected()).toBe(0);
    vi.advanceTimersByTime(10_000); // the fallback does not run it again
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when no paint is reported (a tab opened in the background)', () => {
    paintTiming();
    const fn = vi.fn();
    afterFirstContentfulPaint(fn, 3000);
    vi.advanceTimersByTime(2999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback in a browser without Paint Timing', () => {
    const timing = paintTiming(false);
    const fn = vi.fn();
    afterFirstContentfulPaint(fn);
    expect(timing.connected()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
