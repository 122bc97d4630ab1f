// One player in the ranked list, with the tier label above him where a tier starts: rank,
// position rank, projection and its 10th-90th percentile range, and the row's actions (move,
// new tier, do not draft). Keys and dragging are the list's (RankingsList).
import type { KeyboardEvent, PointerEvent } from 'react';
import type { RankingRow as Row } from '../../../../shared/ipc/types';
import { pts } from '../../../../shared/domain/format';
import { PositionBadge } from '../../components/PositionBadge';
import { hrefFor } from '../../stores/routeSlice';

export interface RankingRowProps {
  r: Row;
  /** The visible row above him (none: he is first). */
  prev: Row | undefined;
  /** Visible index. */
  i: number;
  /** The whole list is shown (tiers can be split and merged). */
  all: boolean;
  posRank: number | undefined;
  /** The highest 90th percentile on the list: the range bars' scale. */
  maxHigh: number;
  tabStop: boolean;
  dragged: boolean;
  dropBefore: boolean;
  dropAfter: boolean;
  register(el: HTMLTableRowElement | null): void;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent): void;
  onHandleDown(e: PointerEvent): void;
  onMoveUp(): void;
  onMoveDown(): void;
  onDoNotDraft(playerId: number, on: boolean): void;
  onTierBreak(playerId: number, on: boolean): void;
}

export function RankingRow(props: RankingRowProps) {
  const { r, prev, i, all, posRank, maxHigh, tabStop, dragged, dropBefore, dropAfter, register, onFocus, onKeyDown, onHandleDown, onMoveUp, onMoveDown, onDoNotDraft, onTierBreak } = props;
  const newTier = !prev || prev.tier !== r.tier;
  const isBreak = all && i > 0 && newTier;
  const pct = (x: number) => `${Math.max(0, Math.min(100, (x / maxHigh) * 100))}%`;
  return (
    <>
      {newTier ? (
        <tr className="tier-row" aria-hidden={false}>
          <td colSpan={10}>
            <span className="caps-label tier-label">Tier {r.tier}</span>
            {isBreak ? (
              <button type="button" className="link-btn tier-merge" onClick={() => onTierBreak(r.playerId, false)}>
                Merge with tier {prev!.tier}
              </button>
            ) : null}
          </td>
        </tr>
      ) : null}
      <tr
        ref={register}
        tabIndex={tabStop ? 0 : -1}
        data-testid="ranking-row"
        data-player={r.playerId}
        data-pos={r.position}
        aria-label={`${r.rank}. ${r.name}, ${r.position}, tier ${r.tier}${r.doNotDraft ? ', do not draft' : ''}`}
        className={[
          r.doNotDraft ? 'is-dnd' : '',
          dragged ? 'is-dragged' : '',
          dropBefore ? 'drop-before' : '',
          dropAfter ? 'drop-after' : '',
        ].join(' ')}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      >
        <td className="handle-col">
          <span className="drag-handle" onPointerDown={onHandleDown} title="Drag to reorder" aria-hidden="true">
            ⠿
          </span>
        </td>
        <td className="num rank-cell">{r.rank}</td>
        <td className="name-cell">
          <a href={hrefFor(`players/${r.playerId}`)} tabIndex={-1}>
            {r.name}
          </a>
          {r.doNotDraft ? <span className="tag-chip injury">DND</span> : null}
        </td>
        <td>
          <span className="pos-cell">
            <PositionBadge position={r.position} />
            <span className="pos-rank">{posRank}</span>
          </span>
        </td>
        <td>{r.team ?? 'FA'}</td>
        <td className="num">{r.bye ?? '–'}</td>
        <td className="num strong">{pts(r.projection)}</td>
        <td className="range-td">
          <span className="range-bar" data-pos={r.position} title={`10th-90th percentile: ${pts(r.low)} to ${pts(r.high)}`}>
            <span className="range-span" style={{ left: pct(r.low), width: `calc(${pct(r.high)} - ${pct(r.low)})` }} />
            <span className="range-mark" style={{ left: pct(r.projection) }} />
          </span>
        </td>
        <td className="num">{pts(r.vor)}</td>
        <td className="row-actions">
          <button type="button" tabIndex={-1} className="btn small icon ghost" aria-label={`Move ${r.name} up`} onClick={onMoveUp}>
            ▲
          </button>
          <button type="button" tabIndex={-1} className="btn small icon ghost" aria-label={`Move ${r.name} down`} onClick={onMoveDown}>
            ▼
          </button>
          {all && i > 0 && !newTier ? (
            <button type="button" tabIndex={-1} className="btn small ghost" onClick={() => onTierBreak(r.playerId, true)} title="Start a new tier at this player">
              New tier
            </button>
          ) : null}
          <button
            type="button"
            tabIndex={-1}
            className={`btn small ghost${r.doNotDraft ? ' danger' : ''}`}
            aria-pressed={r.doNotDraft}
            onClick={() => onDoNotDraft(r.playerId, !r.doNotDraft)}
          >
            {r.doNotDraft ? 'Undo DND' : 'DND'}
          </button>
        </td>
      </tr>
    </>
  );
}
