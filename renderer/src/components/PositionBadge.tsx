// A position chip in the position's colour (styles/positions.css). Use it wherever a
// position is shown, so QB/RB/WR/TE/K/DST look the same in every view.
export type Position = 'QB' | 'RB' | 'WR' | 'TE' | 'K' | 'DST' | 'DEF' | 'FLEX' | 'SUPERFLEX' | 'BN';

export function PositionBadge({ position }: { position: Position | string }) {
  return (
    <span className="pos-badge" data-pos={position}>
      {position === 'DEF' ? 'DST' : position}
    </span>
  );
}
