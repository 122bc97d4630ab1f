// The big board for a TV at a draft party: the whole window, large type, the last pick
// announced, who is on the clock. It follows the draft live (guests' picks arrive as
// events), so the host can leave it on a second screen.
import { useMemo } from 'react';
import type { BoardCell, RoomPlayer } from '../../../../shared/ipc/types';
import { pickLabel, shortName } from './labels';
import { useDraftRoom } from './useDraftRoom';

export default function BigBoard({ draftId }: { draftId: number }) {
  const { room, error } = useDraftRoom(draftId, 0);
  const byId = useMemo(() => new Map<string, RoomPlayer>(room?.players.map((p) => [p.id, p]) ?? []), [room?.players]);
  const grid = useMemo(() => {
    const rows: BoardCell[][] = Array.from({ length: room?.rounds ?? 0 }, () => []);
    for (const c of room?.board ?? []) rows[c.round - 1]![c.originalTeam] = c;
    return rows;
  }, [room]);
  if (error) return <p className="bb-error">{error}</p>;
  if (!room) return null;
  const last = room.board.filter((c) => c.playerId && !c.keeper).sort((a, b) => b.overall - a.overall)[0];
  const lastPlayer = last ? byId.get(last.playerId!) : undefined;
  const teams = room.draft.teams;
  return (
    <div className="bigboard" role="region" aria-label="Big board">
      <header className="bb-head">
        <div className="bb-last" aria-live="assertive">
          {last && lastPlayer ? (
            <>
              <span className="bb-label">Pick {pickLabel(last.round, last.pickInRound)} · {room.teamNames[last.team]}</span>
              <b className="bb-player" data-pos={lastPlayer.position}>
                {lastPlayer.name}
              </b>
              <span className="bb-label">
                {lastPlayer.position} · {lastPlayer.team ?? 'FA'}
              </span>
            </>
          ) : (
            <b className="bb-player">The draft is about to start</b>
          )}
        </div>
        <div className="bb-clock">
          {room.onClock ? (
            <>
              <span className="bb-label">
                On the clock · pick {room.onClock.overall}
                {room.clock?.pausedLeft != null ? ' · clock paused' : ''}
              </span>
              <b>{room.teamNames[room.onClock.team]}</b>
            </>
          ) : (
            <b>Draft complete</b>
          )}
        </div>
        <a className="bb-exit" href={`#/draft/${draftId}`}>
          Back to the room
        </a>
      </header>
      <div className="bb-grid" style={{ gridTemplateColumns: `repeat(${teams}, minmax(0, 1fr))` }}>
        {room.teamNames.map((n, t) => (
          <div key={`h${t}`} className="bb-team">
            {n}
          </div>
        ))}
        {grid.flatMap((row, r) =>
          row.map((c, t) => {
            const p = c?.playerId ? byId.get(c.playerId) : undefined;
            return (
              <div key={`${r}-${t}`} className={`bb-cell${c && room.onClock?.overall === c.overall ? ' is-on-clock' : ''}`} data-pos={p?.position}>
                {p ? (
                  <>
                    <b>{shortName(p.name, p.position)}</b>
                    <span>
                      {p.position} {p.team ?? ''}
                    </span>
                  </>
                ) : (
                  <span className="bb-empty">{c ? pickLabel(c.round, c.pickInRound) : ''}</span>
                )}
              </div>
            );
          }),
        )}
      </div>
      <footer className="bb-foot">Data: nflverse, CC BY 4.0</footer>
    </div>
  );
}
