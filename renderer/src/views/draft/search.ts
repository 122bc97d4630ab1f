// Finding a player by what the drafter types: the name's words (normalised like every name in
// the app), the team or the position.
import { normaliseName } from '../../../../shared/domain/names';

/** Does every word typed start a word of the name (or match the team / position)? */
export function matches(query: string, name: string, team: string | null, position: string): boolean {
  const q = normaliseName(query);
  if (!q) return true;
  const words = normaliseName(name).split(' ');
  const joined = words.join('');
  return q.split(' ').every((t) => words.some((w) => w.startsWith(t)) || joined.includes(t) || t === (team ?? '').toLowerCase() || t === position.toLowerCase());
}
