/** Export failures as data: a code to branch on, a message saying what is wrong and what to do, and a cause. */
export type ExportErrorCode = 'EMPTY' | 'TOO_LARGE' | 'CANVAS_UNAVAILABLE' | 'BLANK' | 'UNSUPPORTED';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExportError';
  }
}

export function isExportError(error: unknown): error is ExportError {
  return error instanceof Error && error.name === 'ExportError' && typeof (error as ExportError).code === 'string';
}
