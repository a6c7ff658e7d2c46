import { useId, useState } from 'react';
import { OptionRow } from '../OptionRow';
import { useTexts } from '../texts';
import { ROLES, type Role } from '../../engine/index';
import { isRole } from './storage';

export interface RolePickerProps {
  value: Role | undefined;
  onChange: (role: Role | undefined) => void;
  /** "select": one compact field (start page, outcome); "radios": a fieldset (settings). */
  variant?: 'select' | 'radios';
  /** Label for the select variant; the radios carry their own legend. */
  label?: string;
  hint?: string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Where the user works. Remembered on the device (the id only); the actions' wording and law follow it. */
export function RolePicker({ value, onChange, variant = 'select', label, hint }: RolePickerProps) {
  const { t } = useTexts();
  const uid = useId();
  const [saved, setSaved] = useState(false);
  const change = (v: string) => {
    onChange(isRole(v) ? v : undefined);
    setSaved(true);
  };
  const status = (
    <p className="saved-status" role="status">
      {saved ? t('userRole.shown.saved') : ''}
    </p>
  );
  if (variant === 'radios') {
    return (
      <fieldset className="role-picker" aria-describedby={`${uid}-hint`}>
        <legend>
          <h2>{t('settings.role.legend')}</h2>
        </legend>
        <p className="hint" id={`${uid}-hint`}>
          {hint ?? t('settings.role.hint')}
        </p>
        <ul className="options radios">
          {ROLES.map((r) => (
            <OptionRow key={r} input={<input id={`${uid}-${r}`} type="radio" name={`${uid}-role`} value={r} checked={value === r} onChange={() => change(r)} />} label={cap(t(`userRole.name.${r}`))} />
          ))}
          <OptionRow input={<input id={`${uid}-none`} type="radio" name={`${uid}-role`} value="" checked={value === undefined} onChange={() => change('')} />} label={t('userRole.question.none')} />
        </ul>
        {status}
      </fieldset>
    );
  }
  return (
    <div className="role-picker compact">
      <label htmlFor={`${uid}-select`}>{label ?? t('userRole.question.label')}</label>
      {hint && (
        <p className="hint" id={`${uid}-hint`}>
          {hint}
        </p>
      )}
      <select id={`${uid}-select`} value={value ?? ''} aria-describedby={hint ? `${uid}-hint` : undefined} onChange={(e) => change(e.target.value)}>
        <option value="">{t('userRole.question.none')}</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {cap(t(`userRole.name.${r}`))}
          </option>
        ))}
      </select>
      {status}
    </div>
  );
}
