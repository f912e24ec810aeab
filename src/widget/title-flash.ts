/** Alternates the page title with "(n) New message" while the tab is hidden, so the visitor notices a reply. */
export class TitleFlash {
  private timer: ReturnType<typeof setInterval> | undefined;
  private original = '';

  constructor(private readonly label: string) {}

  start(unread: number): void {
    this.stop();
    this.original = document.title;
    let on = false;
    this.timer = setInterval(() => {
      on = !on;
      document.title = on ? `(${unread}) ${this.label}` : this.original;
    }, 1000);
  }

  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    document.title = this.original;
  }
}
