// The report form: kind, title, description, optional contact, optional diagnostics
// with the exact text that would be sent, shown before sending.
import { useId, useState, type FormEvent } from 'react';
import type { FeedbackKind } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { Alert } from '../../components/Alert';

export const KINDS: { value: FeedbackKind; label: string; hint: string }[] = [
  { value: 'bug', label: 'Bug', hint: 'Something is broken or wrong' },
  { value: 'idea', label: 'Idea', hint: 'Something GridScout could do' },
  { value: 'data', label: 'Data problem', hint: 'A player, stat, bye week or ranking looks off' },
  { value: 'question', label: 'Question', hint: 'How do I…?' },
];

const MAX_BODY = 20_000;

export function ReportForm({ onSubmitted }: { onSubmitted: (message: string) => void }) {
  const id = useId();
  const [kind, setKind] = useState<FeedbackKind>('bug');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [contact, setContact] = useState('');
  const [includeDiagnostics, setIncludeDiagnostics] = useState(true);
  const [diagnostics, setDiagnostics] = useState<string | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadDiagnostics = async () => {
    const result = await api.call('feedback.diagnostics', {});
    setDiagnostics(result.ok ? result.value.text : `Could not collect diagnostics: ${result.error.message}`);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Give the report a title.');
      return;
    }
    setBusy(true);
    const result = await api.call('feedback.submit', {
      kind,
      title: title.trim(),
      body,
      contact: contact.trim() || undefined,
      includeDiagnostics,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message.replace(/^Invalid request for [\w.]+: /, ''));
      return;
    }
    setError(null);
    setTitle('');
    setBody('');
    setDiagnostics(null);
    setPreviewOpen(false);
    onSubmitted(`“${title.trim()}” is saved on this computer and queued for GitHub.`);
  };

  return (
    <form className="feedback-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sr-only">
        New report
      </h2>
      <fieldset className="field feedback-kinds">
        <legend className="field-label">Kind</legend>
        <div className="segmented">
          {KINDS.map((k) => (
            <label key={k.value}>
              <input type="radio" name="kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} />
              {k.label}
            </label>
          ))}
        </div>
        <span className="field-hint">{KINDS.find((k) => k.value === kind)?.hint}</span>
      </fieldset>

      <div className="field">
        <label className="field-label" htmlFor={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={error && !title.trim() ? true : undefined}
          placeholder="e.g. Bye week of KC shows 0 in the draft board"
        />
      </div>

      <div className="field">
        <label className="field-label" htmlFor={`${id}-body`}>
          Description
        </label>
        <textarea
          id={`${id}-body`}
          className="input textarea"
          value={body}
          maxLength={MAX_BODY}
          rows={7}
          onChange={(e) => setBody(e.target.value)}
          placeholder="What happened, what you expected, and the steps to see it again."
        />
        <span className="field-hint num-hint">
          {body.length.toLocaleString('en-US')} / {MAX_BODY.toLocaleString('en-US')}
        </span>
      </div>

      <div className="field">
        <label className="field-label" htmlFor={`${id}-contact`}>
          Contact <span className="muted">(optional)</span>
        </label>
        <input
          id={`${id}-contact`}
          className="input"
          value={contact}
          maxLength={200}
          onChange={(e) => setContact(e.target.value)}
          aria-describedby={`${id}-contact-hint`}
          autoComplete="email"
        />
        <span id={`${id}-contact-hint`} className="field-hint">
          Shown publicly in the GitHub issue. Leave it empty to stay anonymous.
        </span>
      </div>

      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeDiagnostics}
            onChange={(e) => {
              setIncludeDiagnostics(e.target.checked);
              if (!e.target.checked) setDiagnostics(null);
            }}
          />
          Include diagnostics
        </label>
        <span className="field-hint">
          App and OS versions, database row counts and the last 200 log lines, with home folders, your user name and
          anything token-like removed.
        </span>
        {includeDiagnostics ? (
          <details
            className="diagnostics-preview"
            open={previewOpen}
            onToggle={(e) => {
              const open = (e.currentTarget as HTMLDetailsElement).open;
              setPreviewOpen(open);
              if (open && diagnostics === null) void loadDiagnostics();
            }}
          >
            <summary>Preview what is sent</summary>
            <pre tabIndex={0} aria-label="Diagnostics preview">
              {diagnostics ?? 'Collecting…'}
            </pre>
          </details>
        ) : null}
      </div>

      <Alert className="field-error" message={error} />
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={busy}>
          Save and send
        </button>
        <span className="field-hint">Saved here first: a report written offline goes out when GitHub is reachable.</span>
      </div>
    </form>
  );
}
