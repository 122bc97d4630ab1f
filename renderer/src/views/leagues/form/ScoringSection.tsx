// The scoring preset, or custom rules: the fields people actually change, and buttons to
// start the custom rules from a preset.
import { SCORING_PRESETS, type ScoringRules } from '../../../../../shared/domain/scoring';
import type { LeagueScoringPreset } from '../../../../../shared/ipc/types';
import { Field, Segmented } from './Field';
import type { SectionProps } from './sectionProps';
import { Panel } from '../../../components/Panel';

const PRESETS: { value: LeagueScoringPreset; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'half', label: 'Half PPR' },
  { value: 'ppr', label: 'PPR' },
  { value: 'custom', label: 'Custom' },
];

/** The custom-scoring fields people actually change, as [label, path]. */
const CUSTOM_FIELDS: [string, [keyof ScoringRules, string]][] = [
  ['Passing yards per point', ['passing', 'ydPerPoint']],
  ['Passing TD', ['passing', 'td']],
  ['Interception', ['passing', 'int']],
  ['Rushing yards per point', ['rushing', 'ydPerPoint']],
  ['Rushing TD', ['rushing', 'td']],
  ['Reception', ['receiving', 'rec']],
  ['TE premium per reception', ['receiving', 'tePremium']],
  ['Receiving yards per point', ['receiving', 'ydPerPoint']],
  ['Receiving TD', ['receiving', 'td']],
  ['Fumble lost', ['misc', 'fumbleLost']],
];

export function ScoringSection({ form, dispatch }: SectionProps) {
  const { custom } = form;
  const setCustom = (value: ScoringRules) => dispatch({ type: 'set', field: 'custom', value });
  return (
    <Panel
      id="lf-scoring"
      title="Scoring"
      aside={<Segmented name="scoring" options={PRESETS} value={form.preset} onChange={(v) => dispatch({ type: 'set', field: 'preset', value: v })} />}
    >
      {form.preset === 'custom' ? (
        <div className="panel-body lf-grid lf-scoring">
          <Field label="Ruleset name">
            <input className="input" value={custom.name} onChange={(e) => setCustom({ ...custom, name: e.target.value })} />
          </Field>
          {CUSTOM_FIELDS.map(([label, [group, key]]) => (
            <Field key={label} label={label}>
              <input
                className="input lf-num"
                type="number"
                step="0.1"
                value={(custom[group] as Record<string, number>)[key]}
                onChange={(e) => setCustom({ ...custom, [group]: { ...(custom[group] as object), [key]: Number(e.target.value) } })}
              />
            </Field>
          ))}
          <div className="lf-presets">
            Start from:{' '}
            {(['standard', 'half', 'ppr'] as const).map((p) => (
              <button key={p} type="button" className="btn small" onClick={() => setCustom({ ...SCORING_PRESETS[p], name: custom.name })}>
                {PRESETS.find((x) => x.value === p)!.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}
