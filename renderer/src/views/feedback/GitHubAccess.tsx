// How reports reach GitHub: a pasted token (kept encrypted by the OS in the desktop
// app), GitHub's device sign-in, or neither (then "Open in browser" on each report).
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { DeviceFlowStatus, FeedbackTokenStatus } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { Alert } from '../../components/Alert';

const SOURCE: Record<FeedbackTokenStatus['source'], string> = {
  env: 'Using the token from GRIDSCOUT_GITHUB_TOKEN.',
  stored: 'A token is saved, encrypted by your operating system.',
  session: 'A token is set for this session only (not saved to disk).',
  none: 'No token yet: reports wait on this computer.',
};

export function GitHubAccess({ repo, onChanged }: { repo: string; onChanged: () => void }) {
  const id = useId();
  const [status, setStatus] = useState<FeedbackTokenStatus | null>(null);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signIn, setSignIn] = useState<DeviceFlowStatus | null>(null);

  const load = useCallback(
    () =>
      api.call('feedback.token.status', {}).then((result) => {
        if (result.ok) setStatus(result.value);
      }),
    [],
  );
  useEffect(() => {
    void api.call('feedback.token.status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, []);

  // While a sign-in is pending, ask how it is going every two seconds.
  useEffect(() => {
    if (signIn?.state !== 'pending') return;
    const timer = setInterval(async () => {
      const result = await api.call('feedback.signIn.status', {});
      if (!result.ok) return;
      setSignIn(result.value);
      if (result.value.state === 'granted') {
        void load();
        onChanged();
      }
    }, 2000);
    return () => clearInterval(timer);
  }, [signIn?.state, load, onChanged]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await api.call('feedback.token.set', { token });
    setToken('');
    if (!result.ok) return setError(result.error.message.replace(/^Invalid request for [\w.]+: /, ''));
    setError(null);
    setStatus(result.value);
    onChanged();
  };

  const forget = async () => {
    const result = await api.call('feedback.token.clear', {});
    if (result.ok) setStatus(result.value);
    onChanged();
  };

  const startSignIn = async () => {
    const result = await api.call('feedback.signIn.start', {});
    setSignIn(result.ok ? result.value : { state: 'error', userCode: null, verificationUri: null, expiresAt: null, message: result.error.message });
  };

  if (!status) return null;
  return (
    <div className="github-access">
      <p className="token-source" data-source={status.source}>
        {SOURCE[status.source]} Issues go to <code>{repo}</code>.
      </p>
      {!status.canPersist && status.source !== 'env' ? (
        <p className="field-hint">This system offers no encrypted storage here, so a pasted token lasts until GridScout closes.</p>
      ) : null}
      <form className="token-row" onSubmit={(e) => void save(e)} noValidate>
        <label className="sr-only" htmlFor={`${id}-token`}>
          GitHub token
        </label>
        <input
          id={`${id}-token`}
          className="input"
          type="password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder="github_pat_… (Issues: read and write)"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="btn" disabled={!token.trim()}>
          Save token
        </button>
        {status.source === 'stored' || status.source === 'session' ? (
          <button type="button" className="btn ghost" onClick={() => void forget()}>
            Forget token
          </button>
        ) : null}
        {status.deviceFlowAvailable ? (
          <button type="button" className="btn" onClick={() => void startSignIn()}>
            Sign in with GitHub
          </button>
        ) : null}
      </form>
      <Alert className="field-error" message={error} />
      {signIn && signIn.state === 'pending' ? (
        <p className="device-code" role="status">
          Enter <strong className="mono">{signIn.userCode}</strong> at{' '}
          <a href={signIn.verificationUri ?? 'https://github.com/login/device'} target="_blank" rel="noopener noreferrer">
            {signIn.verificationUri}
          </a>
          . GridScout waits for GitHub to confirm.
        </p>
      ) : signIn?.message ? (
        <p className={signIn.state === 'granted' ? 'field-hint' : 'field-error'} role="status">
          {signIn.message}
        </p>
      ) : null}
    </div>
  );
}
