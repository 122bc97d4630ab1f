// The printable cheat sheet: two landscape pages that fit Letter and A4 alike. Page 1 holds the
// user's order by position, one column each, cut to what fits one page; page 2 the top 200
// overall in five columns. Tiers are marked and do-not-draft players struck through. Hidden on
// screen; print (or Save as PDF in the print dialog) shows only this.
import type { Rankings, RankingRow } from '../../../../shared/ipc/types';

// How many of each position fit a column of one page (a row is 7.5 pt at line height 1.25,
// about 3.3 mm; a landscape A4 page, the shorter of the two, leaves about 180 mm for rows and
// tier lines). e2e/print.spec.ts prints both paper sizes and counts the pages.
const COLUMNS: { pos: RankingRow['position']; count: number }[] = [
  { pos: 'QB', count: 32 },
  { pos: 'RB', count: 48 },
  { pos: 'WR', count: 48 },
  { pos: 'TE', count: 32 },
  { pos: 'K', count: 20 },
  { pos: 'DST', count: 20 },
];
const OVERALL = 200;

/** The class of a row: a tier's first row draws a line above it; do-not-draft is struck. */
function rowClass(list: readonly RankingRow[], i: number): string {
  const row = list[i]!;
  return [row.doNotDraft ? 'dnd' : '', i > 0 && list[i - 1]!.tier !== row.tier ? 'tier-start' : ''].filter(Boolean).join(' ');
}

const shortName = (r: RankingRow) => r.name.replace(/ D\/ST$/, '');

export function CheatSheet({ data, scoringLabel }: { data: Rankings; scoringLabel: string }) {
  const overall = data.rows.slice(0, OVERALL);
  const about = `${data.season} · ${scoringLabel} · ${data.custom ? 'personal rankings' : 'default rankings'} · Data: nflverse, CC BY 4.0`;
  return (
    <section className="cheatsheet" aria-hidden="true">
      <div className="cheatsheet-page">
        <header className="cheatsheet-head">
          <strong>GridScout cheat sheet: by position</strong>
          <span>{about}</span>
        </header>
        <div className="cheatsheet-cols">
          {COLUMNS.map(({ pos, count }) => {
            const list = data.rows.filter((r) => r.position === pos).slice(0, count);
            return (
              <div key={pos} className="cheatsheet-col" data-pos={pos}>
                <h3>{pos}</h3>
                <ol>
                  {list.map((r, i) => (
                    <li key={r.playerId} className={rowClass(list, i)}>
                      <span className="cs-rank">{i + 1}</span>
                      <span className="cs-name">{shortName(r)}</span>
                      <span className="cs-meta">
                        {r.team ?? 'FA'} {r.bye ?? ''}
                      </span>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      </div>
      <div className="cheatsheet-page cheatsheet-overall">
        <header className="cheatsheet-head">
          <strong>GridScout cheat sheet: top {overall.length} overall</strong>
          <span>{about}</span>
        </header>
        <ol className="cheatsheet-overall-list">
          {overall.map((r, i) => (
            <li key={r.playerId} className={rowClass(overall, i)}>
              <span className="cs-rank">{r.rank}</span>
              <span className="cs-name">{shortName(r)}</span>
              <span className="cs-meta">
                {r.position} {r.team ?? 'FA'}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
