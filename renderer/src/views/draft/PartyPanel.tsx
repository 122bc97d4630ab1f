// "Host a draft party": the join code, the URL and a QR code for phones on this network,
// who joined (and whether their phone is connected), the commissioner's tools (remove a
// guest or move them to another free team, autopick for an absent team on the clock, pause
// and resume the pick clock) and closing the party. The desktop app first asks which
// network address to serve on.
import { useCallback, useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { DraftRoom, PartyAddress, PartyStatus } from '../../../../shared/ipc/types';
import { api } from '../../api';

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export function PartyPanel({ room, onAutopick, onPause, onResume }: { room: DraftRoom; onAutopick(): void; onPause(): void; onResume(): void }) {
  const draftId = room.draft.id;
  const [status, setStatus] = useState<PartyStatus | null>(null);
  const [addresses, setAddresses] = useState<PartyAddress[]>([]);
  const [address, setAddress] = useState('');
  const [qr, setQr] = useState<{ url: string; image: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const r = await api.call('party.status', { draftId });
    if (r.ok) setStatus(r.value);
  }, [draftId]);

  useEffect(() => {
    void api.call('party.status', { draftId }).then((r) => r.ok && setStatus(r.value));
    return api.onEvent((name, payload) => {
      if (name === 'party.changed' && (payload as { draftId: number }).draftId === draftId) void refresh();
    });
  }, [draftId, refresh]);

  useEffect(() => {
    if (api.transport !== 'ipc') return;
    void api.call('party.addresses', {}).then((r) => {
      if (r.ok) {
        setAddresses(r.value);
        setAddress((a) => a || r.value[0]?.address || '');
      }
    });
  }, []);

  const joinUrl = status?.joinUrl ?? null;
  useEffect(() => {
    if (!joinUrl) return;
    // An SVG drawn here, shown as a data: image (the page's CSP allows img-src data:).
    void QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => setQr({ url: joinUrl, image: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }));
  }, [joinUrl]);

  const open = async () => {
    const r = await api.call('party.open', { draftId, ...(api.transport === 'ipc' && address ? { address } : {}) });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    void refresh();
  };
  const close = async () => {
    const r = await api.call('party.close', { draftId });
    if (!r.ok) return setError(r.error.message);
    void refresh();
  };
  const kick = async (team: number) => {
    const r = await api.call('party.kick', { draftId, team });
    if (r.ok) setStatus(r.value);
    else setError(r.error.message);
  };
  const move = async (team: number, toTeam: number) => {
    const r = await api.call('party.reassign', { draftId, team, toTeam });
    if (r.ok) {
      setStatus(r.value);
      setError(null);
    } else setError(r.error.message);
  };

  if (!status) return null;
  const guestOf = new Map(status.guests.map((g) => [g.team, g]));
  const absentOnClock = room.onClock && room.onClock.team !== room.draft.myTeam && !guestOf.get(room.onClock.team)?.connected;
  // A bot's team (mock drafts) is nobody's to claim; a free person's team is.
  const isBot = (team: number) => room.draft.mode === 'mock' && room.personalities[team] !== null;
  const freeTeams = room.teamNames.map((_, t) => t).filter((t) => t !== room.draft.myTeam && !isBot(t) && !guestOf.has(t));
  const paused = room.clock?.pausedLeft != null;

  return (
    <section className="panel party-panel" aria-label="Draft party">
      {!status.open ? (
        <div className="party-closed">
          <div>
            <b>Draft party</b>
            <span className="muted"> · league mates pick from their own phones on this network, no internet needed</span>
          </div>
          {addresses.length > 0 ? (
            <label className="party-address">
              <span className="muted">Serve on</span>
              <select className="input" value={address} onChange={(e) => setAddress(e.target.value)} aria-label="Network address">
                {addresses.map((a) => (
                  <option key={a.address} value={a.address}>
                    {a.address} ({a.interface})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" className="btn primary" onClick={() => void open()}>
            Host a draft party
          </button>
        </div>
      ) : (
        <div className="party-open">
          {qr && qr.url === joinUrl ? <img className="party-qr" src={qr.image} alt={`QR code for ${joinUrl}`} width={132} height={132} /> : null}
          <div className="party-join">
            <span className="muted">Join code</span>
            <b className="party-code" data-testid="party-code">
              {status.code}
            </b>
            <span className="party-url">{joinUrl}</span>
            {joinUrl && isLoopbackUrl(joinUrl) ? <span className="party-warn">Phones cannot reach 127.0.0.1: start the browser mode with --host and this machine&rsquo;s network address.</span> : null}
          </div>
          <ul className="party-guests" aria-label="Teams">
            {room.teamNames.map((name, team) => {
              const g = guestOf.get(team);
              return (
                <li key={team} className={g ? (g.connected ? 'is-connected' : 'is-away') : ''}>
                  <span className="party-dot" aria-hidden="true" />
                  <span className="party-team">{name}</span>
                  <span className="muted">{team === room.draft.myTeam ? 'you' : g ? `${g.name}${g.connected ? '' : ' (offline)'}` : isBot(team) ? 'bot' : 'free'}</span>
                  {g && freeTeams.length > 0 ? (
                    <select
                      className="input small"
                      value=""
                      aria-label={`Move ${g.name} to another team`}
                      onChange={(e) => e.target.value !== '' && void move(team, Number(e.target.value))}
                    >
                      <option value="">Move to…</option>
                      {freeTeams.map((t) => (
                        <option key={t} value={t}>
                          {room.teamNames[t]}
                        </option>
                      ))}
                    </select>
                  ) : null}
                  {g ? (
                    <button type="button" className="btn small" onClick={() => void kick(team)} aria-label={`Remove ${g.name} from ${name}`} title="Frees the team: their phone is signed out">
                      Remove
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className="party-actions">
            <button type="button" className="btn" disabled={!absentOnClock} onClick={onAutopick} title="Picks the best-ranked player that fits for the team on the clock">
              Autopick for {room.onClock ? room.teamNames[room.onClock.team] : '…'}
            </button>
            {room.clock && room.onClock ? (
              <button type="button" className="btn" onClick={paused ? onResume : onPause} title={paused ? 'The clock runs again with the time that was left' : 'Stops the clock: nobody is autopicked while it is paused'}>
                {paused ? 'Resume the clock' : 'Pause the clock'}
              </button>
            ) : null}
            <a className="btn" href={`#/draft/${draftId}/board`}>
              Big board
            </a>
            <button type="button" className="btn" onClick={() => void close()}>
              Close the party
            </button>
          </div>
        </div>
      )}
      {error ? (
        <p className="draft-message" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
