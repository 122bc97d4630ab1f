// Roster slots per position, and what they make: players per team, rounds or spots to buy.
import { rosterRounds, SLOT_KEYS } from './leagueFormState';
import type { SectionProps } from './sectionProps';
import { Panel } from '../../../components/Panel';

export function RosterSection({ form, dispatch, fieldErrs }: SectionProps) {
  const { slots } = form;
  const rounds = rosterRounds(slots);
  const problems = SLOT_KEYS.filter((k) => fieldErrs[`config.rosterSlots.${k}`]);
  return (
    <Panel
      id="lf-roster"
      title="Roster"
      aside={
        <p>
          {rounds} players per team, so {form.draftType === 'auction' ? `${rounds} roster spots to buy` : `${rounds} rounds`}
        </p>
      }
    >
      <div className="panel-body lf-slots">
        {SLOT_KEYS.map((k) => (
          <label key={k} className="lf-slot">
            <span className="pos-badge" data-pos={k === 'BENCH' ? 'BN' : k}>
              {k === 'SUPERFLEX' ? 'SFLX' : k === 'BENCH' ? 'BN' : k}
            </span>
            <input
              className="input lf-num"
              type="number"
              min={0}
              max={k === 'BENCH' ? 20 : 10}
              value={slots[k]}
              aria-label={`${k} slots`}
              aria-invalid={fieldErrs[`config.rosterSlots.${k}`] ? true : undefined}
              onChange={(e) => dispatch({ type: 'set', field: 'slots', value: { ...slots, [k]: Number(e.target.value) } })}
            />
          </label>
        ))}
      </div>
      {problems.length ? (
        <div className="panel-body">
          {problems.map((k) => (
            <p key={k} className="field-error">
              {fieldErrs[`config.rosterSlots.${k}`]}
            </p>
          ))}
        </div>
      ) : null}
    </Panel>
  );
}
