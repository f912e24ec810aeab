import YAML from 'yaml';
import { configSpec, type Config, type KeySpec, type SectionSpec } from './spec.js';

function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One line of YAML for a value: lists in flow style ("[ a, b ]") so they fit after "key: " and in a comment. */
function scalar(value: unknown): string {
  return YAML.stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
}

function renderSection(node: SectionSpec, values: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [name, child] of Object.entries(node.keys)) {
    out.push('');
    const value = values[name];
    if (child.kind === 'section') {
      for (const l of wrap(child.doc)) out.push(`${indent}# ${l}`);
      out.push(`${indent}${name}:`);
      renderSection(child, (value ?? {}) as Record<string, unknown>, `${indent}  `, out);
    } else {
      renderKey(name, child, value, indent, out);
    }
  }
}

function renderKey(name: string, spec: KeySpec, value: unknown, indent: string, out: string[]): void {
  for (const l of wrap(spec.doc)) out.push(`${indent}# ${l}`);
  const meta = [`default: ${scalar(spec.default)}`];
  if (spec.env) meta.push(`environment override: ${spec.env}`);
  out.push(`${indent}# (${meta.join('; ')})`);
  out.push(`${indent}${name}: ${scalar(value ?? spec.default)}`);
}

/** Renders a complete wukf.yaml with every key commented, holding the given values. */
export function renderConfig(values: Config, header: string[] = []): string {
  const out: string[] = [...header.map((l) => `# ${l}`)];
  for (const l of wrap(configSpec.doc)) out.push(`# ${l}`);
  out.push('# Every key is optional; a key left out takes the default shown. `wukf doctor` checks this file.');
  renderSection(configSpec, values as unknown as Record<string, unknown>, '', out);
  return `${out.join('\n')}\n`;
}
