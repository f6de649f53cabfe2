/** The version of the journey document format that this code reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;
