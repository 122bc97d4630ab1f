// The draft type and, for an auction, the budget and minimum bid.
import { Field, Segmented } from './Field';
import type { DraftType } from './leagueFormState';
import type { SectionProps } from './sectionProps';
import { Panel } from '../../../components/Panel';

const DRAFT_TYPES: { value: DraftType; label: string }[] = [
  { value: 'snake', label: 'Snake' },
  { value: 'linear', label: 'Linear' },
  { value: 'third_round_reversal', label: '3rd-round reversal' },
  { value: 'auction', label: 'Auction' },
];

export function DraftSection({ form, dispatch, fieldErrs }: SectionProps) {
  return (
    <Panel
      id="lf-draft"
      title="Draft"
      aside={<Segmented<DraftType> name="draftType" options={DRAFT_TYPES} value={form.draftType} onChange={(v) => dispatch({ type: 'set', field: 'draftType', value: v })} />}
    >
      {form.draftType === 'auction' ? (
        <div className="panel-body lf-grid">
          <Field label="Budget per team ($)" error={fieldErrs['config.auctionBudget']}>
            <input className="input lf-num" type="number" min={1} value={form.budget} onChange={(e) => dispatch({ type: 'set', field: 'budget', value: Number(e.target.value) })} />
          </Field>
          <Field label="Minimum bid ($)" error={fieldErrs['config.minBid']}>
            <input className="input lf-num" type="number" min={0} value={form.minBid} onChange={(e) => dispatch({ type: 'set', field: 'minBid', value: Number(e.target.value) })} />
          </Field>
        </div>
      ) : null}
    </Panel>
  );
}
