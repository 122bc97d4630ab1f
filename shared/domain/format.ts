// Number formats shared by the main process and the renderer, so a pick reads "3rd" and a
// projection "212.4" in the results, the CSV export and the channel responses alike.

/** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd". */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Rounded to one decimal, the precision every projection is shown and exported with. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The mark tables show for an unknown number. */
export const DASH = '–';

/** Points for a table cell: fixed decimals, a dash for unknown. */
export function pts(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : x.toFixed(digits);
}
