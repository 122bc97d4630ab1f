// Finding a player by what the drafter types: the name's words (normalised like every name in
// the app), the team or the position.
import { nameMatches, normaliseName } from '../../../../shared/domain/names';

/** Does every word typed start a word of the name (or match the team / position)? */
export function matches(query: string, name: string, team: string | null, position: string): boolean {
  const q = normaliseName(query);
  if (!q || nameMatches(query, name)) return true;
  // Or every word is part of the name (initials and nicknames too), the team or the position ("brown det").
  return q.split(' ').every((t) => nameMatches(t, name) || t === (team ?? '').toLowerCase() || t === position.toLowerCase());
}
