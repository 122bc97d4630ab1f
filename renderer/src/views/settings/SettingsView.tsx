// Settings: theme, default scoring, feedback repository. Choices save as soon as they
// are made; the repository saves on Enter or Save, and the server's validation message
// is shown under the field when it refuses the value.
import { useId, useState, type FormEvent } from 'react';
import type { ScoringPreset, Settings, Theme } from '../../../../shared/ipc/types';
import { ViewHeader } from '../../components/ViewHeader';
import { useStore } from '../../stores/store';
import type { SettingsPatch } from '../../stores/appSlice';
import './settings.css';
import { Alert } from '../../components/Alert';
import { Panel } from '../../components/Panel';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const SCORING: { value: ScoringPreset; label: string; hint: string }[] = [
  { value: 'standard', label: 'Standard', hint: 'no points per reception' },
  { value: 'half', label: 'Half PPR', hint: '0.5 per reception' },
  { value: 'ppr', label: 'PPR', hint: '1 per reception' },
];

export default function SettingsView() {
  const settings = useStore((s) => s.settings);
  const updateSettings = useStore((s) => s.updateSettings);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!settings) return <ViewHeader title="Settings" />;

  const save = async (patch: SettingsPatch, what: string) => {
    const result = await updateSettings(patch);
    if (result.ok) {
      setError(null);
      setSaved(`${what} saved.`);
    } else {
      setSaved(null);
      setError(`${what} not saved: ${result.error.message}`);
    }
  };

  return (
    <>
      <ViewHeader title="Settings" subtitle="Saved on this computer, in the GridScout database." />
      <div className="view-body settings">
        <Panel id="settings-appearance" title="Appearance" description={<>System follows your operating system&rsquo;s light or dark setting.</>}>
          <div className="panel-body">
            <Choice
              legend="Theme"
              name="theme"
              options={THEMES}
              value={settings.theme}
              onChange={(theme) => void save({ theme }, 'Theme')}
            />
          </div>
        </Panel>

        <Panel id="settings-scoring" title="Scoring" description="Used for projections and rankings until a league says otherwise.">
          <div className="panel-body">
            <Choice
              legend="Default scoring"
              name="defaultScoring"
              options={SCORING}
              value={settings.defaultScoring}
              onChange={(defaultScoring) => void save({ defaultScoring }, 'Default scoring')}
            />
          </div>
        </Panel>

        <Panel id="settings-feedback" title="Feedback" description="Where reports from the Feedback view are filed as GitHub issues.">
          <div className="panel-body">
            <FeedbackRepoForm
              settings={settings}
              onResult={(ok) => {
                setError(null);
                setSaved(ok ? 'Feedback repository saved.' : null);
              }}
            />
          </div>
        </Panel>

        <p className="settings-status" role="status" aria-live="polite">
          {saved}
        </p>
        <Alert className="settings-status field-error" message={error} />
      </div>
    </>
  );
}

function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string; hint?: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const hint = options.find((o) => o.value === value)?.hint;
  return (
    <fieldset className="setting-row">
      <legend className="field-label">{legend}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? <span className="field-hint">{hint}</span> : null}
    </fieldset>
  );
}

function FeedbackRepoForm({ settings, onResult }: { settings: Settings; onResult: (ok: boolean) => void }) {
  const updateSettings = useStore((s) => s.updateSettings);
  const [repo, setRepo] = useState(settings.feedbackRepo);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await updateSettings({ feedbackRepo: repo.trim() });
    setSaving(false);
    if (result.ok) {
      setError(null);
      setRepo(result.value.feedbackRepo);
      onResult(true);
    } else {
      setError(readableError(result.error.message));
      onResult(false);
    }
  };

  return (
    <form className="field repo-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field-label" htmlFor={`${id}-repo`}>
        GitHub repository
      </label>
      <div className="repo-row">
        <input
          id={`${id}-repo`}
          className="input"
          value={repo}
          onChange={(e) => setRepo(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        <button type="submit" className="btn primary" disabled={saving || repo.trim() === settings.feedbackRepo}>
          Save
        </button>
      </div>
      <span id={`${id}-hint`} className="field-hint">
        owner/name, e.g. gridscout/gridscout
      </span>
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}

/** "Invalid request for settings.update: feedbackRepo: owner/name, …" -> "owner/name, …". */
function readableError(message: string): string {
  return message.replace(/^Invalid request for [\w.]+: /, '').replace(/^feedbackRepo: /, 'Not a repository name: expected ');
}
