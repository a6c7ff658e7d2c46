import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Problem } from '../../engine/index';
import { withNational } from '../../engine/profiles/national';
import type { Profile } from '../../schema/profile';
import { storedProfileId, storeProfileId } from '../settings/storage';
import { HttpError, NATIONAL_PROFILE, sameOriginUrl, type ProfileCatalog, type ProfileSource } from './source';
import { checkProfileText } from './validate';

/** A profile loaded from a URL (?profil=… or the settings page), for testing a profile file. */
export type UrlProfile =
  | { status: 'loading'; url: string }
  | { status: 'ok'; url: string; profile: Profile; warnings: Problem[]; lines: boolean }
  | { status: 'problems'; url: string; problems: Problem[]; lines: boolean }
  | { status: 'refused'; url: string }
  | { status: 'not-found'; url: string }
  | { status: 'not-a-file'; url: string }
  | { status: 'error'; url: string; message: string };

export interface Profiles {
  catalog: ProfileCatalog | undefined;
  /** The catalog could not be loaded: the cards show the numbers in their texts only. */
  failed: boolean;
  /** The catalog profile in use: the user's choice when it still exists, else the catalog default. */
  activeId: string | undefined;
  /** The profile in use (a URL profile wins), before merging. */
  active: Profile | undefined;
  /** The profile in use merged with the national lines: what "who to call now" reads. */
  merged: Profile | undefined;
  /** True when only the national numbers are there: local numbers are missing. */
  nationalOnly: boolean;
  url: UrlProfile | undefined;
  choose: (id: string) => void;
  loadUrl: (url: string) => void;
  clearUrl: () => void;
}

const QUERY = 'profil';

function queryProfile(): string | undefined {
  try {
    return new URLSearchParams(window.location.search).get(QUERY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keep the address in step with the URL profile, so a reload loads it again; never touches the walk's history state. */
function setQuery(url: string | undefined): void {
  const params = new URLSearchParams(window.location.search);
  if (url === undefined) params.delete(QUERY);
  else params.set(QUERY, url);
  const query = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

async function fetchUrlProfile(source: ProfileSource, input: string): Promise<UrlProfile> {
  const url = sameOriginUrl(input);
  if (!url) return { status: 'refused', url: input };
  const shown = url.pathname + url.search;
  try {
    const { text, contentType } = await source.text(url.href);
    // A dev server or a single-page host answers a missing file with the app's own page.
    if (/text\/html/i.test(contentType) || /^\s*<(!doctype|html)/i.test(text)) return { status: 'not-a-file', url: shown };
    const checked = await checkProfileText(url.pathname, text);
    return checked.ok
      ? { status: 'ok', url: shown, profile: checked.profile, warnings: checked.warnings, lines: checked.lines }
      : { status: 'problems', url: shown, problems: checked.problems, lines: checked.lines };
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) return { status: 'not-found', url: shown };
    return { status: 'error', url: shown, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Loads the profile catalog, the national profile and the one in use; remembers the user's choice (the id only). */
export function useProfiles(source: ProfileSource): Profiles {
  const [catalog, setCatalog] = useState<ProfileCatalog | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(storedProfileId);
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Profile>>(new Map());
  const [unavailable, setUnavailable] = useState<ReadonlySet<string>>(new Set());
  const [url, setUrl] = useState<UrlProfile | undefined>(() => {
    const q = queryProfile();
    return q ? { status: 'loading', url: q } : undefined;
  });

  useEffect(() => {
    let live = true;
    source.catalog().then(
      (c) => live && setCatalog(c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [source]);

  const activeId = catalog ? (chosen && catalog.profiles.some((p) => p.id === chosen) ? chosen : catalog.default) : undefined;

  // Fetch the national profile and the active one, once each. A late answer after unmount is harmless.
  const requested = useRef(new Set<string>());
  useEffect(() => {
    if (!catalog) return;
    for (const id of new Set([NATIONAL_PROFILE, activeId])) {
      const entry = catalog.profiles.find((p) => p.id === id);
      if (!entry || requested.current.has(entry.id)) continue;
      requested.current.add(entry.id);
      source.profile(entry.file).then(
        (p) => setLoaded((m) => new Map(m).set(entry.id, p)),
        () => setUnavailable((s) => new Set(s).add(entry.id)), // the cards fall back to the numbers in their texts
      );
    }
  }, [catalog, activeId, source]);

  // A profile given in the address or typed in the settings.
  const pending = url?.status === 'loading' ? url.url : undefined;
  useEffect(() => {
    if (pending === undefined) return;
    let live = true;
    void fetchUrlProfile(source, pending).then((r) => live && setUrl(r));
    return () => {
      live = false;
    };
  }, [pending, source]);

  const choose = useCallback((id: string) => {
    storeProfileId(id);
    setChosen(id);
  }, []);
  const loadUrl = useCallback((input: string) => {
    setUrl({ status: 'loading', url: input });
    if (sameOriginUrl(input)) setQuery(input);
  }, []);
  const clearUrl = useCallback(() => {
    setUrl(undefined);
    setQuery(undefined);
  }, []);

  const national = loaded.get(NATIONAL_PROFILE);
  const active = url?.status === 'ok' ? url.profile : activeId ? loaded.get(activeId) : undefined;
  // Until the active profile is there, show no numbers rather than the national ones with a false "local numbers missing".
  const activeGone = activeId !== undefined && unavailable.has(activeId);
  const merged = useMemo(
    () => (active ? (national ? withNational(active, national) : active) : activeGone ? national : undefined),
    [active, national, activeGone],
  );
  const nationalOnly = merged !== undefined && merged.id === NATIONAL_PROFILE;

  return useMemo(
    () => ({ catalog, failed, activeId, active, merged, nationalOnly, url, choose, loadUrl, clearUrl }),
    [catalog, failed, activeId, active, merged, nationalOnly, url, choose, loadUrl, clearUrl],
  );
}
