import { rmSync } from 'node:fs';
import { relative } from 'node:path';
import { resolvePaths } from '../server/config/index.js';
import { initialPasswordPath } from '../server/auth/initial-password.js';
import { writeFileAtomic } from './files.js';
import type { PlannedFile, ScaffoldPlan, ScaffoldResult } from './scaffold.js';

type Tense = 'done' | 'planned';

const VERBS: Record<PlannedFile['action'], Record<Tense, string>> = {
  create: { done: 'created', planned: 'would create' },
  replace: { done: 'replaced', planned: 'would replace' },
  keep: { done: 'kept', planned: 'would keep' },
};

/**
 * One line per file and one for the database: what happened (or would happen) to it and why, and where
 * the old content of a replaced file is kept.
 */
function planLines(plan: ScaffoldPlan, tense: Tense): string[] {
  const { dir } = plan.options;
  const rel = (p: string) => (p.startsWith(`${dir}/`) ? relative(dir, p) : p);
  const width = Math.max(...plan.files.map((f) => rel(f.path).length), rel(plan.database).length);
  const lines: string[] = [];
  for (const f of plan.files) {
    const verb = VERBS[f.action][tense];
    const why = f.reason === undefined ? '' : f.reason.startsWith('(') ? ` ${f.reason}` : `: ${f.reason}`;
    const backup = f.backup === undefined ? '' : `; old one ${tense === 'done' ? 'backed up' : 'backed up first'} to ${rel(f.backup)}`;
    lines.push(`  ${rel(f.path).padEnd(width)}  ${f.what}, ${verb}${why}${backup}`);
  }
  const db = plan.databaseExists ? (tense === 'done' ? 'kept' : 'would keep') : tense === 'done' ? 'created' : 'would create';
  const admin =
    plan.admin.action === 'reset'
      ? `password of admin ${plan.admin.username} ${tense === 'done' ? 'reset' : 'would be reset'}`
      : `admin ${plan.admin.username} ${tense === 'done' ? 'created' : 'would be created'}`;
  lines.push(`  ${rel(plan.database).padEnd(width)}  database, ${db}; ${admin}`);
  for (const w of plan.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

/** What `wukf init --dry-run` prints, and what init shows before asking to go ahead on an existing directory. */
export function describePlan(plan: ScaffoldPlan): string {
  return `${planLines(plan, 'planned').join('\n')}\n`;
}

/**
 * Where the first admin's password goes: to the terminal when standard output is one (shown once, below),
 * otherwise into a 0600 file in the data directory (auth/initial-password.ts), because a supervisor or a
 * container runtime keeps a non-terminal stdout in its logs. Returns the file's path when it wrote one. A
 * file left from an earlier init is removed when the password goes to the terminal: it no longer works.
 */
export function deliverAdminPassword(plan: ScaffoldPlan, result: ScaffoldResult, toTerminal: boolean): string | undefined {
  const path = initialPasswordPath(resolvePaths(plan.config, plan.options.dir).dataDir);
  if (toTerminal) {
    rmSync(path, { force: true });
    return undefined;
  }
  writeFileAtomic(path, `${result.admin.password}\n`, 0o600);
  return path;
}

/**
 * The human summary init prints. The password appears here and nowhere else when it goes to the terminal;
 * with `passwordFile`, only that file's path is printed.
 */
export function describeScaffold(plan: ScaffoldPlan, result: ScaffoldResult, passwordFile?: string): string {
  const lines = [`wukf init: ${plan.options.dir}`, ...planLines(plan, 'done')];
  const backups = plan.files.filter((f) => f.backup !== undefined);
  if (backups.length > 0) lines.push(`  Backups keep the old files' modes; remove them once the new files work.`);
  const who = result.admin.existed ? 'Admin login (password reset)' : 'First admin login';
  if (passwordFile === undefined) {
    lines.push(
      '',
      `${who}. The password is shown only this once; only its scrypt hash is stored:`,
      `  username: ${result.admin.username}`,
      `  password: ${result.admin.password}`,
      '',
    );
  } else {
    lines.push(
      '',
      `${who}. Standard output is not a terminal, so the password is not printed (logs keep what is):`,
      `  username:      ${result.admin.username}`,
      `  password file: ${passwordFile}`,
      '  (mode 0600; wukf deletes it after the first login with that password, or when it is changed)',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
