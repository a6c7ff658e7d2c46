import type { i18n as I18n } from 'i18next';
import type { FlowCatalog } from '../../engine/index';
import { prepareAndRehearse } from './preparedFlows';
import { rehearseRender } from './rehearseRender';
import type { FlowSource } from './source';

/**
 * While the start page is read: fetch, prepare and rehearse every flow's first steps, then render
 * each of those steps once out of sight, one per idle moment, so a tap never waits behind the warm-up.
 * Only each flow's first step is also painted (for its letters, see rehearseRender): the later steps
 * use the same sizes, and painting all of them made the checklist taps slower in an A/B (72 against
 * 56 ms, cause not found).
 */
export async function warmUp(
  source: FlowSource,
  catalog: FlowCatalog,
  i18n: I18n,
  /** When the browser has a moment to spare, and a signal that the app no longer wants the warm-up. */
  when: { idle: () => Promise<void>; signal: AbortSignal },
): Promise<void> {
  for (const steps of await prepareAndRehearse(source, catalog)) {
    for (const [i, step] of steps.entries()) {
      await when.idle();
      if (when.signal.aborted) return;
      rehearseRender(step, i18n, i === 0);
    }
  }
}
