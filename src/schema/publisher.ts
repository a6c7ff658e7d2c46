import { z } from 'zod';
import { Localized } from './common';

/**
 * Who publishes this copy of Tiltakskort (flows/publisher.yaml). The accessibility statement must
 * name a working feedback channel (forskrift om universell utforming av IKT; uustatus.no), and it is
 * the publishing municipality's, not the app's: so it is data a municipal adviser fills in and
 * republishes with the flows and contact lists, without a new build.
 */
export const PublisherFile = z
  .object({
    /** The municipality or body that publishes the site, as the statements name it. */
    name: Localized,
    feedback: z
      .object({
        /** An e-mail address for feedback on accessibility. */
        email: z.string().optional(),
        /** Or a web form for it (https://…). */
        url: z.string().optional(),
        /** Who answers, and how soon: «Servicetorget svarer innen to uker». */
        who: Localized,
      })
      .strict(),
  })
  .strict();
export type Publisher = z.infer<typeof PublisherFile>;
