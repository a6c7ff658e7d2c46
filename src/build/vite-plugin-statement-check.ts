import type { Plugin } from 'vite';
import { aboutResources } from '../i18n/about/index';

/** The languages whose accessibility statement still shows the shipped placeholder for feedback. */
export function unfilledFeedbackChannels(resources = aboutResources): string[] {
  return Object.entries(resources)
    .filter(([, r]) => r.about.a11y.feedback.channel.trim().startsWith('['))
    .map(([lang]) => lang);
}

/**
 * A build whose accessibility statement has no feedback channel yet says so: a statement must give a
 * working one before it is published (forskrift om universell utforming av IKT; uustatus.no). A
 * warning, not an error: the bundled build is for testing and for municipalities to fill in.
 */
export function statementCheckPlugin(): Plugin {
  return {
    name: 'tiltakskort-statement-check',
    apply: 'build',
    buildStart() {
      const langs = unfilledFeedbackChannels();
      if (langs.length === 0) return;
      this.warn(
        `the accessibility statement has no feedback channel yet (${langs.join(', ')}): put the municipality's e-mail address or form, ` +
          'and who answers, in a11y.feedback.channel in src/i18n/about/nb.ts, nn.ts and en.ts before publishing (deploy/README.md)',
      );
    },
  };
}
