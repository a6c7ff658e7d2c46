import { memo, useSyncExternalStore } from 'react';

/**
 * The polite live region that tells a screen reader user that everything was cleared. (A new step
 * is not announced here: focus moves to its heading, which the screen reader reads.) It holds its own text, so an announcement re-renders this one element and not the
 * whole page around the walk (which cost a slow phone a frame on every tap).
 */
export interface Announcer {
  announce(text: string): void;
  read(): string;
  subscribe(listener: () => void): () => void;
}

export function createAnnouncer(): Announcer {
  let text = '';
  const listeners = new Set<() => void>();
  return {
    announce(next) {
      text = next;
      for (const l of listeners) l();
    },
    read: () => text,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const LiveRegion = memo(function LiveRegion({ announcer }: { announcer: Announcer }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.read, announcer.read);
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {text}
    </div>
  );
});
