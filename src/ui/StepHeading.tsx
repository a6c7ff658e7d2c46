import type { ReactNode } from 'react';

/**
 * A screen's heading: `#step-heading`, where focus goes when the screen changes (tabIndex -1, so it
 * can take focus without being in the Tab order). `holdsId={false}` for a page on its way out that
 * must not share the id with the screen replacing it (the lingering start page, src/ui/StartView.tsx).
 */
export function StepHeading({ children, holdsId = true }: { children: ReactNode; holdsId?: boolean }) {
  return (
    <h1 id={holdsId ? 'step-heading' : undefined} tabIndex={-1}>
      {children}
    </h1>
  );
}
