/** What the host page asked for, read from the widget's <script> tag (docs/widget.md lists the attributes). */

export type Language = 'zh-CN' | 'en';

/** Fields the app's backend signs (docs/auth.md); absent for an anonymous visitor. */
export interface Identity {
  userId?: string;
  timestamp?: string;
  signature?: string;
  displayName?: string;
}

export interface WidgetConfig {
  /** Where wukf runs, as an origin: http(s)://host:port. */
  server: string;
  language: Language;
  group?: string;
  skills: string[];
  identity: Identity;
  position: 'left' | 'right';
  /** The accent colour; any CSS colour. */
  color?: string;
  title?: string;
  /** Alternate the page title while messages wait unread in a hidden tab. */
  titleFlash: boolean;
}

/** zh, zh-Hans, zh-TW … read Chinese; everything else English. */
export function pickLanguage(asked: string | undefined, browser: readonly string[]): Language {
  for (const tag of [asked, ...browser]) {
    if (!tag) continue;
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
    // An explicit attribute outside the two languages still decides: English.
    if (tag === asked) return 'en';
  }
  return 'en';
}

/**
 * A CSS colour from an attribute, or undefined. It only ever lands in a custom property through the CSSOM, so
 * the check keeps out what would break the declaration, not script.
 */
function colour(value: string | undefined): string | undefined {
  return value && /^[#\w(),.%\s-]{1,64}$/.test(value) ? value : undefined;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The configuration from the script's data attributes; `src` is the script's own URL (its origin is the default server). */
export function readConfig(data: DOMStringMap, src: string | undefined, browserLanguages: readonly string[]): WidgetConfig {
  const serverAttr = text(data.server);
  const base = serverAttr ?? src ?? location.href;
  const server = new URL(base, location.href).origin;
  return {
    server,
    language: pickLanguage(text(data.language ?? data.lang), browserLanguages),
    group: text(data.group),
    skills: (data.skills ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    identity: {
      userId: text(data.userId),
      timestamp: text(data.timestamp),
      signature: text(data.signature),
      displayName: text(data.displayName),
    },
    position: data.position === 'left' ? 'left' : 'right',
    color: colour(text(data.color ?? data.colour)),
    title: text(data.title),
    titleFlash: data.titleFlash !== undefined && data.titleFlash !== 'false',
  };
}
