// The board: rounds down, teams across, every pick in its position's colour, my column
// in the accent, the pick on the clock outlined. Traded picks name their new owner.
import { memo, useEffect, useMemo, useRef } from 'react';
import type { BoardCell, DraftRoom, RoomPlayer } from '../../../../shared/ipc/types';
import { pickLabel, PERSONALITY_LABELS, shortName } from './labels';

interface Props {
  room: DraftRoom;
  byId: ReadonlyMap<string, RoomPlayer>;
}

function Pick({ cell }: { cell: BoardCell }) {
  return (
    <span className="board-cell-pick">
      {cell.keeper ? <b className="board-flag" title="Keeper">K</b> : null}
      {cell.auto ? <b className="board-flag" title="Picked automatically when the clock ran out">A</b> : null}
      {pickLabel(cell.round, cell.pickInRound)}
    </span>
  );
}

export const DraftBoard = memo(function DraftBoard({ room, byId }: Props) {
  const { teams, myTeam } = room.draft;
  const grid = useMemo(() => {
    const rows: BoardCell[][] = Array.from({ length: room.rounds }, () => []);
    for (const c of room.board) rows[c.round - 1]![c.originalTeam] = c;
    return rows;
  }, [room.board, room.rounds]);
  const clockRef = useRef<HTMLDivElement | null>(null);
  const onClock = room.onClock?.overall ?? null;
  useEffect(() => {
    clockRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [onClock]);

  return (
    <div className="board-scroll" role="region" aria-label="Draft board" tabIndex={0}>
      <div className="board" style={{ gridTemplateColumns: `36px repeat(${teams}, minmax(84px, 1fr))` }} role="table" aria-label={`Draft board, ${room.rounds} rounds by ${teams} teams`}>
        <div className="board-row" role="row">
          <div className="board-corner" role="columnheader">
            Rd
          </div>
          {room.teamNames.map((name, t) => (
            <div key={t} role="columnheader" className={`board-team${t === myTeam ? ' is-mine' : ''}${room.onClock?.team === t ? ' is-on-clock' : ''}`} title={room.personalities[t] ? `Bot: ${PERSONALITY_LABELS[room.personalities[t]!] ?? room.personalities[t]}` : undefined}>
              <span className="board-team-name">{name}</span>
              <span className="board-team-sub">{t === myTeam ? 'Your team' : room.personalities[t] ? PERSONALITY_LABELS[room.personalities[t]!] : room.draft.mode === 'mock' ? 'League mate' : `Slot ${t + 1}`}</span>
            </div>
          ))}
        </div>
        {grid.map((row, r) => (
          <div className="board-row" role="row" key={r}>
            <div className="board-round" role="rowheader">
              {r + 1}
            </div>
            {row.map((cell) => {
              const p = cell.playerId ? byId.get(cell.playerId) : undefined;
              const clock = cell.overall === onClock;
              const traded = cell.team !== cell.originalTeam;
              const cls = ['board-cell', cell.team === myTeam ? 'is-mine' : '', clock ? 'is-on-clock' : '', p ? 'is-filled' : ''].filter(Boolean).join(' ');
              return (
                <div key={cell.overall} role="cell" className={cls} data-pos={p?.position} ref={clock ? clockRef : undefined} data-overall={cell.overall}>
                  {p ? (
                    <>
                      <span className="board-cell-name" title={p.name}>
                        {shortName(p.name, p.position)}
                      </span>
                      <span className="board-cell-meta">
                        <span>
                          {p.position} · {p.team ?? 'FA'}
                          {p.bye ? ` · ${p.bye}` : ''}
                        </span>
                        <Pick cell={cell} />
                      </span>
                    </>
                  ) : (
                    <>
                      <span className="board-cell-name board-cell-empty">{clock ? 'On the clock' : traded ? `to ${room.teamNames[cell.team]}` : ''}</span>
                      <span className="board-cell-meta">
                        <span />
                        <Pick cell={cell} />
                      </span>
                    </>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
});
