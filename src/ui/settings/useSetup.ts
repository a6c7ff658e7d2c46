import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTexts } from '../texts';
import type { Lang, ResolvedAction, Role } from '../../engine/index';
import type { Messages } from '../../i18n/index';
import type { ActionContact } from '../ActionCard';
import { actionContacts } from '../profiles/contacts';
import type { ProfileSource } from '../profiles/source';
import { useProfiles, type Profiles } from '../profiles/useProfiles';
import { profileName } from './ProfileNote';
import { storedRole, storeRole } from './storage';

export interface Setup {
  profiles: Profiles;
  role: Role | undefined;
  setRole: (role: Role | undefined) => void;
  /** Who to call now for an action, from the profile in use; undefined until a profile is there. */
  contactsFor: ((action: ResolvedAction) => ActionContact[] | undefined) | undefined;
  profileName: string | undefined;
}

const systemClock = () => new Date();

/**
 * The user's setup: contact profile and workplace, both remembered on the device (ids only).
 * "Who to call now" is worked out against `now` (tests pin it) and again every minute, so an
 * outcome left open does not keep showing an office that has just closed.
 */
export function useSetup({ profileSource, now = systemClock, lang, contactsFor }: {
  profileSource: ProfileSource;
  now?: (() => Date) | undefined;
  lang: Lang;
  contactsFor?: ((action: ResolvedAction) => ActionContact[] | undefined) | undefined;
}): Setup {
  const { t } = useTexts();
  const profiles = useProfiles(profileSource);
  const [role, setRoleState] = useState<Role | undefined>(storedRole);
  const setRole = useCallback((r: Role | undefined) => {
    storeRole(r);
    setRoleState(r);
  }, []);

  const [minute, setMinute] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setMinute((m) => m + 1), 60_000);
    return () => window.clearInterval(id);
  }, []);

  const merged = profiles.merged;
  const fromProfile = useMemo(() => {
    if (!merged) return undefined;
    void minute; // recomputed each minute
    const words = {
      role: (role: string) => t(`contact.role.${role as keyof Messages['contact']['role']}`, { defaultValue: role }),
      assumed: t('contact.assumed.text'),
    };
    return (action: ResolvedAction) => actionContacts(merged, action, now(), lang, words);
  }, [merged, now, lang, t, minute]);

  const contacts = contactsFor ?? fromProfile;
  const name = profileName(profiles, lang, t);
  return useMemo(() => ({ profiles, role, setRole, contactsFor: contacts, profileName: name }), [profiles, role, setRole, contacts, name]);
}
