import type { ReactElement, ReactNode } from 'react';

/**
 * One row of an `.options` list (a question's answers, the settings' radios). The label holds the
 * box and its text, so the whole row is the tap target without an overlay: an absolutely placed
 * overlay, and the box raised above it, made every row two positioned boxes for the browser to
 * lay out, paint and stack on each new question. The help text is part of the box's name (it is in
 * the label); give it an `id` where the box is also described by it.
 */
export function OptionRow({ input, label, help }: { input: ReactElement<'input'>; label: ReactNode; help?: { id?: string | undefined; text: ReactNode } | undefined }) {
  return (
    <li>
      <label>
        {input}
        <span className="option-text">
          {label}
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
