// Results: every team's projected starting lineup, its points and rank, a grade with the
// reasons behind it, CSV export and a printable summary (see the print rules in draft.css).
import { useEffect, useState } from 'react';
import type { DraftResults } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { PositionBadge } from '../../components/PositionBadge';
import { NotFound } from '../../shell/NotFound';
import { gradeScaleText } from '../../../../shared/domain/draft/grades';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { DRAFT_TYPE_LABELS } from './labels';
import { downloadCsv } from './roomShared';
import { ordinal } from '../../../../shared/domain/format';
import { Panel } from '../../components/Panel';

export default function ResultsView({ draftId }: { draftId: number }) {
  const [results, setResults] = useState<DraftResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.call('drafts.results', { draftId }).then((r) => (r.ok ? setResults(r.value) : setError(r.error.message)));
  }, [draftId]);

  if (error) return <NotFound title="Draft not found" message={error} back={{ path: 'draft', label: 'Back to your drafts' }} />;
  if (!results) return <ViewHeader title="Draft" subtitle="Grading the teams…" />;
  const d = results.draft;
  const ranked = [...results.teams].sort((a, b) => a.rank - b.rank);
  const max = Math.max(...ranked.map((t) => t.points));
  const min = Math.min(...ranked.map((t) => t.points));
  const mine = results.teams.find((t) => t.mine);

  return (
    <>
      <ViewHeader
        title="Draft"
        subtitle={
          <>
            Results · {d.leagueName} · {d.mode === 'mock' ? 'Mock draft' : 'Live draft'} · {DRAFT_TYPE_LABELS[d.draftType]} · {d.teams} teams · {results.scoringName} · {d.season}
            {results.complete ? '' : ` · in progress (${d.picksMade} of ${d.picksTotal} picks)`}
          </>
        }
        actions={
          <>
            <a className="btn" href={hrefFor(`draft/${draftId}`)}>
              Back to the board
            </a>
            <button type="button" className="btn" onClick={() => void downloadCsv(draftId)}>
              Export CSV
            </button>
            <button type="button" className="btn primary" onClick={() => window.print()}>
              Print summary
            </button>
          </>
        }
      />
      <div className="view-body results">
        {mine ? (
          <section className="results-hero panel" aria-label="Your team">
            <div className={`grade grade-${mine.grade[0]}`} aria-label={`Grade ${mine.grade}`}>
              {mine.grade}
            </div>
            <div>
              <h2>
                {mine.name}: {ordinal(mine.rank)} of {d.teams}, {Math.round(mine.points).toLocaleString('en-US')} projected starter points
              </h2>
              <ul className="results-reasons">
                {mine.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          </section>
        ) : null}
        <Panel
          id="standings-title"
          title="Projected standings"
          aside={
            <>
              <p>Best starting lineup by projected season points under this league&rsquo;s scoring.</p>
              <p className="grade-scale">
                Grades compare each team&rsquo;s starting lineup with the league&rsquo;s average lineup: {gradeScaleText()}.
              </p>
            </>
          }
        >
          <div className="panel-body flush">
            <table className="data-table results-table">
              <thead>
                <tr>
                  <th className="num">Rank</th>
                  <th>Team</th>
                  <th>Grade</th>
                  <th className="num">Starters</th>
                  <th style={{ width: '18%' }} aria-label="Points bar" />
                  <th className="num">Bench</th>
                  {results.teams[0]?.spent !== null ? <th className="num">Spent</th> : null}
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {ranked.map((t) => (
                  <tr key={t.team} className={t.mine ? 'is-mine' : undefined}>
                    <td className="num">{t.rank}</td>
                    <td>
                      <b>{t.name}</b>
                    </td>
                    <td>
                      <span className={`grade-chip grade-${t.grade[0]}`}>{t.grade}</span>
                    </td>
                    <td className="num">{Math.round(t.points).toLocaleString('en-US')}</td>
                    <td>
                      <span className="results-bar" style={{ width: `${max > min ? 25 + (75 * (t.points - min)) / (max - min) : 100}%` }} />
                    </td>
                    <td className="num">{Math.round(t.benchPoints).toLocaleString('en-US')}</td>
                    {t.spent !== null ? <td className="num">${t.spent}</td> : null}
                    <td className="wrap results-why">{t.reasons.slice(1, 4).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
        <section aria-labelledby="lineups-title">
          <h2 id="lineups-title" className="results-section-title">
            Starting lineups
          </h2>
          <div className="lineups">
            {ranked.map((t) => (
              <article key={t.team} className={`panel lineup-card${t.mine ? ' is-mine' : ''}`} aria-label={`${t.name} lineup`}>
                <header>
                  <b>
                    {t.rank}. {t.name}
                  </b>
                  <span className={`grade-chip grade-${t.grade[0]}`}>{t.grade}</span>
                  <span className="num muted">{Math.round(t.points)}</span>
                </header>
                <ol>
                  {t.starters.map((s) => (
                    <li key={s.playerId}>
                      <span className="lineup-slot">{s.slot === 'SUPERFLEX' ? 'SFLX' : s.slot}</span>
                      <PositionBadge position={s.position} />
                      <span className="lineup-name">{s.name}</span>
                      <span className="num muted">{Math.round(s.projection)}</span>
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </div>
        </section>
      </div>
    </>
  );
}

