// "Open in browser" without a token: GitHub's new-issue page, prefilled through the
// query string. Browsers and GitHub refuse very long URLs, so the body is shortened to
// keep the whole URL under a limit, cutting only between whole characters (never inside
// a UTF-16 surrogate pair, never inside a %XX escape) and always keeping the tail (the
// report marker), so the sender can later recognise an issue filed this way.

/** Comfortably under what GitHub and browsers accept. */
export const URL_LIMIT = 8_000;
export const SHORTENED_NOTE = '\n\n… (shortened to fit in a link: paste the rest here if it matters)';
const MAX_TITLE_CHARS = 256;

export interface PrefilledIssue {
  repo: string;
  title: string;
  body: string;
  /** Kept whole after the (possibly shortened) body. */
  tail?: string;
  labels: string[];
}

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): make them U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const enc = (s: string) => encodeURIComponent(wellFormed(s));

export function prefilledIssueUrl(
  issue: PrefilledIssue,
  limit = URL_LIMIT,
  webBase = 'https://github.com',
): { url: string; shortened: boolean } {
  const title = Array.from(wellFormed(issue.title)).slice(0, MAX_TITLE_CHARS).join('');
  const [owner, name] = issue.repo.split('/').map((p) => encodeURIComponent(p));
  const head = `${webBase.replace(/\/+$/, '')}/${owner}/${name}/issues/new?title=${enc(title)}&labels=${enc(issue.labels.join(','))}&body=`;
  const tail = issue.tail ? `\n\n${issue.tail}` : '';
  const budget = limit - head.length;
  const whole = enc(issue.body + tail);
  if (whole.length <= budget) return { url: head + whole, shortened: false };

  // Binary search on whole code points: the longest prefix whose encoding fits.
  const chars = Array.from(wellFormed(issue.body));
  const fits = (n: number) => enc(chars.slice(0, n).join('') + SHORTENED_NOTE + tail).length <= budget;
  let lo = 0;
  let hi = chars.length;
  if (!fits(0)) throw new Error('The title and labels alone are longer than a link may be.');
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { url: head + enc(chars.slice(0, lo).join('') + SHORTENED_NOTE + tail), shortened: true };
}
