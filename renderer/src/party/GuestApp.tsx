// The draft-party guest page (phones first, 360 px wide and up): join with the code and
// a free team, then the room. Nothing here can reach the host's own channels: the page
// only holds its guest token.
import { useState } from 'react';
import { forgetSession, join, lobby, savedSession, type GuestSession } from './guestApi';
import { GuestRoom } from './GuestRoom';
import type { PartyLobby } from '../../../shared/ipc/types';

export function GuestApp() {
  const [session, setSession] = useState<GuestSession | null>(savedSession);
  const [notice, setNotice] = useState<string | null>(null);
  if (session)
    return (
      <GuestRoom
        session={session}
        onRevoked={(message) => {
          forgetSession();
          setSession(null);
          setNotice(message);
        }}
      />
    );
  return <JoinScreen notice={notice} onJoined={setSession} />;
}

function JoinScreen({ notice, onJoined }: { notice: string | null; onJoined(s: GuestSession): void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [found, setFound] = useState<PartyLobby | null>(null);
  const [error, setError] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    const r = await lobby(code);
    setBusy(false);
    if (r.ok) {
      setFound(r.value);
      setError(null);
    } else setError(r.message);
  };

  const claim = async (team: number) => {
    setBusy(true);
    const r = await join(code, team, name);
    setBusy(false);
    if (r.ok) onJoined(r.value);
    else {
      setError(r.message);
      void check();
    }
  };

  return (
    <main className="pj">
      <h1 className="pj-title">Join the draft</h1>
      <p className="pj-muted">Type the code on the host&rsquo;s screen, then pick your team.</p>
      {error ? (
        <p className="pj-error" role="alert">
          {error}
        </p>
      ) : null}
      <form
        className="pj-form"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label className="pj-label">
          Code
          <input className="pj-input pj-code" value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={12} inputMode="text" />
        </label>
        <label className="pj-label">
          Your name
          <input className="pj-input" value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoComplete="nickname" />
        </label>
        <button className="pj-btn primary" type="submit" disabled={busy || code.trim().length < 4}>
          Find the draft
        </button>
      </form>
      {found ? (
        <section className="pj-teams" aria-label="Teams">
          <h2 className="pj-sub">{found.league}: pick your team</h2>
          <ul>
            {found.teams.map((t) => (
              <li key={t.team}>
                <button className="pj-team" type="button" disabled={busy || t.takenBy !== null} onClick={() => void claim(t.team)}>
                  <b>{t.name}</b>
                  <span className="pj-muted">{t.takenBy === null ? 'Free' : `Taken by ${t.takenBy}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
