// In a followed ESPN draft's sync line: ESPN refused the last look (the cookies expired, were
// forgotten, or were never given), so the board has stopped filling. Fresh cookies pasted here
// count at the next look; the board catches up by itself, nothing else to restart.
import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { EspnCookies, keepEspnCookies, type CookieInput } from './EspnCookies';

export function CookieRenewal() {
  const [cookies, setCookies] = useState<CookieInput>({ espnS2: '', swid: '' });
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState(0);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const refused = await keepEspnCookies(cookies);
      setError(refused);
      if (!refused) {
        setCookies({ espnS2: '', swid: '' });
        setKept((k) => k + 1);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="cookie-renewal"
      aria-label="ESPN cookies"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <EspnCookies key={kept} value={cookies} onChange={setCookies} />
      <button type="submit" className="btn small primary" disabled={busy}>
        Use these cookies
      </button>
      {kept > 0 && !error ? <span className="muted">Kept: the next look at ESPN uses them.</span> : null}
      <Alert className="draft-message" message={error} />
    </form>
  );
}
