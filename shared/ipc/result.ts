// The shape every channel answers with, over Electron IPC and over HTTP alike.
// Electron only carries `message` across IPC for thrown errors, so handlers never
// throw across the boundary: the transports wrap outcomes in this Result instead.

export type ErrorCode =
  | 'invalid_input' // the payload failed the channel's schema
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'not_your_turn' // a party guest picked while another team is on the clock
  | 'rate_limited'
  | 'unknown_channel'
  | 'cancelled'
  | 'unavailable' // e.g. network down during a refresh
  | 'internal';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a handler throws on purpose; its message is shown to the user as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
