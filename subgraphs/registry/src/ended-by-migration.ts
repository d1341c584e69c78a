/**
 * The audit rows of the posts the migration EndPostsAtClosedInstitutions ended, at institutions
 * closed before closings ended posts: a system change of no caller's, which the change feed lists
 * and a reopening gives back as it gives back a closing's (1766000000000, and 1766100000000 for the
 * databases where it ran before it audited them). A module of its own, importing nothing: the
 * migrations that write these rows must not change with the code that reads them.
 */
export const ENDED_BY_MIGRATION = {
  actor: 'migration:EndPostsAtClosedInstitutions',
  action: 'endPostsAtClosedInstitutions',
} as const;
