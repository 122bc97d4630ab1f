// The room's side panels: why a player (the recommendation's reasons), my roster by
// slot with projected starters, and the queue.
import { useMemo, useState } from 'react';
import { adviceBadge } from '../../../../shared/domain/draft/adviceBadge';
import { bestLineup } from '../../../../shared/domain/roster';
import type { DraftAdvice, DraftRoom, RoomPlayer } from '../../../../shared/ipc/types';
import { PositionBadge } from '../../components/PositionBadge';
import { Availability } from './PlayerList';

export function AdvicePanel({ player, advice, room, pending }: { player: RoomPlayer | null; advice: DraftAdvice | null; room: DraftRoom; pending: boolean }) {
  const item = player ? advice?.items.find((a) => a.playerId === player.id) : undefined;
  const rank = item ? advice!.items.indexOf(item) + 1 : null;
  const teamName = advice ? room.teamNames[advice.team] : null;
  return (
    <section className="panel draft-panel advice" aria-labelledby="advice-title">
      <div className="panel-header">
        <h2 id="advice-title">{player ? `Why ${player.name}` : 'Recommendations'}</h2>
        {rank && item ? <span className="badge accent">{adviceBadge(rank - 1, item.startsNow)}</span> : null}
      </div>
      <div className="panel-body advice-body">
        {!player ? <p className="muted">Select a player (arrows or click) to see how he fits.</p> : null}
        {player ? (
          <>
            <div className="advice-facts">
              <PositionBadge position={player.position} />
              <span>{player.team ?? 'Free agent'}</span>
              <span className="muted">Bye {player.bye ?? '–'}</span>
              <span className="muted">Tier {player.tier}</span>
              <span className="muted">Rank {player.rank}</span>
            </div>
            <div className="advice-range" aria-label={`Projection ${Math.round(player.projection)} points, range ${Math.round(player.low)} to ${Math.round(player.high)}`}>
              <span className="advice-proj">{Math.round(player.projection)}</span>
              <span className="muted">
                pts projected · {Math.round(player.low)}–{Math.round(player.high)} (10–90%)
              </span>
            </div>
            {item ? (
              <>
                <dl className="advice-stats">
                  <div>
                    <dt>Lineup gain</dt>
                    <dd>{item.lineupGain > 0 ? `+${Math.round(item.lineupGain)}` : '0'}</dd>
                  </div>
                  <div>
                    <dt>VOR</dt>
                    <dd>{item.vor > 0 ? `+${Math.round(item.vor)}` : Math.round(item.vor)}</dd>
                  </div>
                  <div>
                    <dt>Tier drop</dt>
                    <dd>{Math.round(item.tierDrop)}</dd>
                  </div>
                  <div>
                    <dt>{item.dollars !== null ? 'Bid up to' : `At pick ${item.nextPick ?? '–'}`}</dt>
                    <dd>{item.dollars !== null ? `$${item.dollars}` : item.availability !== null ? <Availability p={item.availability} /> : '–'}</dd>
                  </div>
                </dl>
                <ul className="advice-reasons">
                  {item.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                  {item.warnings.map((w) => (
                    <li key={w} className="advice-warning">
                      {w}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">
                {advice ? `Not among the ${advice.items.length} best options for ${teamName}.` : pending ? 'Working out the recommendations…' : 'Recommendations appear when a pick is yours.'} Value over replacement {player.vor > 0 ? '+' : ''}
                {Math.round(player.vor)}.
              </p>
            )}
          </>
        ) : null}
        {advice ? (
          <p className="advice-foot muted">
            For {advice.forMe ? 'you' : teamName}
            {advice.draws ? ` · ${advice.draws.toLocaleString('en-US')} simulated drafts to your next pick` : ''} · {advice.ms} ms
          </p>
        ) : null}
      </div>
    </section>
  );
}

const SLOT_ORDER = ['QB', 'RB', 'WR', 'TE', 'FLEX', 'SUPERFLEX', 'K', 'DST'];

/**
 * A team's roster by slot with its best projected starting lineup: mine by default, any
 * other team's from the select (the live assistant tracks every roster).
 */
export function RosterPanel({ room, byId, queue, onUnqueue, prices }: { room: DraftRoom; byId: ReadonlyMap<string, RoomPlayer>; queue: string[]; onUnqueue(id: string): void; prices?: ReadonlyMap<string, number> }) {
  const [shown, setShown] = useState(room.draft.myTeam);
  const mine = shown === room.draft.myTeam;
  const lineup = useMemo(() => {
    if (mine) return room.myLineup;
    const players = Object.entries(room.takenBy)
      .filter(([, t]) => t === shown)
      .flatMap(([id]) => (byId.has(id) ? [byId.get(id)!] : []));
    const best = bestLineup(players, room.config.rosterSlots);
    return { starters: best.starters.map((x) => ({ slot: x.slot, playerId: x.player.id })), bench: best.bench.map((p) => p.id), open: best.open, points: best.points };
  }, [mine, room, shown, byId]);
  const teamPrices = useMemo(() => (room.auction ? new Map(room.auction.sales.filter((x) => x.team === shown).map((x) => [x.playerId, x.price])) : prices), [room.auction, shown, prices]);
  const starters = [...lineup.starters.map((s) => ({ slot: s.slot, id: s.playerId as string | null })), ...lineup.open.map((slot) => ({ slot, id: null }))].sort(
    (a, b) => SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot),
  );
  const benchSlots = room.config.rosterSlots.BENCH;
  const bench = [...lineup.bench, ...Array.from({ length: Math.max(0, benchSlots - lineup.bench.length) }, () => null)];
  const queued = queue.filter((id) => !(id in room.takenBy));
  return (
    <section className="panel draft-panel roster" aria-labelledby="roster-title">
      <div className="panel-header">
        <h2 id="roster-title" className="visually-hidden">
          {mine ? 'Your roster' : `${room.teamNames[shown]} roster`}
        </h2>
        <select className="input roster-team" aria-label="Roster of" value={shown} onChange={(e) => setShown(Number(e.target.value))}>
          {room.teamNames.map((name, t) => (
            <option key={t} value={t}>
              {t === room.draft.myTeam ? 'Your roster' : `${name}'s roster`}
            </option>
          ))}
        </select>
        <span className="roster-points" title="Projected season points of the best starting lineup">
          <b>{Math.round(lineup.points)}</b> <span className="muted">starter pts</span>
        </span>
      </div>
      <div className="panel-body roster-body" tabIndex={0} role="region" aria-label="Your roster">
        <ol className="roster-slots" aria-label="Starters and bench">
          {starters.map((s, i) => (
            <RosterLine key={`s${i}`} slot={s.slot} player={s.id ? byId.get(s.id) : undefined} price={s.id ? teamPrices?.get(s.id) : undefined} />
          ))}
          {bench.map((id, i) => (
            <RosterLine key={`b${i}`} slot="BN" player={id ? byId.get(id) : undefined} price={id ? teamPrices?.get(id) : undefined} />
          ))}
        </ol>
        {(mine ? room.warnings : []).map((w) => (
          <p key={w} className="advice-warning">
            {w}
          </p>
        ))}
        <h3 className="queue-title">
          Queue <span className="muted">(Q adds the selected player)</span>
        </h3>
        {queued.length === 0 ? <p className="muted queue-empty">Nobody queued.</p> : null}
        <ol className="queue">
          {queued.map((id) => {
            const p = byId.get(id);
            if (!p) return null;
            return (
              <li key={id}>
                <PositionBadge position={p.position} /> <span className="queue-name">{p.name}</span>
                <button type="button" className="btn ghost small" onClick={() => onUnqueue(id)} aria-label={`Remove ${p.name} from the queue`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}

function RosterLine({ slot, player, price }: { slot: string; player: RoomPlayer | undefined; price?: number | undefined }) {
  return (
    <li className={`roster-line${player ? '' : ' is-open'}`}>
      <span className="roster-slot" data-pos={slot === 'BN' ? 'BN' : slot}>
        {slot === 'SUPERFLEX' ? 'SFLX' : slot}
      </span>
      {player ? (
        <>
          <span className="roster-name">
            {player.name} <span className="muted">{player.position === slot || slot === 'BN' ? player.team : `${player.position} · ${player.team}`}</span>
          </span>
          <span className="num">{price !== undefined ? `$${price}` : Math.round(player.projection)}</span>
        </>
      ) : (
        <span className="roster-name muted">Empty</span>
      )}
    </li>
  );
}
