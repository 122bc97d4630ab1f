import { describe, expect, it } from 'vitest';
import { prefilledIssueUrl, SHORTENED_NOTE, URL_LIMIT } from './prefilledUrl';

const TAIL = '<!-- gridscout-report-id: 3f1c9f5e-2b7a-4c1e-9a43-0d6f8c2b1e77 -->';
const base = { repo: 'gridscout/gridscout', title: 'Tier list', labels: ['bug'], tail: TAIL };

/** Parses the URL the way GitHub will and checks the invariants every link must keep. */
function check(url: string, limit: number, original: string) {
  expect(url.length).toBeLessThanOrEqual(limit);
  expect(url).not.toMatch(/%(?![0-9A-F]{2})/); // no cut escape
  const parsed = new URL(url);
  expect(parsed.origin + parsed.pathname).toBe('https://github.com/gridscout/gridscout/issues/new');
  const body = parsed.searchParams.get('body')!;
  expect(body.endsWith(`\n\n${TAIL}`)).toBe(true);
  // No half of a surrogate pair anywhere.
  expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  const text = body.slice(0, body.length - TAIL.length - 2);
  if (text.endsWith(SHORTENED_NOTE)) expect(original.startsWith(text.slice(0, -SHORTENED_NOTE.length))).toBe(true);
  else expect(text).toBe(original);
  return parsed;
}

describe('prefilled new-issue URL', () => {
  it('keeps a short report whole', () => {
    const body = 'Kickers are ranked by last name.';
    const { url, shortened } = prefilledIssueUrl({ ...base, body, labels: ['data problem'] });
    expect(shortened).toBe(false);
    const parsed = check(url, URL_LIMIT, body);
    expect(parsed.searchParams.get('title')).toBe('Tier list');
    expect(parsed.searchParams.get('labels')).toBe('data problem');
  });

  it('shortens a long ASCII report under the limit and keeps the marker', () => {
    const body = 'Snap counts per week: '.repeat(3000);
    const { url, shortened } = prefilledIssueUrl({ ...base, body });
    expect(shortened).toBe(true);
    check(url, URL_LIMIT, body);
    expect(url.length).toBeGreaterThan(URL_LIMIT - 20); // uses the room it has
  });

  it('never splits a surrogate pair or an escape, at any limit', () => {
    // Emoji (surrogate pairs, 12-char escapes), accents (6-char), CJK (9-char), ASCII.
    const body = 'Patrick Mahomes 🏈 Zoë Müller 東京 ✓ '.repeat(400);
    for (let limit = 700; limit < 820; limit++) {
      const { url, shortened } = prefilledIssueUrl({ ...base, body }, limit);
      expect(shortened).toBe(true);
      check(url, limit, body);
    }
  });

  it('turns lone surrogates into U+FFFD instead of throwing', () => {
    const { url } = prefilledIssueUrl({ ...base, body: 'broken \uD83C here', title: 'odd \uDFC8' });
    const parsed = new URL(url);
    expect(parsed.searchParams.get('body')!.startsWith('broken \uFFFD here')).toBe(true);
    expect(parsed.searchParams.get('title')).toBe('odd \uFFFD');
  });

  it('caps the title and fails clearly when even the title cannot fit', () => {
    const title = '🏈'.repeat(1000);
    const { url } = prefilledIssueUrl({ ...base, title, body: 'x' });
    expect(Array.from(new URL(url).searchParams.get('title')!)).toHaveLength(256);
    expect(() => prefilledIssueUrl({ ...base, title, body: 'x' }, 500)).toThrow(/longer than a link/);
  });
});
