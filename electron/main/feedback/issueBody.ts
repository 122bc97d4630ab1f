// How a report reads on GitHub: the user's text, optional contact and diagnostics, and
// the hidden marker that lets the sender recognise its own issue after a lost answer.
import type { FeedbackKind } from '../../../shared/ipc/types';

/** GitHub refuses issue bodies over 65,536 characters; stay clear of it. */
export const MAX_ISSUE_BODY = 60_000;

export const KIND_LABELS: Record<FeedbackKind, string> = {
  bug: 'bug',
  idea: 'idea',
  data: 'data problem',
  question: 'question',
};

export const reportMarker = (id: string): string => `<!-- gridscout-report-id: ${id} -->`;

export interface IssueParts {
  id: string;
  kind: FeedbackKind;
  body: string;
  contact: string | null;
  diagnostics: string | null;
  version: string;
}

export function composeIssueBody(parts: IssueParts, maxLength = MAX_ISSUE_BODY): string {
  const head = [parts.body.trim() || '_(no description)_'];
  if (parts.contact) head.push(`**Contact:** ${parts.contact}`);
  const tail = `---\n_Sent from GridScout ${parts.version} (${KIND_LABELS[parts.kind]})._\n${reportMarker(parts.id)}`;
  let text = head.join('\n\n');
  if (parts.diagnostics) {
    const open = '<details><summary>Diagnostics</summary>\n\n```text\n';
    const close = '\n```\n</details>';
    const room = maxLength - text.length - tail.length - open.length - close.length - 8;
    // Diagnostics are the part we can shorten: keep the newest log lines (the end).
    const diag = room <= 0 ? '' : parts.diagnostics.length > room ? `…\n${parts.diagnostics.slice(-room + 2)}` : parts.diagnostics;
    if (diag) text += `\n\n${open}${diag.replace(/```/g, "'''")}${close}`;
  }
  return `${text}\n\n${tail}`;
}
