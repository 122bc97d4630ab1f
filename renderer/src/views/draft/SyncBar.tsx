// A followed draft's line above the board: where following stands (waiting for the draft to
// start, following, reconnecting, paused, complete), when the host last answered, what the
// user should know (a hand-entered pick the host replaced), Pause / Resume, which team is
// theirs, and the cookie fields when ESPN refuses a private league's cookies mid-draft.
import { useEffect, useState } from 'react';
import type { DraftRoom, DraftSync } from '../../../../shared/ipc/types';
import { CookieRenewal } from './CookieRenewal';

const LABELS: Record<DraftSync['state'], string> = {
  waiting: 'Waiting for the draft to start',
  following: 'Following',
  reconnecting: 'Reconnecting…',
  paused: 'Paused: enter picks by hand',
  complete: 'Draft complete at the host',
};

const HOSTS: Record<DraftSync['provider'], string> = { sleeper: 'Sleeper', espn: 'ESPN' };

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s ago` : `${Math.floor(s / 60)} min ago`;
}

interface Props {
  room: DraftRoom;
  busy: boolean;
  onPause(): void;
  onResume(): void;
  onMyTeam(team: number): void;
}

export function SyncBar({ room, busy, onPause, onResume, onMyTeam }: Props) {
  const sync = room.sync!;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const notices = sync.notices.slice(-3);
  return (
    <div className={`sync-bar is-${sync.state}`} role="status" aria-label="Draft sync">
      <span className="sync-state">
        <span className="sync-dot" aria-hidden="true" />
        <b>{LABELS[sync.state]}</b> · {HOSTS[sync.provider]} {sync.provider === 'sleeper' ? 'draft' : 'league'} {sync.sourceId}
      </span>
      <span className="muted sync-updated">{sync.lastUpdateAt ? `Last update ${ago(now - sync.lastUpdateAt)}` : 'No answer from the host yet'}</span>
      {sync.needsCookies ? (
        <span className="muted sync-error">ESPN refused this league's cookies: they have expired or were forgotten. Paste fresh ones below; the board is kept and catches up at the next look.</span>
      ) : sync.error && sync.state === 'reconnecting' ? (
        <span className="muted sync-error">{sync.error}: the board is kept and catches up when the host answers</span>
      ) : null}
      <span className="clock-spacer" />
      <label className="sync-team">
        <span className="muted">Your team</span>
        <select className="input" value={room.draft.myTeam} disabled={busy} onChange={(e) => onMyTeam(Number(e.target.value))}>
          {room.teamNames.map((t, i) => (
            <option key={i} value={i}>
              {i + 1}. {t}
            </option>
          ))}
        </select>
      </label>
      {sync.state === 'paused' ? (
        <button type="button" className="btn small primary" disabled={busy} onClick={onResume}>
          Resume following
        </button>
      ) : sync.state !== 'complete' ? (
        <button type="button" className="btn small" disabled={busy} onClick={onPause}>
          Pause
        </button>
      ) : null}
      {sync.note ? <p className="sync-note muted">{sync.note}</p> : null}
      {sync.needsCookies ? <CookieRenewal /> : null}
      {notices.length ? (
        <ul className="sync-notices">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
