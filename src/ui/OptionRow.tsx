import type { ReactElement, ReactNode } from 'react';

/**
 * One row of an `.options` list (a question's answers, the settings' radios). The label holds the
 * box and its text, so the whole row is the tap target without an overlay: an absolutely placed
 * overlay, and the box raised above it, made every row two positioned boxes for the browser to
 * lay out, paint and stack on each new question. The help text is in the label, so it is part of
 * the box's name — unless `labelId` is given: then the box is named by the label's text alone
 * (aria-labelledby to that id) and described by the help (aria-describedby to `help.id`), so a
 * screen reader reads the help once, as a description, not twice.
 */
export function OptionRow({
  input,
  label,
  labelId,
  help,
}: {
  input: ReactElement<'input'>;
  label: ReactNode;
  labelId?: string | undefined;
  help?: { id?: string | undefined; text: ReactNode } | undefined;
}) {
  return (
    <li>
      <label>
        {input}
        <span className="option-text">
          {labelId ? <span id={labelId}>{label}</span> : label}
          {help && (
            <span id={help.id} className="option-help">
              {help.text}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}
