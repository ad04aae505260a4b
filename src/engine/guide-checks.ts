/** What the guide's own checks ask docker for and print, which the checker reads back (recognisers/versions.ts); the pages print them. */

/** The running RootlessKit's version and network driver, as one line ("2.3.4 pasta"): the guide's first check after a fix. */
export const VERIFY_ROOTLESSKIT_FORMAT = '{{range .Server.Components}}{{if eq .Name "rootlesskit"}}{{.Version}} {{.Details.NetworkDriver}}{{end}}{{end}}';
/** The running daemon's version alone ("27.3.1"). */
export const SERVER_VERSION_FORMAT = '{{.Server.Version}}';
/** What the guide's second check after a fix prints, for pasta's argv with the flag and without it. */
export const VERIFY_FLAG_OUTPUT = { present: 'flag present', missing: 'flag missing' } as const;
