import type { ChatEntry } from './conversation-log.js';
import { h, icon, ICONS } from './dom.js';
import type { Strings } from './strings.js';

export interface WindowActions {
  send(text: string): void;
  typing(on: boolean): void;
  leave(name: string, contact: string, message: string): void;
  older(): void;
  close(): void;
}

/**
 * The chat window: a non-modal dialog with the messages as a live log (screen readers hear new messages,
 * not every change of a "read" mark), the queue and connection line, the typing line, the leave-a-message
 * form and the compose box. It renders what it is told and reports what the visitor does.
 */
export class ChatWindow {
  readonly el: HTMLElement;
  readonly input: HTMLTextAreaElement;
  private readonly list = h('ol');
  private readonly rows = new Map<string, HTMLLIElement>();
  private readonly statusLine = h('div', { class: 'status', role: 'status' });
  private readonly typingLine = h('div', { class: 'typing', 'aria-live': 'polite' });
  private readonly olderButton: HTMLButtonElement;
  private readonly leaveForm: HTMLFormElement;
  private readonly logBox: HTMLElement;

  constructor(
    private readonly s: Strings,
    title: string,
    actions: WindowActions,
  ) {
    const closeButton = h('button', { type: 'button', class: 'icon-button', 'aria-label': s.close }, icon(ICONS.close));
    closeButton.addEventListener('click', () => actions.close());
    this.olderButton = h('button', { type: 'button', class: 'older', hidden: true }, s.older);
    this.olderButton.addEventListener('click', () => actions.older());
    this.logBox = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': s.messages, tabindex: '0' }, this.olderButton, this.list);

    this.input = h('textarea', { id: 'wukf-input', rows: '1', placeholder: s.compose, maxlength: '2000' });
    const compose = h('form', { class: 'compose' }, h('label', { class: 'sr', for: 'wukf-input' }, s.compose), this.input, h('button', { type: 'submit', class: 'icon-button send', 'aria-label': s.send }, icon(ICONS.send)));
    const submit = () => {
      const text = this.input.value;
      this.input.value = '';
      actions.typing(false);
      actions.send(text);
    };
    compose.addEventListener('submit', (e) => (e.preventDefault(), submit()));
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) (e.preventDefault(), submit());
    });
    this.input.addEventListener('input', () => actions.typing(this.input.value.trim() !== ''));
    this.input.addEventListener('blur', () => actions.typing(false));

    const field = (label: string, control: HTMLInputElement | HTMLTextAreaElement) => h('label', {}, label, control);
    const name = h('input', { name: 'name', required: true, maxlength: '64', autocomplete: 'name' });
    const contact = h('input', { name: 'contact', required: true, maxlength: '128', autocomplete: 'email' });
    const message = h('textarea', { name: 'message', rows: '3', maxlength: '2000' });
    this.leaveForm = h(
      'form',
      { class: 'leave', hidden: true, 'aria-labelledby': 'wukf-leave-title' },
      h('h3', { id: 'wukf-leave-title' }, s.leaveTitle),
      h('p', {}, s.leaveIntro),
      field(s.name, name),
      field(s.contact, contact),
      field(s.message, message),
      h('button', { type: 'submit', class: 'submit' }, s.leaveSend),
    );
    this.leaveForm.addEventListener('submit', (e) => {
      e.preventDefault();
      actions.leave(name.value.trim(), contact.value.trim(), message.value.trim());
      this.leaveForm.reset();
      this.input.focus();
    });

    this.el = h(
      'section',
      { class: 'window', id: 'wukf-window', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'wukf-title', hidden: true },
      h('header', {}, h('h2', { id: 'wukf-title' }, title), closeButton),
      this.statusLine,
      this.logBox,
      this.typingLine,
      this.leaveForm,
      compose,
    );
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') (e.stopPropagation(), actions.close());
    });
  }

  /** Adds or updates a row, keeping the rows in seq order (unacknowledged ones last). */
  entry(entry: ChatEntry): void {
    const order = entry.seq > 0 ? entry.seq : Number.MAX_SAFE_INTEGER;
    let row = this.rows.get(entry.key);
    if (!row) {
      row = h('li');
      this.rows.set(entry.key, row);
    }
    row.className = entry.system ? 'system' : entry.mine ? `mine${entry.mark === 'failed' ? ' failed' : ''}` : 'theirs';
    row.dataset.seq = String(entry.seq);
    row.dataset.order = String(order);
    const s = this.s;
    if (entry.system) row.replaceChildren(entry.text);
    else {
      const who = h('span', { class: 'sr' }, `${entry.sender}: `);
      const mark = entry.mine && entry.mark ? h('span', { class: 'meta' }, { sending: s.sending, sent: s.sent, delivered: s.delivered, read: s.read, failed: s.failed }[entry.mark]) : '';
      row.replaceChildren(h('div', { class: 'bubble' }, who, entry.text), mark);
      if (!entry.mine) row.append(h('span', { class: 'meta', 'aria-hidden': 'true' }, entry.sender));
    }
    if (row.parentNode && this.inPlace(row, order)) return;
    const next = [...this.list.children].find((other) => other !== row && Number((other as HTMLElement).dataset.order) > order);
    const stick = this.logBox.scrollHeight - this.logBox.scrollTop - this.logBox.clientHeight < 40;
    this.list.insertBefore(row, next ?? null);
    if (stick || entry.mine) this.logBox.scrollTop = this.logBox.scrollHeight;
  }

  clear(): void {
    this.rows.clear();
    this.list.replaceChildren();
    this.olderButton.hidden = true;
  }

  more(hasMore: boolean): void {
    this.olderButton.hidden = !hasMore;
  }

  status(text: string): void {
    this.statusLine.textContent = text;
  }

  typing(text: string): void {
    this.typingLine.textContent = text;
  }

  /** Shows the leave-a-message form (nobody is available) or hides it. */
  offerLeaveMessage(show: boolean): void {
    this.leaveForm.hidden = !show;
  }

  get leaveShown(): boolean {
    return !this.leaveForm.hidden;
  }

  scrollToEnd(): void {
    this.logBox.scrollTop = this.logBox.scrollHeight;
  }

  private inPlace(row: HTMLLIElement, order: number): boolean {
    const before = row.previousElementSibling as HTMLElement | null;
    const after = row.nextElementSibling as HTMLElement | null;
    return (!before || Number(before.dataset.order) <= order) && (!after || Number(after.dataset.order) >= order);
  }
}
