import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/* Facts about the installed package, found relative to this file (dist/install/package.js -> ../..). */

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export const binPath = fileURLToPath(new URL('../../bin/wukf.js', import.meta.url));

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; engines: { node: string } };

export const version: string = manifest.version;

/** The lowest Node.js version wukf supports, from "engines" in package.json (">=20.19" -> [20, 19]). */
export const minNodeVersion = manifest.engines.node.replace(/^>=\s*/, '').split('.').map(Number) as [number, number];
