// "Mock with friends": a mock draft where league mates draft some teams from their phones
// (a draft party) and bots draft the rest. The user ticks the teams people will draft;
// their own team is always one.
import { useState } from 'react';
import type { League } from '../../../../shared/ipc/types';

export function MockPartyForm({ league, busy, onStart, onCancel }: { league: League; busy: boolean; onStart(humanTeams: number[]): void; onCancel(): void }) {
  const [people, setPeople] = useState<ReadonlySet<number>>(new Set());
  const names = Array.from({ length: league.config.teams }, (_, t) => league.teamNames[t]?.trim() || (t === league.config.myTeam ? 'You' : `Team ${t + 1}`));
  const toggle = (t: number) =>
    setPeople((s) => {
      const next = new Set(s);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return next;
    });
  return (
    <form
      className="panel-body resume-offer mock-party"
      aria-label="Mock draft with friends"
      onSubmit={(e) => {
        e.preventDefault();
        onStart([...people].sort((a, b) => a - b));
      }}
    >
      <p>Which teams do league mates draft? They join from their phones with the party code; bots draft every team left unticked.</p>
      <fieldset className="mock-party-teams">
        <legend className="muted">Drafted by people</legend>
        {names.map((name, t) => (
          <label key={t}>
            <input type="checkbox" checked={t === league.config.myTeam || people.has(t)} disabled={t === league.config.myTeam} onChange={() => toggle(t)} />
            {name}
            {t === league.config.myTeam && name !== 'You' ? ' (you)' : ''}
          </label>
        ))}
      </fieldset>
      <div className="league-actions">
        <button type="submit" className="btn primary" disabled={busy || people.size === 0}>
          Start the mock draft
        </button>
        <button type="button" className="btn ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
