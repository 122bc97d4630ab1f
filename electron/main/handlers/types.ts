import type { Channel, ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { AppContext } from '../context';

export type Handler<C extends Channel> = (
  ctx: AppContext,
  request: ParsedRequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** The complete table: the compiler refuses a channel without a handler. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** One domain's part of the table (handlers/<domain>.ts exports one of these). */
export type HandlersOf<C extends Channel> = { [K in C]: Handler<K> };
