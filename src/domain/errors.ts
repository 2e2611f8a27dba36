/**
 * Errors at the edges. Rules and hot paths return null instead of throwing;
 * these are for inputs and requests that cannot be processed.
 */

/** One input (file, URL, feed, option value) could not be used. The message names the input and the problem. */
export class InputError extends Error {
  readonly input: string;
  readonly problem: string;
  constructor(input: string, problem: string, options?: { cause?: unknown }) {
    super(`${input}: ${problem}`, options);
    this.name = "InputError";
    this.input = input;
    this.problem = problem;
  }
}

/** An error with a stable machine code and HTTP status; the HTTP layer renders it as {error: {code, message, details}}. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  constructor(code: string, status: number, message: string, details?: unknown, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.details = details ?? null;
  }
}
