// One mapping from validation issues (zod) to words a person reads, used by every form (beside
// the field) and by the main side's "invalid input" answers (so a form that missed a rule
// still reads well): "config.teams: Too big: expected number to be <=20" becomes
// "Teams: must be 20 or less".

/** The parts of a zod issue the words are built from (zod 4's issue shapes). */
export interface ValidationIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  expected?: string;
  values?: readonly unknown[];
}

/** The issue's rule in words, without the field's name: "must be 20 or less". */
export function issueInWords(issue: ValidationIssue): string {
  const { code, origin } = issue;
  const limit = (issue.maximum ?? issue.minimum)?.toString();
  switch (code) {
    case 'too_big':
      if (origin === 'string') return `must be ${limit} characters or fewer`;
      if (origin === 'array' || origin === 'set') return `can hold ${limit} at most`;
      return issue.inclusive === false ? `must be less than ${limit}` : `must be ${limit} or less`;
    case 'too_small':
      if (origin === 'string') return issue.minimum === 1 ? 'is needed' : `must be at least ${limit} characters`;
      if (origin === 'array' || origin === 'set') return `needs at least ${limit}`;
      return issue.inclusive === false ? `must be more than ${limit}` : `must be ${limit} or more`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      // zod leaves the input out of issues unless asked; its message still says what came.
      if (/received undefined/.test(issue.message)) return 'is needed';
      if (issue.expected === 'number') return 'must be a number';
      return `must be a ${issue.expected ?? 'different kind of value'}`;
    case 'invalid_value':
      return issue.values?.length ? `must be one of ${issue.values.map(String).join(', ')}` : 'is not one of the choices';
    case 'unrecognized_keys':
      return 'has fields this version does not know';
    default:
      // Custom rules carry their own words ("the league needs a name").
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

/** "config.rosterSlots.SUPERFLEX" for an issue's path: the key forms look errors up by. */
export const issuePath = (issue: Pick<ValidationIssue, 'path'>): string => issue.path.map(String).join('.');

/** The last path segment as a name: "rosterSlots.SUPERFLEX" -> "SUPERFLEX", "pickClockSeconds" -> "pick clock seconds". */
function fallbackLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!last) return 'The request';
  return last === last.toUpperCase() ? last : last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const sentence = (label: string, words: string) => {
  const text = `${label} ${words}`.trimStart();
  return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.');
};

/**
 * Per field, the first problem as a sentence ("Teams must be 20 or less."), keyed by path;
 * `labels` names the fields the way the form does.
 */
export function fieldErrors(issues: readonly ValidationIssue[], labels: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issuePath(issue);
    if (key in out) continue;
    // A custom rule's message is a whole thought ("my team must be 0 to 11"): said as is.
    out[key] = issue.code === 'custom' ? sentence('', issue.message).trimStart() : sentence(labels[key] ?? fallbackLabel(issue.path), issueInWords(issue));
  }
  return out;
}

/** All problems in one line, for places without a field to show them beside. */
export function issuesInWords(issues: readonly ValidationIssue[], labels: Record<string, string> = {}): string {
  return Object.values(fieldErrors(issues, labels)).join(' ');
}
