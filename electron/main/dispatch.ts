// The single entry point both transports call: channel lookup, payload validation,
// handler call, Result wrapping. Nothing a handler throws crosses the boundary raw.
import { contract, isChannel, type Channel } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/ipc/result';
import type { AppContext } from './context';
import type { Handler, HandlerTable } from './handlers/types';

export async function dispatch(
  table: HandlerTable,
  ctx: AppContext,
  channelName: string,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) return fail('unknown_channel', `No channel named "${channelName.slice(0, 80)}".`);
  const schema = contract[channelName].request;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return fail('invalid_input', describeIssues(channelName, parsed.error.issues));
  try {
    // The table is keyed by the same channel name, so the handler matches the payload type.
    const handler = table[channelName] as Handler<Channel>;
    return ok(await handler(ctx, parsed.data as never));
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message);
    ctx.log.error(`Handler ${channelName} failed:`, err);
    return fail('internal', `Something went wrong in ${channelName}: ${(err as Error).message ?? String(err)}`);
  }
}

function describeIssues(channel: string, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const parts = issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return `Invalid request for ${channel}: ${parts.join('; ')}`;
}
