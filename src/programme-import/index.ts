/** Importing a government document into a programme folder, and checking a folder. */
export { importDocument, type ImportOptions, type ImportResult } from './import.ts';
export { checkProgramme, type CheckResult } from './check.ts';
export { readDocument } from './read.ts';
export { cleanLayout } from './clean.ts';
