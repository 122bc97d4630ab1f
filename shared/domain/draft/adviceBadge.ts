// The badge beside a recommended player, in the room's list and its "Why" panel. One home, so
// the two never disagree: the first recommendation is the "Top pick" only when he would start;
// a first recommendation who would sit on the bench says so instead of sitting beside the
// reason "would not start".

/** Badge text for the recommendation at `index` (0 = first) of the list. */
export function adviceBadge(index: number, startsNow: boolean): string {
  if (index === 0) return startsNow ? 'Top pick' : 'Top pick for your bench';
  if (index < 5) return `Rec #${index + 1}`;
  return startsNow ? 'Starter' : 'Depth';
}
