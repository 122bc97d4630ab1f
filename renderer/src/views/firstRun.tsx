// What the Players and Rankings views show before any data is loaded: what the view will
// answer and how to load the data it needs. No fake rows, no filler.
import type { ReactNode } from 'react';
import { EmptyState } from '../components/EmptyState';
import { LoadDataHelp } from '../components/LoadDataHelp';
import { ViewHeader } from '../components/ViewHeader';
import { IconPlayers, IconRankings, type IconComponent } from '../components/icons';
import { PositionBadge } from '../components/PositionBadge';

/** The position colours, shown before any table uses them. */
function PositionLegend() {
  return (
    <p className="empty-state-legend">
      <span>Positions keep one colour everywhere:</span>
      {['QB', 'RB', 'WR', 'TE', 'K', 'DST'].map((p) => (
        <PositionBadge key={p} position={p} />
      ))}
    </p>
  );
}

interface FirstRunProps {
  label: string;
  subtitle: string;
  icon: IconComponent;
  emptyTitle: string;
  what: ReactNode;
  points: string[];
  extra?: ReactNode;
}

function FirstRun({ label, subtitle, icon, emptyTitle, what, points, extra }: FirstRunProps) {
  return (
    <>
      <ViewHeader title={label} subtitle={subtitle} />
      <div className="view-body">
        <EmptyState icon={icon} title={emptyTitle} actions={<LoadDataHelp />}>
          <p>{what}</p>
          <ul className="empty-state-points">
            {points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {extra}
        </EmptyState>
      </div>
    </>
  );
}

export function PlayersFirstRun() {
  return (
    <FirstRun
      label="Players"
      subtitle="The season's player pool with projections, value over replacement, tiers and ADP."
      icon={IconPlayers}
      emptyTitle="No players loaded yet"
      what="Once player data is loaded, this table lists every player in the coming season's pool."
      points={[
        'Position tabs (QB, RB, WR, TE, K, DST, FLEX), search and filters for team, bye, age, rookies and injuries',
        'Sortable projection with a range, value over replacement, tier, ADP, last season total and per game',
        'Profiles with career stats, game logs and charts; compare two to four players side by side',
      ]}
      extra={<PositionLegend />}
    />
  );
}

export function RankingsFirstRun() {
  return (
    <FirstRun
      label="Rankings"
      subtitle="Your own rankings and cheat sheet for each scoring ruleset."
      icon={IconRankings}
      emptyTitle="Nothing to rank yet"
      what="Rankings start from the projections of the loaded players; you reorder them by dragging or with the keyboard."
      points={[
        'Tiers computed from projected points, with breaks you can move',
        'Do-not-draft marks that the draft room respects',
        'CSV import and export, and a printable cheat sheet',
      ]}
    />
  );
}
