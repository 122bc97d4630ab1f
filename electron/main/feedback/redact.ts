// Diagnostics go into a public GitHub issue: strip what identifies the user or could
// open their accounts. Paths under the home folder, the OS user name, e-mail
// addresses, GitHub tokens, Authorization values and long key-like runs.

export interface RedactionContext {
  /** Folders to show as "~" (the user's home, the app's data folder). */
  homes: string[];
  userNames: string[];
  /** Exact secrets known at run time (the current token): removed wherever they appear. */
  secrets?: string[];
}

const TOKEN_PATTERNS: RegExp[] = [
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g,
  /\b(Bearer|token|Basic)\s+(?=[A-Za-z0-9._~+/=-]*\d)[A-Za-z0-9._~+/=-]{12,}/gi,
  /("?(?:authorization|access_token|token|password|secret|api[_-]?key)"?\s*[:=]\s*"?)(?!(?:Bearer|token|Basic)\s)[^\s",}]{6,}/gi,
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createRedactor(context: RedactionContext): (text: string) => string {
  // Longest first, so /home/ann/.config/GridScout goes before /home/ann.
  const homes = [...new Set(context.homes.filter((h) => h && h.length > 1).flatMap((h) => [h, h.replace(/\\/g, '/')]))].sort(
    (a, b) => b.length - a.length,
  );
  const users = context.userNames.filter((u) => u && u.length >= 3);
  const secrets = (context.secrets ?? []).filter((s) => s && s.length >= 8);
  return (input) => {
    let text = input;
    for (const s of secrets) text = text.split(s).join('[token]');
    for (const h of homes) text = text.replace(new RegExp(escapeRegExp(h), 'gi'), '~');
    for (const p of TOKEN_PATTERNS) {
      text = text.replace(p, (_m, prefix: unknown) =>
        typeof prefix !== 'string' ? '[redacted]' : /[:=]\s*"?$/.test(prefix) ? `${prefix}[redacted]` : `${prefix} [redacted]`,
      );
    }
    text = text.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]');
    // Long hex or base64 runs (keys, session ids, tokens of other services) that mix
    // letters and digits; ordinary words and paths do not.
    // UUIDs (report ids) are not secrets and help us match a report to its log lines.
    text = text.replace(/[A-Za-z0-9+/_=-]{32,}/g, (run) =>
      UUID.test(run)
        ? run
        : /\d/.test(run) && /[A-Za-z]/.test(run) && !run.includes('/')
          ? '[redacted]'
          : run.replace(/[A-Fa-f0-9]{32,}/g, '[redacted]'),
    );
    for (const u of users) text = text.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(u)}(?![A-Za-z0-9])`, 'gi'), '<user>');
    return text;
  };
}
