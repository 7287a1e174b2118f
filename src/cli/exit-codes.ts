/** Exit codes of the `hujifen` command, documented in docs/cli.md. */
export const EXIT = {
  /** Done: the applicant was assessed (whatever the total), or every batch row was assessed. */
  ok: 0,
  /** An unexpected internal error (a bug): the message says so; HUJIFEN_DEBUG=1 shows the stack. */
  internal: 1,
  /** Bad command line: unknown command or option, bad option value (date, version, reading, jobs). */
  usage: 2,
  /** Bad input data: an applicant that fails validation, a JSON/YAML syntax error, a batch file without the layout's headers. */
  invalidInput: 3,
  /** A file cannot be read or written (missing, no permission, unknown extension). */
  io: 4,
  /** Batch finished and the output was written, but some rows could not be read (their reasons are in the output). */
  someRowsUnreadable: 5,
  /** Interrupted by SIGINT (128 + 2) or SIGTERM (128 + 15): no output file is left behind. */
  sigint: 130,
  sigterm: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
