// Loaded with `node --import` before the binary: writes every module the process loads, one per line, to
// the file named by WUKF_MODULE_LOG. ES modules are seen by a resolve hook (in the loader's thread); CommonJS
// ones, which packages such as fastify require among themselves, are read off the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.WUKF_MODULE_LOG;
if (log) {
  register('./record-modules-hooks.mjs', import.meta.url, { data: { log } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const files = Object.keys(require.cache);
    if (files.length > 0) appendFileSync(log, `${files.join('\n')}\n`);
  });
}
