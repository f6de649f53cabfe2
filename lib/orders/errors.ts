/** Why a file or a request cannot be imported at all (nothing is changed). */
export type ImportInputErrorCode =
  | 'empty-file'
  | 'not-csv'
  | 'missing-columns'
  | 'unknown-columns'
  | 'invalid-mapping'
  | 'invalid-options'
  | 'ambiguous-dates'
  | 'file-too-large';

/**
 * A problem with the input as a whole, with a message written for the person importing.
 * `columns` names the header columns concerned (missing or unknown ones), when any.
 */
export class ImportInputError extends Error {
  readonly code: ImportInputErrorCode;
  readonly columns: string[];

  constructor(code: ImportInputErrorCode, message: string, columns: string[] = []) {
    super(message);
    this.name = 'ImportInputError';
    this.code = code;
    this.columns = columns;
  }
}

export function isImportInputError(error: unknown): error is ImportInputError {
  return error instanceof Error && error.name === 'ImportInputError' && 'code' in error;
}
