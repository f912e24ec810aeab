/**
 * The one default config directory of every command, `npm start` included. A file of its own so that the
 * top-level help can name it without loading the option parsing (zod).
 */
export const DEFAULT_DIR = './wukf';
