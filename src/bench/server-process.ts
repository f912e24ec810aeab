import { main } from '../cli/main.js';

/**
 * The embedded server of `wukf bench`: the real `wukf start`, plus one thing: it stops (SIGTERM, the normal
 * graceful path) when its stdin closes, which happens when the bench exits or is killed — so a killed bench
 * leaves no server behind.
 */
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();

void main(process.argv).then((code) => process.exit(code));
