/**
 * Source, entry and pack ids: lower-case ASCII slugs, so they are safe in URLs, file names and SQL.
 * Its own module, apart from the input schemas built on it, so a reader of ids (the CLI's argument
 * parser, the router) does not load the schema library to test one.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
