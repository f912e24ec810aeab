// docs/first-run.md as it is assembled: numbered steps, each with prose and the commands as they were run.

/** Quotes an argument the way a POSIX shell would need it, and only when it needs it. */
export function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export class Doc {
  constructor(show) {
    this.show = show;
    this.parts = [];
    this.steps = 0;
  }

  text(markdown) {
    this.parts.push(`${markdown.trim()}\n`);
  }

  step(title, markdown = '') {
    this.steps += 1;
    this.parts.push(`## ${this.steps}. ${title}\n`);
    if (markdown) this.text(markdown);
    return this.steps;
  }

  /** A command and what it printed; output is trimmed to `maxLines` (head and tail kept). */
  shell(command, output = '', { maxLines = 40 } = {}) {
    let lines = this.show(output).replace(/\s+$/, '').split('\n');
    if (lines.length > maxLines) {
      const head = Math.ceil(maxLines * 0.6);
      const tail = maxLines - head;
      lines = [...lines.slice(0, head), `… (${lines.length - maxLines} lines trimmed)`, ...lines.slice(-tail)];
    }
    const body = lines.join('\n');
    this.parts.push(`\`\`\`console\n$ ${this.show(command)}${body ? `\n${body}` : ''}\n\`\`\`\n`);
  }

  /** A block shown as is (a file, a screen), after the same replacements as command output. */
  block(content, lang = 'text') {
    this.parts.push(`\`\`\`${lang}\n${this.show(content).replace(/\s+$/, '')}\n\`\`\`\n`);
  }

  render() {
    return `${this.parts.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
  }
}
