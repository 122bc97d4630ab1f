// A GridScout process that only runs the feedback sender, for the restart test:
//   tsx senderChild.ts <home> '<tuning json>'
// Token and API URL come from the environment, as in the browser mode.
import { closeAppContext } from '../../main/context';
import { startFeedback, stopFeedback } from '../../main/feedback/service';
import { openContext } from './context';

const [home, tuningJson] = process.argv.slice(2);
if (!home) throw new Error('usage: senderChild.ts <home> [tuning json]');
const ctx = openContext(home);
startFeedback(ctx, { tuning: JSON.parse(tuningJson ?? '{}') });
process.stdout.write('SENDER_READY\n');
const stop = () => void stopFeedback(ctx).then(() => (closeAppContext(ctx), process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
