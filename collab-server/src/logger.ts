/** The slice of a pino logger the collaboration server uses. */
export interface CollabLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** For callers that pass no logger. */
export const SILENT_LOGGER: CollabLogger = { debug() {}, info() {}, warn() {}, error() {} };
