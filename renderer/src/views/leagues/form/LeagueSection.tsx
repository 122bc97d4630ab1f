// The league's name, size, my draft slot, the pick clock, the ADP source and team names.
import type { AdpSourceChoice } from '../../../../../shared/domain/league';
import { Field } from './Field';
import { slotCount, type SectionProps } from './sectionProps';
import { Panel } from '../../../components/Panel';

// Which stored ADP the league drafts against (bots and advice); auto fits its format and team count.
const ADP_SOURCES: { value: AdpSourceChoice; label: string }[] = [
  { value: 'auto', label: 'Freshest for this league' },
  { value: 'ffc', label: 'Fantasy Football Calculator' },
  { value: 'sleeper', label: 'Sleeper' },
  { value: 'csv', label: 'Imported CSV' },
];

export function LeagueSection({ form, dispatch, fieldErrs }: SectionProps) {
  return (
    <Panel id="lf-basics" title="League">
      <div className="panel-body lf-grid">
        <Field label="Name" error={fieldErrs.name}>
          <input className="input" value={form.name} onChange={(e) => dispatch({ type: 'set', field: 'name', value: e.target.value })} maxLength={80} required />
        </Field>
        <Field label="Teams" hint="4 to 20" error={fieldErrs['config.teams']}>
          <input className="input lf-num" type="number" min={4} max={20} value={form.teams} onChange={(e) => dispatch({ type: 'set', field: 'teams', value: Number(e.target.value) })} />
        </Field>
        <Field label="Your draft slot" error={fieldErrs['config.myTeam']}>
          <select className="input" value={form.myTeam} onChange={(e) => dispatch({ type: 'set', field: 'myTeam', value: Number(e.target.value) })}>
            {Array.from({ length: slotCount(form.teams) }, (_, i) => (
              <option key={i} value={i}>
                {i + 1}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Pick clock" hint="seconds per pick; 0 for none" error={fieldErrs['config.pickClockSeconds']}>
          <input className="input lf-num" type="number" min={0} max={86400} value={form.clock} onChange={(e) => dispatch({ type: 'set', field: 'clock', value: Number(e.target.value) })} />
        </Field>
        <Field label="ADP source" hint="the market bots draft from and the advice times positions by">
          <select className="input" value={form.adpSource} onChange={(e) => dispatch({ type: 'set', field: 'adpSource', value: e.target.value as AdpSourceChoice })}>
            {ADP_SOURCES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Team names" hint="one per line, in draft-slot order; blank lines keep Team N" error={fieldErrs.teamNames}>
          <textarea className="input lf-names" rows={3} value={form.teamNames} onChange={(e) => dispatch({ type: 'set', field: 'teamNames', value: e.target.value })} />
        </Field>
      </div>
    </Panel>
  );
}
