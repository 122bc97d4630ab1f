// Number formats of the scouting tables: tabular, one decimal for points, a dash for unknown.
export const DASH = '–';

export function pts(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : x.toFixed(digits);
}

export function int(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : Math.round(x).toLocaleString('en-US');
}

export function signed(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
}
