// Keepers: who keeps whom, and what he costs (a round in a pick draft, a price in an auction).
import { PositionBadge } from '../../../components/PositionBadge';
import { PlayerPicker } from '../../../components/PlayerPicker';
import { rosterRounds, teamLabel } from './leagueFormState';
import { slotCount, type SectionProps } from './sectionProps';
import { Panel } from '../../../components/Panel';

export function KeepersSection({ form, dispatch }: SectionProps) {
  const auction = form.draftType === 'auction';
  return (
    <Panel
      id="lf-keepers"
      title="Keepers"
      aside={<p>{auction ? 'Each keeper costs his price from the team’s budget.' : 'Each keeper takes his team’s pick in the round he costs.'}</p>}
    >
      <div className="panel-body">
        {form.keepers.length ? (
          <table className="data-table lf-keepers">
            <thead>
              <tr>
                <th>Player</th>
                <th>Team</th>
                <th>{auction ? 'Price ($)' : 'Round'}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {form.keepers.map((k, i) => (
                <tr key={k.playerId}>
                  <td>
                    {k.position ? <PositionBadge position={k.position} /> : null} {k.name}
                  </td>
                  <td>
                    <select className="input" aria-label={`Team keeping ${k.name}`} value={k.team} onChange={(e) => dispatch({ type: 'editKeeper', index: i, change: { team: Number(e.target.value) } })}>
                      {Array.from({ length: slotCount(form.teams) }, (_, t) => (
                        <option key={t} value={t}>
                          {teamLabel(form, t)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className="input lf-num"
                      aria-label={auction ? `Price of ${k.name}` : `Round ${k.name} costs`}
                      inputMode="numeric"
                      value={auction ? k.price : k.round}
                      onChange={(e) => dispatch({ type: 'editKeeper', index: i, change: auction ? { price: e.target.value } : { round: e.target.value } })}
                    />
                  </td>
                  <td>
                    <button type="button" className="btn ghost small" onClick={() => dispatch({ type: 'removeKeeper', index: i })}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No keepers.</p>
        )}
        <PlayerPicker
          className="lf-keeper-search"
          label="Add a keeper"
          placeholder="Add a keeper: type a name, Enter"
          poolOnly
          detail={(h) => h.team ?? 'FA'}
          onPick={(p) =>
            dispatch({ type: 'addKeeper', keeper: { team: form.myTeam, playerId: String(p.id), name: p.name, position: p.position, round: String(rosterRounds(form.slots)), price: '1' } })
          }
        />
      </div>
    </Panel>
  );
}
