import { describe, expect, it } from 'vitest';
import { createRedactor } from './redact';

const redact = createRedactor({ homes: ['/home/ann', 'C:\\Users\\ann'], userNames: ['ann'], secrets: ['s3cr3t-token-value'] });

describe('redaction', () => {
  it.each([
    ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', '[redacted]'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '[redacted]'],
    ['gho_16C7e42F292c6912E7710c838347Ae178B4a', '[redacted]'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123', 'Authorization: Bearer [redacted]'],
    ['authorization: token 0123456789abcdef0123', 'authorization: token [redacted]'],
    ['{"access_token":"abcdef123456"}', '{"access_token":"[redacted]"}'],
    ['sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'sha [redacted]'],
    ['key QmFzZTY0RW5jb2RlZFNlY3JldFZhbHVlMTIzNDU2Nzg5MA==', 'key [redacted]'],
    ['opened /home/ann/.config/GridScout/gridscout.db', 'opened ~/.config/GridScout/gridscout.db'],
    ['C:\\Users\\ann\\AppData\\Roaming\\GridScout', '~\\AppData\\Roaming\\GridScout'],
    ['C:/Users/ann/AppData', '~/AppData'],
    ['user ann logged in as Ann', 'user <user> logged in as <user>'],
    ['mail me: ann.lee@example.org', 'mail me: [email]'],
    ['the s3cr3t-token-value leaked', 'the [token] leaked'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves ordinary log lines alone', () => {
    const line = '[2026-09-06 10:00:01.123] [info] Imported 2,345 players for season 2025 (weekly stats, 18 weeks); token refused.';
    expect(redact(line)).toBe(line);
    expect(redact('annotated annual report')).toBe('annotated annual report'); // "ann" only as a whole word
  });
});
