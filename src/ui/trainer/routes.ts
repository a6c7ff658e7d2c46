/** The trainer's pages, read from what follows `#/trening` in the hash. */
export type TrainerPage =
  | { page: 'hub' }
  | { page: 'diagram'; flow: string }
  | { page: 'practice-list'; flow: string }
  | { page: 'practice'; flow: string; scenario: string }
  | { page: 'presenter'; flow: string }
  | { page: 'changes'; flow: string; from: string | undefined; to: string | undefined }
  | { page: 'unknown' };

const ID = '[a-z0-9][a-z0-9-]*';

export function parseTrainerRoute(rest: string): TrainerPage {
  const [path = '', query = ''] = rest.split('?');
  const q = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const ok = (s: string | undefined): s is string => s !== undefined && new RegExp(`^${ID}$`).test(s);
  const [what, flow, extra] = parts;
  if (parts.length === 0) return { page: 'hub' };
  if (!ok(flow)) return { page: 'unknown' };
  switch (what) {
    case 'diagram':
      return parts.length === 2 ? { page: 'diagram', flow } : { page: 'unknown' };
    case 'ov':
      if (parts.length === 2) return { page: 'practice-list', flow };
      return parts.length === 3 && ok(extra) ? { page: 'practice', flow, scenario: extra } : { page: 'unknown' };
    case 'presenter':
      return parts.length === 2 ? { page: 'presenter', flow } : { page: 'unknown' };
    case 'endringer':
      return parts.length === 2 ? { page: 'changes', flow, from: q.get('fra') ?? undefined, to: q.get('til') ?? undefined } : { page: 'unknown' };
    default:
      return { page: 'unknown' };
  }
}

export const trainerHref = {
  hub: () => '#/trening',
  diagram: (flow: string) => `#/trening/diagram/${flow}`,
  practiceList: (flow: string) => `#/trening/ov/${flow}`,
  practice: (flow: string, scenario: string) => `#/trening/ov/${flow}/${scenario}`,
  presenter: (flow: string) => `#/trening/presenter/${flow}`,
  changes: (flow: string, from?: string, to?: string) => `#/trening/endringer/${flow}${from && to ? `?fra=${encodeURIComponent(from)}&til=${encodeURIComponent(to)}` : ''}`,
};
