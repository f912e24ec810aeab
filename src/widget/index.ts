/**
 * The web widget: one tag on any page,
 *
 *   <script src="https://chat.example.com/widget.js" data-language="en" async></script>
 *
 * and a chat launcher appears. Attributes and the window.wukf API: docs/widget.md.
 */
import { readConfig, type Identity } from './config.js';
import type { WidgetEvents } from './widget.js';
import { Widget } from './widget.js';

export interface WukfApi {
  open(): void;
  close(): void;
  /** Chat as a visitor your backend signed for (docs/auth.md), or set the display name of an anonymous one. */
  identify(identity: Identity): void;
  /** 'message' (every new text message, the visitor's own included), 'open', 'close', 'unread' (count). Returns a function that removes the listener. */
  on<K extends keyof WidgetEvents>(event: K, listener: (payload: WidgetEvents[K]) => void): () => void;
}

declare global {
  interface Window {
    wukf?: WukfApi;
  }
}

function install(script: HTMLScriptElement | null): void {
  if (window.wukf) return; // the tag twice on one page: one widget
  const config = readConfig(script?.dataset ?? {}, script?.src, navigator.languages ?? [navigator.language]);
  const widget = new Widget(config);
  window.wukf = {
    open: () => widget.open(),
    close: () => widget.close(),
    identify: (identity) => widget.identify(identity),
    on: (event, listener) => widget.on(event, listener as never),
  };
  // Scripts that load before or after this one (async) wait for this event when window.wukf is not there yet.
  document.dispatchEvent(new CustomEvent('wukf:ready'));
  const mount = () => widget.mount(document.body);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

// currentScript is only set while the tag itself runs (async included), not in callbacks.
install(document.currentScript as HTMLScriptElement | null);
