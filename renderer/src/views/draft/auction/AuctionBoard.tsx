// The auction board: a column per team with its money left, its most for one player and its
// roster count, and the players it bought at their prices (K marks a keeper).
import type { DraftRoom, RoomPlayer } from '../../../../../shared/ipc/types';
import { shortName } from '../labels';

export function AuctionBoard({ room, byId }: { room: DraftRoom; byId: ReadonlyMap<string, RoomPlayer> }) {
  const a = room.auction!;
  const my = room.draft.myTeam;
  return (
    <div className="board-scroll auction-board" role="region" aria-label="Auction board" tabIndex={0}>
      <div className="board" style={{ gridTemplateColumns: `repeat(${room.draft.teams}, minmax(96px, 1fr))` }}>
        {room.teamNames.map((name, t) => (
          <div key={t} className={`board-team${t === my ? ' is-mine' : ''}${a.nominator === t ? ' is-on-clock' : ''}`}>
            <span className="board-team-name">{name}</span>
            <span className="board-team-sub">
              ${a.budgets[t]} left · max ${a.maxBids[t]} · {a.rosterCounts[t]}/{room.rounds}
            </span>
          </div>
        ))}
        {room.teamNames.map((_, t) => (
          <div key={`c${t}`} className={`auction-col${t === my ? ' is-mine' : ''}`}>
            {a.sales
              .filter((s) => s.team === t)
              .map((s) => {
                const p = byId.get(s.playerId);
                return (
                  <div key={s.playerId} className="board-cell is-filled auction-cell" data-pos={p?.position}>
                    <span className="board-cell-name" title={p?.name}>
                      {p ? shortName(p.name, p.position) : s.playerId}
                    </span>
                    <span className="board-cell-meta">
                      {p?.position} · ${s.price}
                      {s.keeper ? ' · K' : ''}
                    </span>
                  </div>
                );
              })}
          </div>
        ))}
      </div>
    </div>
  );
}
