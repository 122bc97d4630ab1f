// The user's own marks on a player: watchlist, place in the rankings (with up/down and
// do-not-draft), tags and notes. Every change goes straight to the database.
import { useState, type FormEvent } from 'react';
import type { PlayerMarks } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { hrefFor } from '../../stores/routeSlice';
import { useScoring, SCORING_LABELS } from '../players/scoring';
import { Alert } from '../../components/Alert';
import { Panel } from '../../components/Panel';

interface Props {
  playerId: number;
  marks: PlayerMarks;
  onMarks(m: PlayerMarks): void;
}

export function MarksPanel({ playerId, marks, onMarks }: Props) {
  const scoring = useScoring();
  const [note, setNote] = useState('');
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [rank, setRank] = useState<{ rank: number | null; dnd: boolean }>({ rank: marks.rank, dnd: marks.doNotDraft });
  const inRankings = rank.rank !== null;

  const apply = async (p: ReturnType<typeof api.call<'scouting.watch'>>) => {
    const r = await p;
    if (r.ok) {
      setError(null);
      onMarks(r.value);
    } else setError(r.error.message);
    return r.ok;
  };
  const move = async (by: number) => {
    const current = rank.rank;
    if (current === null) return;
    const r = await api.call('rankings.reorder', { scoring, playerId, toRank: Math.max(1, current + by) });
    if (!r.ok) return setError(r.error.message);
    const row = r.value.rows.find((x) => x.playerId === playerId);
    setRank({ rank: row?.rank ?? null, dnd: row?.doNotDraft ?? false });
  };
  const toggleDnd = async () => {
    const r = await api.call('rankings.set', { scoring, playerId, doNotDraft: !rank.dnd });
    if (!r.ok) return setError(r.error.message);
    const row = r.value.rows.find((x) => x.playerId === playerId);
    setRank({ rank: row?.rank ?? null, dnd: row?.doNotDraft ?? false });
  };
  const addNote = async (e: FormEvent) => {
    e.preventDefault();
    if (await apply(api.call('scouting.note.add', { playerId, body: note }))) setNote('');
  };
  const addTag = async (e: FormEvent) => {
    e.preventDefault();
    if (await apply(api.call('scouting.tags.set', { playerId, tags: [...marks.tags, tag] }))) setTag('');
  };

  return (
    <Panel
      id="marks-h"
      title="Your marks"
      className="marks"
      aside={
        <button
          type="button"
          className={`btn small${marks.watched ? ' primary' : ''}`}
          aria-pressed={marks.watched}
          onClick={() => void apply(api.call('scouting.watch', { playerId, on: !marks.watched }))}
        >
          {marks.watched ? '★ On watchlist' : '☆ Watch'}
        </button>
      }
    >
      <div className="panel-body marks-body">
        <div className="marks-rank">
          <span>
            {rank.rank !== null ? (
              <>
                <a href={hrefFor('rankings')}>Rank {rank.rank}</a> in your {SCORING_LABELS[scoring]} rankings
              </>
            ) : (
              <span className="muted">Not in the {SCORING_LABELS[scoring]} rankings (not in the draft pool)</span>
            )}
          </span>
          <span className="marks-rank-btns">
            <button type="button" className="btn small icon" disabled={!inRankings} aria-label="Move up one in rankings" onClick={() => void move(-1)}>
              ▲
            </button>
            <button type="button" className="btn small icon" disabled={!inRankings} aria-label="Move down one in rankings" onClick={() => void move(1)}>
              ▼
            </button>
            <button type="button" disabled={!inRankings} className={`btn small${rank.dnd ? ' danger' : ''}`} aria-pressed={rank.dnd} onClick={() => void toggleDnd()}>
              {rank.dnd ? 'Do not draft ✓' : 'Do not draft'}
            </button>
          </span>
        </div>
        <div className="marks-tags">
          {marks.tags.map((t) => (
            <span key={t} className="badge">
              {t}
              <button
                type="button"
                className="chip-x"
                aria-label={`Remove tag ${t}`}
                onClick={() => void apply(api.call('scouting.tags.set', { playerId, tags: marks.tags.filter((x) => x !== t) }))}
              >
                ×
              </button>
            </span>
          ))}
          <form onSubmit={(e) => void addTag(e)} className="inline-form">
            <input className="input small-input" placeholder="Add tag" aria-label="Add tag" value={tag} maxLength={32} onChange={(e) => setTag(e.target.value)} />
          </form>
        </div>
        <form onSubmit={(e) => void addNote(e)} className="marks-note">
          <textarea className="input" rows={2} placeholder="Note about this player" aria-label="New note" value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="btn small" disabled={!note.trim()}>
            Add note
          </button>
        </form>
        <Alert className="field-error" message={error} />
        <ul className="notes">
          {marks.notes.map((n) => (
            <li key={n.id}>
              <p>{n.body}</p>
              <span className="muted">
                {n.createdAt.slice(0, 10)}
                <button type="button" className="link-btn" onClick={() => void apply(api.call('scouting.note.delete', { id: n.id }))}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}
