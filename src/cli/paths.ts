import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The installed package's root (dist/cli/paths.js -> ../..). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export const binPath = fileURLToPath(new URL('../../bin/wukf.js', import.meta.url));

export const version: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const DEFAULT_DIR = './wukf';
