// Follow a draft happening at a draft host: paste a Sleeper draft URL or id (or an ESPN league,
// with its cookies when it is private), optionally with the Sleeper username that finds your
// team; the app creates the league from the host's settings and fills the board as picks are made.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { hrefFor } from '../../stores/routeSlice';
import { EspnCookies, keepEspnCookies, type CookieInput } from './EspnCookies';
import { Alert } from '../../components/Alert';
import { Panel } from '../../components/Panel';

export function FollowForm() {
  const [provider, setProvider] = useState<'sleeper' | 'espn'>('sleeper');
  const [draft, setDraft] = useState('');
  const [username, setUsername] = useState('');
  const [cookies, setCookies] = useState<CookieInput>({ espnS2: '', swid: '' });
  // Bumped when cookies are kept, so the cookie fields read where they stand again.
  const [kept, setKept] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.call('settings.get', {}).then((r) => r.ok && setUsername(r.value.sleeperUsername ?? ''));
  }, []);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (provider === 'sleeper') {
        const saved = await api.call('settings.update', { sleeperUsername: username.trim() });
        if (!saved.ok) return setError(saved.error.message);
      }
      if (provider === 'espn' && (cookies.espnS2.trim() || cookies.swid.trim())) {
        const refused = await keepEspnCookies(cookies);
        if (refused) return setError(`${refused} For a public league, leave both empty.`);
        setCookies({ espnS2: '', swid: '' });
        setKept((k) => k + 1);
      }
      const r = await api.call('drafts.follow', { provider, draft: draft.trim() });
      if (!r.ok) return setError(r.error.message);
      location.hash = hrefFor(`draft/${r.value.draft.id}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Panel id="follow-title" title="Follow a live draft">
      <form
        className="panel-body follow-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          <span>Host</span>
          <select className="input" value={provider} onChange={(e) => setProvider(e.target.value as 'sleeper' | 'espn')}>
            <option value="sleeper">Sleeper</option>
            <option value="espn">ESPN</option>
          </select>
        </label>
        <label className="grow">
          <span>{provider === 'sleeper' ? 'Sleeper draft URL or id' : 'ESPN league URL or id'}</span>
          <input
            className="input"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={provider === 'sleeper' ? 'https://sleeper.com/draft/nfl/…' : 'https://fantasy.espn.com/football/league?leagueId=…'}
            required
          />
        </label>
        {provider === 'sleeper' ? (
          <label>
            <span>Your Sleeper username (finds your team)</span>
            <input className="input" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" spellCheck={false} />
          </label>
        ) : (
          <EspnCookies key={kept} value={cookies} onChange={setCookies} />
        )}
        <button type="submit" className="btn primary" disabled={busy || !draft.trim()}>
          {busy ? 'Connecting…' : 'Follow'}
        </button>
        <Alert className="draft-message" message={error} />
        <p className="muted follow-note">
          {provider === 'sleeper'
            ? 'The board fills itself as picks are made on Sleeper (checked every 3-5 s). Sleeper data: non-commercial use.'
            : "ESPN may show picks late (its league API lags its draft room): check the board against ESPN's draft room."}
        </p>
      </form>
    </Panel>
  );
}
