// Which market a view's ADP (and the draft advice) comes from, said once in its header:
// stored ADP with its source's attribution and link, or the estimate, or none.
import type { MarketInfo } from '../../../shared/ipc/types';

export function MarketNote({ market }: { market: MarketInfo }) {
  return (
    <span className={`market-note market-${market.kind}`} data-market={market.kind}>
      {market.kind === 'estimate' ? <span className="badge">Estimated market</span> : null}
      {market.kind === 'none' ? <span className="badge">No market</span> : null} {market.label}
      {market.link ? (
        <>
          {' '}
          ·{' '}
          <a href={market.link} target="_blank" rel="noreferrer">
            {market.attribution ?? 'source'}
          </a>
        </>
      ) : null}
    </span>
  );
}
