import { Emitter } from '../client/index.js';
import { ChatSession, type Phase, type PublicMessage, type QueueInfo } from './chat-session.js';
import { ChatWindow } from './chat-window.js';
import type { Identity, WidgetConfig } from './config.js';
import { h, icon, ICONS } from './dom.js';
import { stringsFor, type Strings } from './strings.js';
import { CSS } from './styles.js';
import { TitleFlash } from './title-flash.js';

export interface WidgetEvents {
  message: PublicMessage;
  open: void;
  close: void;
  unread: number;
}

/**
 * The launcher and the chat window in a shadow root of their own, driven by a ChatSession. The session
 * connects at once when the visitor already has a conversation (so the unread badge is right after a reload),
 * otherwise when the window is first opened: a page view alone costs no token and no connection.
 */
export class Widget extends Emitter<WidgetEvents> {
  private readonly s: Strings;
  private readonly launcher: HTMLButtonElement;
  private readonly badge = h('span', { class: 'badge', 'aria-hidden': 'true', hidden: true });
  private readonly window: ChatWindow;
  private readonly flash: TitleFlash;
  private session!: ChatSession;
  private started = false;
  private opened = false;
  private unread = 0;
  private phase: Phase = 'none';
  private connection = 'connecting';
  private queue: QueueInfo | undefined;
  private messageLeft = false;
  private refused = false;

  constructor(private readonly config: WidgetConfig) {
    super();
    this.s = stringsFor(config.language);
    const s = this.s;
    this.flash = new TitleFlash(s.newMessage);
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-label': s.open, 'aria-expanded': 'false', 'aria-controls': 'wukf-window', 'aria-haspopup': 'dialog' }, icon(ICONS.chat), this.badge);
    this.launcher.addEventListener('click', () => (this.opened ? this.close() : this.open()));
    this.window = new ChatWindow(s, config.title ?? s.title, {
      send: (text) => void this.session.send(text),
      typing: (on) => this.session.typing(on),
      leave: (name, contact, message) => {
        this.messageLeft = true;
        this.renderStatus();
        void this.session.send(s.leaveMessage(name, contact, message));
      },
      older: () => void this.session.loadOlder().catch(() => undefined),
      close: () => this.close(),
    });
    this.newSession();
  }

  /** Puts the widget on the page, in a shadow root under its own host element. */
  mount(parent: HTMLElement): void {
    const host = h('div', { 'data-wukf-widget': '' });
    const shadow = host.attachShadow({ mode: 'open' });
    const root = h('div', { class: `root ${this.config.position}`, lang: this.config.language }, this.launcher, this.window.el);
    if (this.config.color) root.style.setProperty('--accent', this.config.color);
    // A constructed sheet is not an inline <style>, so a host page's CSP without 'unsafe-inline' styles allows it.
    if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } else shadow.append(h('style', {}, CSS));
    shadow.append(root);
    parent.append(host);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.flash.stop();
      this.readIfSeen();
    });
  }

  open(): void {
    this.start();
    if (this.opened) return;
    this.opened = true;
    this.window.el.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    this.window.scrollToEnd();
    this.window.input.focus();
    this.readIfSeen();
    this.emit('open');
  }

  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.window.el.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
    this.emit('close');
  }

  /** Another visitor (or the same with a name): a new user id starts a new session and conversation view. */
  identify(identity: Identity): void {
    const before = this.config.identity.userId;
    this.config.identity = { ...identity };
    if (identity.userId === before && !this.refused) return;
    void this.session.stop();
    this.window.clear();
    this.started = false;
    this.newSession();
    if (this.opened) this.start();
  }

  private newSession(): void {
    const session = new ChatSession(this.config, this.s);
    this.session = session;
    this.refused = false;
    const mine = <T>(fn: (value: T) => void) => (value: T) => {
      if (this.session === session) fn(value);
    };
    session.on('entry', mine((entry) => this.window.entry(entry)));
    session.on('reset', () => this.session === session && this.window.clear());
    session.on('more', mine((more) => this.window.more(more)));
    session.on('typing', mine((name) => this.window.typing(name ? this.s.typing(name) : '')));
    session.on('message', mine((m) => {
      this.emit('message', m);
      if (!m.mine) this.readIfSeen();
    }));
    session.on('unread', mine((n) => this.setUnread(n)));
    session.on('phase', mine((phase) => ((this.phase = phase), this.renderStatus())));
    session.on('queue', mine((queue) => ((this.queue = queue), this.renderStatus())));
    session.on('connection', mine((state) => ((this.connection = state), this.renderStatus())));
    session.on('refused', mine(() => ((this.refused = true), this.renderStatus())));
    if (session.conversationId) this.start();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.session.start();
  }

  private renderStatus(): void {
    const s = this.s;
    // The thanks for a message left stand while the conversation waits; whoever takes it has read it.
    if (this.phase !== 'queued') this.messageLeft = false;
    const q = this.phase === 'queued' ? this.queue : undefined;
    const leave = Boolean(q?.nobodyAvailable) && !this.messageLeft;
    const focusLeave = leave && !this.window.leaveShown;
    this.window.offerLeaveMessage(leave);
    if (this.refused) this.window.status(s.refused);
    else if (this.connection === 'connecting') this.window.status(s.connecting);
    else if (this.connection === 'reconnecting') this.window.status(s.offline);
    else if (this.messageLeft) this.window.status(s.leaveThanks);
    else if (q && !q.nobodyAvailable) this.window.status(s.queue(q.position, Math.max(1, Math.round(q.waitS / 60))));
    else this.window.status('');
    if (focusLeave && this.opened) this.window.el.querySelector<HTMLInputElement>('.leave input')?.focus();
  }

  private setUnread(n: number): void {
    const grew = n > this.unread;
    this.unread = n;
    this.badge.hidden = n === 0;
    this.badge.textContent = n > 99 ? '99+' : String(n);
    this.launcher.setAttribute('aria-label', n > 0 ? `${this.s.open}, ${this.s.unread(n)}` : this.s.open);
    if (grew && this.config.titleFlash && document.visibilityState === 'hidden') this.flash.start(n);
    if (n === 0) this.flash.stop();
    this.emit('unread', n);
  }

  /** A message counts as read when the window is open on a visible page. */
  private readIfSeen(): void {
    if (this.opened && document.visibilityState === 'visible') this.session.markRead();
  }
}
