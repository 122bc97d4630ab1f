// A team's name in a given season. nflverse's teams file is a snapshot of one moment (the one
// in the data folder is from 2021, when WAS was "Washington Football Team"), so a name taken
// from it is wrong for a later season when a franchise renamed without changing its
// abbreviation. Relocations changed the abbreviation too (OAK -> LV, SD -> LAC, STL -> LA),
// so the file's name is right for those; only same-abbreviation renames are listed here.
// Each entry is the first season a name was used (the NFL's announcements: Washington
// dropped its old name before 2020 and became the Commanders on 2 February 2022).
const RENAMES: Readonly<Record<string, readonly { from: number; name: string }[]>> = {
  WAS: [
    { from: 2020, name: 'Washington Football Team' },
    { from: 2022, name: 'Washington Commanders' },
  ],
};

/** The name of team `abbr` in `season`: the latest rename by then, else the file's name. */
export function teamNameInSeason(abbr: string, season: number | null, fileName: string): string {
  if (season === null) return fileName;
  const names = RENAMES[abbr.toUpperCase()] ?? [];
  let name = fileName;
  for (const r of names) if (r.from <= season) name = r.name;
  return name;
}
