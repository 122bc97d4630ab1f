// One logger for both runtimes (electron-log's Node entry works in Electron's main too).
// The file lives in the app folder; feedback diagnostics read its tail.
import log from 'electron-log/node';
import { logFile } from './paths';

export type Logger = Pick<typeof log, 'info' | 'warn' | 'error' | 'debug'>;

export function createLogger(home: string, options: { console?: boolean } = {}): Logger {
  log.transports.file.resolvePathFn = () => logFile(home);
  log.transports.file.level = 'info';
  // The browser mode prints the READY line on stdout for tools to parse; log lines go to stderr.
  log.transports.console.level = options.console === false ? false : 'warn';
  log.transports.console.writeFn = ({ message }) => {
    process.stderr.write(`${message.data.map(String).join(' ')}\n`);
  };
  return log;
}
