import { describe, expect, it } from 'vitest';
import { teamNameInSeason } from './teamNames';

describe('teamNameInSeason', () => {
  it('names Washington by the season, whatever the snapshot said', () => {
    expect(teamNameInSeason('WAS', 2025, 'Washington Football Team')).toBe('Washington Commanders');
    expect(teamNameInSeason('WAS', 2022, 'Washington Football Team')).toBe('Washington Commanders');
    expect(teamNameInSeason('WAS', 2021, 'Washington Commanders')).toBe('Washington Football Team');
  });

  it("keeps the file's name for teams that never renamed in place, and without a season", () => {
    expect(teamNameInSeason('KC', 2025, 'Kansas City Chiefs')).toBe('Kansas City Chiefs');
    expect(teamNameInSeason('LV', 2025, 'Las Vegas Raiders')).toBe('Las Vegas Raiders');
    expect(teamNameInSeason('WAS', null, 'Washington Football Team')).toBe('Washington Football Team');
  });
});
