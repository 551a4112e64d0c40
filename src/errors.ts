/**
 * The error classes of corroborate. Exceptions are only for bugs and for input that
 * cannot be used at all; everything else is a `Diagnostic`.
 * A message says what was expected, what arrived, and what to do next.
 */
export class PipelineError extends Error {
  override readonly name: string = 'PipelineError';
}

/** Input that cannot be used at all: an unreadable file, a binary file, a bad encoding. */
export class InputError extends PipelineError {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A bad option or configuration. */
export class ConfigError extends PipelineError {
  override readonly name = 'ConfigError';
}
