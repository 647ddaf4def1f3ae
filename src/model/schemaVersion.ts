/**
 * Version of the files the prebuild writes and the app reads (events, chunks, density). Bump it on any incompatible
 * change. Its own module so the build's shell can stamp files without loading the schema library.
 */
export const SCHEMA_VERSION = 1;
