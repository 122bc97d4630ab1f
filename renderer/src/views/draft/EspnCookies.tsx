// ESPN private leagues in the follow form: the espn_s2 and SWID cookies from the user's
// signed-in browser. Kept like the GitHub token (encrypted by the OS in the desktop app), sent
// only to ESPN, never shown back: the form says whether some are kept and can forget them.
import { useEffect, useState } from 'react';
import type { SecretStatus } from '../../../../shared/ipc/types';
import { api } from '../../api';

export interface CookieInput {
  espnS2: string;
  swid: string;
}

const KEPT: Record<SecretStatus['source'], string> = {
  stored: 'Cookies kept, encrypted by your system.',
  session: 'Cookies kept until GridScout closes.',
  env: 'Cookies from GRIDSCOUT_ESPN_S2 and GRIDSCOUT_ESPN_SWID.',
  none: '',
};

/** Keeps pasted cookies; the error to show, or null when they are kept. */
export async function keepEspnCookies(value: CookieInput): Promise<string | null> {
  if (!value.espnS2.trim() || !value.swid.trim()) return 'Paste both cookies, espn_s2 and SWID.';
  const kept = await api.call('espn.cookies.set', value);
  return kept.ok ? null : kept.error.message;
}

interface Props {
  value: CookieInput;
  onChange(value: CookieInput): void;
}

export function EspnCookies({ value, onChange }: Props) {
  const [status, setStatus] = useState<SecretStatus | null>(null);
  useEffect(() => {
    void api.call('espn.cookies.status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);
  const forget = async () => {
    const r = await api.call('espn.cookies.clear', {});
    if (r.ok) setStatus(r.value);
  };
  return (
    <fieldset className="espn-cookies">
      <legend>Private league: cookies from your browser, signed in to ESPN</legend>
      <label>
        <span>espn_s2</span>
        <input className="input" type="password" value={value.espnS2} onChange={(e) => onChange({ ...value, espnS2: e.target.value })} autoComplete="off" spellCheck={false} />
      </label>
      <label>
        <span>SWID</span>
        <input
          className="input"
          type="password"
          value={value.swid}
          onChange={(e) => onChange({ ...value, swid: e.target.value })}
          autoComplete="off"
          spellCheck={false}
          placeholder="{…}"
        />
      </label>
      {status && status.source !== 'none' ? (
        <span className="espn-kept muted">
          {KEPT[status.source]}{' '}
          {status.source !== 'env' ? (
            <button type="button" className="btn small ghost" onClick={() => void forget()}>
              Forget cookies
            </button>
          ) : null}
        </span>
      ) : null}
      <p className="muted field-hint">
        A public league needs none. In your browser: developer tools, Storage (Application), Cookies, espn.com. GridScout sends them only to ESPN
        {status && !status.canPersist ? '; here they last until GridScout closes' : ''}.
      </p>
    </fieldset>
  );
}
