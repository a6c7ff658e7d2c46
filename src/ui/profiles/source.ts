import type { Localized } from '../../engine/index';
import type { Profile, ProfileLanguage } from '../../schema/profile';

/** /flows/profiles/index.json as the build writes it (src/node/profiles.ts). */
export interface ProfileCatalog {
  format: 1;
  /** The profile a new device starts with; set at build time (TILTAKSKORT_PROFILE), else "national". */
  default: string;
  profiles: { id: string; name: Localized; language: ProfileLanguage; file: string }[];
}

export const NATIONAL_PROFILE = 'national';

/** A profile file fetched by URL, to be validated in the browser. */
export interface FetchedText {
  text: string;
  contentType: string;
}

/** Where contact profiles come from: over HTTP from this origin in the browser, from flows/profiles in tests. */
export interface ProfileSource {
  catalog(): Promise<ProfileCatalog>;
  /** A profile the build has loaded and checked, by its file name in the catalog. */
  profile(file: string): Promise<Profile>;
  /** Any same-origin URL (already checked by sameOriginUrl): a profile someone is testing. */
  text(url: string): Promise<FetchedText>;
}

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
  }
}

async function get(url: string): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new HttpError(url, res.status);
  return res;
}

export function httpProfileSource(base: string = import.meta.env.BASE_URL ?? '/'): ProfileSource {
  const root = `${base.endsWith('/') ? base : `${base}/`}flows/profiles/`;
  return {
    catalog: async () => (await (await get(`${root}index.json`)).json()) as ProfileCatalog,
    profile: async (file) => (await (await get(root + encodeURIComponent(file))).json()) as Profile,
    text: async (url) => {
      const res = await get(url);
      return { text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
    },
  };
}

/**
 * A profile URL typed by a user or given as ?profil=…: only this origin, only http(s). Returns the
 * absolute URL, or null when it points elsewhere (Tiltakskort makes no requests to other origins).
 */
export function sameOriginUrl(input: string, here: Pick<Location, 'href' | 'origin'> = window.location): URL | null {
  let url: URL;
  try {
    url = new URL(input.trim(), here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin || !/^https?:$/.test(url.protocol)) return null;
  return url;
}
