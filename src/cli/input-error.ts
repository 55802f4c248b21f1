/**
 * A file the user named cannot be used: missing, a directory, unreadable, too
 * large, not UTF-8, or not a headers file. The command line says so in one
 * line and exits 2, without its help (the command was right, the file was
 * not) and without the file's content, which may hold a secret or a signature.
 *
 * @example
 * throw new InputError('--headers h.txt: line 3: not a "Name: value" header line (no colon)')
 */
export class InputError extends Error {}
