import type { LoggerService } from '@nestjs/common';
import type { Logger as Pino } from 'pino';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's logger interface over the process's pino logger, one JSON line per call: `context` is the Nest context
 * (the class name), an object message is merged into the line, an Error goes under `err`.
 */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const line: Record<string, unknown> = {};
    // Nest passes the context last; an exception handler passes (message, stack, context).
    if (params.length > 0) line.context = params[params.length - 1];
    const stack = params.length === 2 && typeof params[0] === 'string' ? params[0] : undefined;
    if (message instanceof Error) line.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(line, message);
    else if (stack && /\n\s*at /.test(stack)) line.err = { message: String(message), stack };
    if (typeof message === 'string' && !line.err) this.pino[level](line, message);
    else this.pino[level](line);
  }
}
