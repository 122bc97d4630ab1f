// First-run screens for the views whose features are still to land. Each says what the
// view will answer and how to load the data it needs: no fake rows, no filler. A feature
// replaces its entry in views/registry.tsx and its placeholder here goes away.
import type { ReactNode } from 'react';
import { EmptyState } from '../components/EmptyState';
import { LoadDataHelp } from '../components/LoadDataHelp';
import { ViewHeader } from '../components/ViewHeader';
import { IconDraft, IconFeedback, IconLeagues, IconPlayers, IconRankings, type IconComponent } from '../components/icons';
import { PositionBadge } from '../components/PositionBadge';
import { useStore } from '../stores/store';

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

interface PlaceholderProps {
  label: string;
  subtitle: string;
  icon: IconComponent;
  emptyTitle: string;
  what: ReactNode;
  points: string[];
  needsData?: boolean;
  extra?: ReactNode;
}

function Placeholder({ label, subtitle, icon, emptyTitle, what, points, needsData = true, extra }: PlaceholderProps) {
  const firstRun = useStore((s) => s.status?.firstRun ?? true);
  const players = useStore((s) => s.status?.counts.players ?? 0);
  return (
    <>
      <ViewHeader title={label} subtitle={subtitle} />
      <div className="view-body">
        <EmptyState
          icon={icon}
          title={needsData && firstRun ? emptyTitle : `${label} arrives in the next update`}
          actions={needsData && firstRun ? <LoadDataHelp /> : null}
        >
          <p>{what}</p>
          <ul className="empty-state-points">
            {points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {extra}
          {needsData && !firstRun ? (
            <p className="muted">{players.toLocaleString('en-US')} players are loaded and ready for it.</p>
          ) : null}
        </EmptyState>
      </div>
    </>
  );
}

export function PlayersPlaceholder() {
  return (
    <Placeholder
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

export function RankingsPlaceholder() {
  return (
    <Placeholder
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

export function DraftPlaceholder() {
  return (
    <Placeholder
      label="Draft"
      subtitle="Mock drafts against bots and a live assistant for drafts happening elsewhere."
      icon={IconDraft}
      emptyTitle="Load players to start drafting"
      what="The draft room needs the player pool; once it is loaded you can mock draft any league in seconds."
      points={[
        'The board by round and team, your column highlighted, positions in colour',
        'Recommendations on your pick, each with its reasons: value, roster need, tier drop, chance to last',
        'Keyboard first: / to search, Enter to draft, Ctrl+Z to undo; every pick saved as it is made',
      ]}
      extra={<PositionLegend />}
    />
  );
}

export function LeaguesPlaceholder() {
  return (
    <Placeholder
      label="Leagues"
      subtitle="The leagues you draft in, each with its own rules."
      icon={IconLeagues}
      emptyTitle="No leagues yet"
      what="A league holds the rules that drive values and recommendations; keep several at once."
      points={[
        '4 to 20 teams, your draft slot, scoring preset or a custom ruleset',
        'Roster slots including FLEX and SUPERFLEX, kickers and team defence',
        'Snake, linear, third-round reversal or auction drafts, keepers and a pick clock',
      ]}
    />
  );
}

export function FeedbackPlaceholder() {
  const repo = useStore((s) => s.settings?.feedbackRepo);
  return (
    <Placeholder
      label="Feedback"
      subtitle="Report a bug, an idea, a data problem or a question to the GridScout team."
      icon={IconFeedback}
      emptyTitle="No reports yet"
      needsData={false}
      what={`Reports become GitHub issues in ${repo ?? 'the feedback repository'} (changeable in Settings). Each is saved on this computer first, so one written offline is sent when the network is back.`}
      points={[
        'Bug, idea, data problem or question, with optional diagnostics you see before sending',
        'Sent once and only once, retried patiently when GitHub is busy or rate-limited',
        'Every report listed here with its status and a link to its issue',
      ]}
    />
  );
}
