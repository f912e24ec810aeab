import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/* Reading the files a release is judged by: Markdown links, a Dockerfile, a .dockerignore. */

/** Relative link targets of a Markdown text (inline links and images), without their #fragments. */
export function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const links: string[] = [];
  for (const match of withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('/')) continue;
    links.push(decodeURI(target.replace(/#.*$/, '')));
  }
  return links;
}

export interface DockerfileStage {
  /** What follows FROM, e.g. "node:20-bookworm-slim AS build". */
  from: string;
  instructions: { instruction: string; args: string }[];
}

/** A Dockerfile's stages and instructions: comments dropped, backslash continuations joined. */
export function dockerfileInstructions(text: string): DockerfileStage[] {
  const logical: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (pending === '' && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(`${pending}${line.trim()}`);
    pending = '';
  }
  const stages: DockerfileStage[] = [];
  for (const line of logical) {
    const [, instruction, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (instruction!.toUpperCase() === 'FROM') stages.push({ from: args!, instructions: [] });
    else {
      if (stages.length === 0) throw new Error(`instruction before FROM: ${line}`);
      stages.at(-1)!.instructions.push({ instruction: instruction!.toUpperCase(), args: args! });
    }
  }
  return stages;
}

/**
 * Which top-level entries of a build context a .dockerignore lets through. Only the allow-list form is
 * understood (`*`, then `!name` or `!name/` lines); anything else is an error, so a change of form is noticed.
 */
export function dockerignoreAllows(text: string): (entry: string) => boolean {
  const rules = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (rules[0] !== '*') throw new Error(`expected the allow-list form starting with "*", got ${JSON.stringify(rules[0])}`);
  const allowed = new Set<string>();
  for (const rule of rules.slice(1)) {
    const match = /^!([^/*?[\]]+)\/?$/.exec(rule);
    if (!match) throw new Error(`not an allow-list rule: ${rule}`);
    allowed.add(match[1]!);
  }
  return (entry) => allowed.has(entry);
}

/** Every package under a node_modules directory, nested ones included, as name@version. */
export function installedPackages(nodeModules: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      try {
        const { name, version } = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { name: string; version: string };
        found.push(`${name}@${version}`);
      } catch {
        continue;
      }
      visit(join(path, 'node_modules'));
    }
  };
  visit(nodeModules);
  return found;
}
