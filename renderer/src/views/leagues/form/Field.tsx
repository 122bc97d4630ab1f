// The league form's controls: a labelled field that shows its problem beside it, and a
// segmented choice (radio buttons that read as one control).
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

/**
 * A labelled control; with a problem, the words sit beside it, outside the label (the field's
 * name stays "Teams"), tied to the control by aria-describedby.
 */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const errorId = useId();
  const control = error && isValidElement(children) ? cloneElement(children as ReactElement<Record<string, unknown>>, { 'aria-invalid': true, 'aria-describedby': errorId }) : children;
  const labelled = (
    <label className="field">
      <span className="field-label">{label}</span>
      {control}
      {!error && hint ? <span className="field-hint">{hint}</span> : null}
    </label>
  );
  if (!error) return labelled;
  return (
    <div className="field has-error">
      {labelled}
      <span id={errorId} className="field-error">
        {error}
      </span>
    </div>
  );
}

export function Segmented<T extends string>({ name, options, value, onChange }: { name: string; options: { value: T; label: string }[]; value: T; onChange(v: T): void }) {
  return (
    <fieldset className="segmented" aria-label={name}>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
