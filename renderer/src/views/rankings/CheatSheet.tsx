// The printable cheat sheet: the user's order split into one column per position, tiers
// marked, do-not-draft players struck through. Hidden on screen; print (or Save as PDF in
// the print dialog) shows only this.
import type { Rankings, RankingRow } from '../../../../shared/ipc/types';

const COLUMNS: { pos: RankingRow['position']; count: number }[] = [
  { pos: 'QB', count: 32 },
  { pos: 'RB', count: 64 },
  { pos: 'WR', count: 72 },
  { pos: 'TE', count: 32 },
  { pos: 'K', count: 20 },
  { pos: 'DST', count: 20 },
];

export function CheatSheet({ data, scoringLabel }: { data: Rankings; scoringLabel: string }) {
  return (
    <section className="cheatsheet" aria-hidden="true">
      <header className="cheatsheet-head">
        <strong>GridScout cheat sheet</strong>
        <span>
          {data.season} · {scoringLabel} · {data.custom ? 'personal rankings' : 'default rankings'} · Top 200 overall on the right · Data: nflverse, CC BY 4.0
        </span>
      </header>
      <div className="cheatsheet-cols">
        {COLUMNS.map(({ pos, count }) => {
          const list = data.rows.filter((r) => r.position === pos).slice(0, count);
          return (
            <div key={pos} className="cheatsheet-col" data-pos={pos}>
              <h3>{pos}</h3>
              <ol>
                {list.map((r, i) => (
                  <li key={r.playerId} className={`${r.doNotDraft ? 'dnd' : ''}${i > 0 && list[i - 1]!.tier !== r.tier ? ' tier-start' : ''}`}>
                    <span className="cs-rank">{i + 1}</span>
                    <span className="cs-name">{r.name.replace(/ D\/ST$/, "")}</span>
                    <span className="cs-meta">
                      {r.team ?? 'FA'} {r.bye ?? ''}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
        <div className="cheatsheet-col overall">
          <h3>Overall</h3>
          <ol>
            {data.rows.slice(0, 200).map((r, i) => (
              <li key={r.playerId} className={`${r.doNotDraft ? 'dnd' : ''}${i > 0 && data.rows[i - 1]!.tier !== r.tier ? ' tier-start' : ''}`}>
                <span className="cs-rank">{r.rank}</span>
                <span className="cs-name">{r.name.replace(/ D\/ST$/, "")}</span>
                <span className="cs-meta">{r.position}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
