// A player's profile (#/players/<id>): bio, projection with its range and reasons, the
// user's notes/tags/watchlist/rank, career by season, charts and the game log.
import { useEffect, useMemo, useState } from 'react';
import type { PlayerGameLine, PlayerMarks, PlayerProfile, PlayerProjectionInfo, PlayerSeasonLine } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { DataTable, type Column } from '../../components/DataTable';
import { Panel } from '../../components/Panel';
import { PositionBadge } from '../../components/PositionBadge';
import { ViewHeader } from '../../components/ViewHeader';
import { hrefFor } from '../../stores/routeSlice';
import { useStore } from '../../stores/store';
import { NotFound } from '../../shell/NotFound';
import type { ViewProps } from '../registry';
import { DASH, pts } from '../../../../shared/domain/format';
import { DataCredit, ScoringSwitch, SCORING_LABELS, useScoring } from '../players/scoring';
import { PerGameChart, WeeklyChart } from './charts';
import { MarksPanel } from './MarksPanel';
import { median } from './statColumns';
import { statTableColumns } from './statTableColumns';
import './profile.css';

interface Loaded {
  profile: PlayerProfile;
  projection: PlayerProjectionInfo | null;
  marks: PlayerMarks;
}

export default function ProfileView({ route }: ViewProps) {
  const id = Number(route.params[0]);
  const scoring = useScoring();
  const [data, setData] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<{ id: number; message: string } | null>(null);
  const valid = Number.isInteger(id) && id > 0;
  const error = !valid ? `"${route.params[0]}" is not a player id.` : failed?.id === id ? failed.message : null;

  useEffect(() => {
    let live = true;
    if (!valid) return;
    void Promise.all([
      api.call('players.get', { id, scoring }),
      api.call('players.projection', { id, scoring }),
      api.call('scouting.marks', { id, scoring }),
    ]).then(([profile, projection, marks]) => {
      if (!live) return;
      if (!profile.ok) return setFailed({ id, message: profile.error.message });
      if (!marks.ok) return setFailed({ id, message: marks.error.message });
      setData({ profile: profile.value, projection: projection.ok ? projection.value : null, marks: marks.value });
    });
    return () => {
      live = false;
    };
  }, [id, scoring, valid]);

  if (error) return <NotFound title="Player not found" message={error} back={{ path: 'players', label: 'Back to Players' }} />;
  if (!data || data.profile.id !== id) return <div className="view-loading" aria-busy="true" />;
  return <Profile {...data} onMarks={(marks) => setData({ ...data, marks })} scoringLabel={SCORING_LABELS[scoring]} />;
}

function Profile({ profile: p, projection, marks, onMarks, scoringLabel }: Loaded & { onMarks(m: PlayerMarks): void; scoringLabel: string }) {
  const navigate = useStore((s) => s.navigate);
  const seasons = p.seasons.filter((s) => s.games > 0);
  const [season, setSeason] = useState<number | null>(seasons.at(-1)?.season ?? null);
  const careerColumns: Column<PlayerSeasonLine>[] = [
    {
      key: 'season',
      header: 'Season',
      cell: (s) => (
        <button type="button" className="link-btn" onClick={() => setSeason(s.season)} aria-pressed={s.season === season}>
          {s.season}
        </button>
      ),
    },
    { key: 'team', header: 'Team', cell: (s) => (s.teams.length > 1 ? s.teams.join(', ') : (s.team ?? DASH)) },
    { key: 'g', header: 'G', className: 'num', cell: (s) => s.games },
    { key: 'pts', header: 'Pts', className: 'num', cellClassName: 'num strong', cell: (s) => pts(s.points) },
    { key: 'ppg', header: 'Pts/G', className: 'num', cell: (s) => pts(s.pointsPerGame) },
    ...statTableColumns<PlayerSeasonLine>(p.position),
  ];
  const games = useGames(p.id, season);
  const careerPts = seasons.reduce((a, s) => a + s.points, 0);
  const careerGames = seasons.reduce((a, s) => a + s.games, 0);

  return (
    <>
      <ViewHeader
        title={p.name}
        subtitle={
          <span className="profile-sub">
            <a href={hrefFor('players')}>Players</a>
            <span aria-hidden="true">/</span>
            {p.position ? <PositionBadge position={p.position} /> : null}
            <span>{p.team ?? 'Free agent'}</span>
            {p.jerseyNumber !== null ? <span className="muted">#{p.jerseyNumber}</span> : null}
            {p.injuryStatus ? <span className="tag-chip injury">{p.injuryStatus}</span> : null}
            <span className="muted">· {scoringLabel} scoring ·</span>
            <DataCredit />
          </span>
        }
        actions={
          <>
            <ScoringSwitch />
            <button type="button" className="btn" onClick={() => navigate(`players/compare?ids=${p.id}`)}>
              Compare…
            </button>
          </>
        }
      />
      <div className="view-body profile-body">
        <div className="profile-top">
          <Panel id="bio-h" title="Bio">
            <dl className="panel-body facts profile-facts">
              <dt>Age</dt>
              <dd>{p.age !== null ? `${p.age} on Sep 1, ${p.targetSeason}` : 'Unknown: no birth date in the data'}{p.birthDate ? <span className="muted"> · born {p.birthDate}</span> : null}</dd>
              <dt>Team</dt>
              <dd>{p.team ?? 'Free agent'}</dd>
              <dt>College</dt>
              <dd>{p.college ?? DASH}</dd>
              <dt>Draft</dt>
              <dd>{p.draft.number ? `${p.draft.year ?? ''} · pick ${p.draft.number}${p.draft.club ? ` by ${p.draft.club}` : ''}` : p.draft.year ? `${p.draft.year}, undrafted` : 'Undrafted'}</dd>
              <dt>Experience</dt>
              <dd>{p.yearsExp !== null ? `${p.yearsExp} season${p.yearsExp === 1 ? '' : 's'}` : DASH}{p.rookieYear ? <span className="muted"> · rookie {p.rookieYear}</span> : null}</dd>
              <dt>Size</dt>
              <dd>{p.height ? `${Math.floor(p.height / 12)}′${p.height % 12}″` : DASH}{p.weight ? ` · ${p.weight} lb` : ''}</dd>
              <dt>Career</dt>
              <dd className="num-inline">
                {seasons.length ? `${seasons.length} season${seasons.length === 1 ? '' : 's'} · ${careerGames} games · ${pts(careerPts / careerGames)} points a game` : 'No regular-season game yet'}
              </dd>
            </dl>
          </Panel>

          <ProjectionPanel projection={projection} position={p.position} />
          <MarksPanel playerId={p.id} marks={marks} onMarks={onMarks} />
        </div>

        {seasons.length ? (
          <div className="profile-charts">
            <Panel id="ppg-h" title="Points a game by season" aside={<span className="muted">regular season, {scoringLabel}</span>}>
              <div className="panel-body chart-body" data-testid="chart-per-game">
                <PerGameChart seasons={seasons.map((s) => ({ season: s.season, perGame: s.pointsPerGame, games: s.games }))} position={p.position} />
              </div>
            </Panel>
            <WeeklyPanel games={games} season={season} seasons={seasons.map((s) => s.season)} onSeason={setSeason} position={p.position} />
          </div>
        ) : null}

        {seasons.length ? (
        <Panel id="career-h" title="Career, regular season" aside={<span className="muted">Click a season for its game log</span>} className="career">
          <div className="panel-body flush">
            <DataTable
              className="career-table"
              columns={careerColumns}
              rows={seasons}
              rowKey={(s) => s.season}
              rowProps={(s) => ({ className: s.season === season ? 'is-current' : undefined, 'data-testid': 'career-row' })}
            />
          </div>
        </Panel>
        ) : null}
        {season !== null ? <GameLog games={games} season={season} position={p.position} /> : null}
      </div>
    </>
  );
}

function ProjectionPanel({ projection: pr, position }: { projection: PlayerProjectionInfo | null; position: string | null }) {
  if (!pr) {
    return (
      <Panel id="proj-h" title="Projection">
        <p className="panel-body muted">Not in the draft pool of the coming season, so there is no projection.</p>
      </Panel>
    );
  }
  const max = Math.max(pr.high, pr.points) * 1.05 || 1;
  const pct = (x: number) => `${Math.max(0, (x / max) * 100)}%`;
  return (
    <Panel id="proj-h" title={`${pr.season} projection`} aside={<span className="badge">{pr.source === 'model' ? 'Model' : 'Baseline'}</span>}>
      <div className="panel-body proj-body">
        <div className="proj-figures">
          <div>
            <div className="proj-big">{pts(pr.points)}</div>
            <div className="muted">points · {pts(pr.perGame)} a game × {pts(pr.games)} games</div>
          </div>
          <dl className="proj-stats">
            <dt>VOR</dt>
            <dd>{pts(pr.vor)}</dd>
            <dt>{position} rank</dt>
            <dd>{pr.positionRank}</dd>
            <dt>Tier</dt>
            <dd>{pr.tier}</dd>
            <dt>Overall</dt>
            <dd>{pr.overallRank}</dd>
          </dl>
        </div>
        <div className="proj-range" data-pos={position ?? undefined} role="img" aria-label={`Range ${pts(pr.low)} to ${pts(pr.high)} points`}>
          <span className="range-span" style={{ left: pct(pr.low), width: `calc(${pct(pr.high)} - ${pct(pr.low)})` }} />
          <span className="range-mark" style={{ left: pct(pr.points) }} />
        </div>
        <div className="proj-range-labels">
          <span>10th pct {pts(pr.low)}</span>
          <span>90th pct {pts(pr.high)}</span>
        </div>
        <ul className="proj-reasons">
          {pr.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}

function useGames(id: number, season: number | null): PlayerGameLine[] {
  const scoring = useScoring();
  const [loaded, setLoaded] = useState<{ key: string; games: PlayerGameLine[] } | null>(null);
  const key = `${id}|${season}|${scoring}`;
  useEffect(() => {
    let live = true;
    if (season === null) return;
    void api.call('players.games', { id, season, scoring }).then((r) => {
      if (live) setLoaded({ key, games: r.ok ? r.value : [] });
    });
    return () => {
      live = false;
    };
  }, [id, season, scoring, key]);
  return loaded?.key === key ? loaded.games : [];
}

function WeeklyPanel({ games, season, seasons, onSeason, position }: { games: PlayerGameLine[]; season: number | null; seasons: number[]; onSeason(s: number): void; position: string | null }) {
  const reg = useMemo(() => games.filter((g) => g.seasonType === 'REG'), [games]);
  const med = median(reg.map((g) => g.points));
  return (
    <Panel
      id="weekly-h"
      title={`Weekly points, ${season}`}
      aside={
        <span className="weekly-tools">
          <span className="muted">dashed line: median {pts(med)}</span>
          <select className="input" aria-label="Season" value={season ?? ''} onChange={(e) => onSeason(Number(e.target.value))}>
            {[...seasons].reverse().map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </span>
      }
    >
      <div className="panel-body chart-body" data-testid="chart-weekly">
        <WeeklyChart games={reg.map((g) => ({ week: g.week, points: g.points, opponent: g.opponent }))} median={med} position={position} />
      </div>
    </Panel>
  );
}

function GameLog({ games, season, position }: { games: PlayerGameLine[]; season: number; position: string | null }) {
  const reg = games.filter((g) => g.seasonType === 'REG');
  const med = median(reg.map((g) => g.points));
  const columns: Column<PlayerGameLine>[] = [
    {
      key: 'week',
      header: 'Wk',
      cell: (g) => (
        <>
          {g.week} {g.seasonType === 'POST' ? <span className="tag-chip">Playoffs</span> : null}
        </>
      ),
    },
    { key: 'opp', header: 'Opp', cell: (g) => g.opponent ?? DASH },
    { key: 'pts', header: 'Pts', className: 'num', cellClassName: (g) => `num strong${g.seasonType === 'REG' && g.points >= med ? ' above' : ''}`, cell: (g) => pts(g.points) },
    ...statTableColumns<PlayerGameLine>(position),
  ];
  return (
    <Panel
      id="log-h"
      title={`Game log, ${season}`}
      className="gamelog"
      aside={
        <span className="muted">
          {reg.length} regular-season games{games.length > reg.length ? ` and ${games.length - reg.length} playoff` : ''} · green: at or above the median ({pts(med)})
        </span>
      }
    >
      <div className="panel-body flush gamelog-scroll" tabIndex={0} role="region" aria-labelledby="log-h">
        <DataTable columns={columns} rows={games} rowKey={(g) => `${g.seasonType}-${g.week}`} />
      </div>
    </Panel>
  );
}
