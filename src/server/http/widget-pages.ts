import { createHash } from 'node:crypto';

/*
 * The pages wukf serves itself: / (what is running here) and /demo (the widget on a page, driven through its
 * JS API by /demo.js). No inline script: the pages' Content-Security-Policy allows scripts from wukf's own
 * origin only, and their one inline style by its hash.
 */

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:720px;padding:24px;color:#1f2328}
h1{font-size:28px}code{background:#f6f8fa;padding:1px 4px;border-radius:4px}a{color:#0b5cad}
.buttons{display:flex;flex-wrap:wrap;gap:8px}button{font:inherit;padding:8px 14px;border-radius:8px;border:1px solid #8c959f;background:#fff;color:#1f2328;cursor:pointer}
#log{font:13px/1.4 ui-monospace,monospace;background:#f6f8fa;padding:8px;min-height:4em;white-space:pre-wrap}`;

const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** For the HTML pages: nothing but wukf's own scripts and connections, the pages' own style, no framing. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  `style-src ${STYLE_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export function rootPage(version: string, ready: boolean): string {
  return page(
    'en',
    'wukf',
    `<main>
<h1>wukf ${version}</h1>
<p>A self-hosted customer-service server. State: <strong id="state">${ready ? 'ready' : 'starting'}</strong>.</p>
<ul>
<li><a href="/demo">/demo</a>: the web widget on a page, to try a conversation</li>
<li><a href="/health">/health</a>: liveness; <a href="/ready">/ready</a>: readiness</li>
<li><a href="/widget.js">/widget.js</a>: the widget script for your pages</li>
<li><a href="https://www.npmjs.com/package/wukf">Documentation</a>: installing, the widget tag, the protocol</li>
</ul>
</main>`,
  );
}

export type DemoLanguage = 'en' | 'zh-CN';

export function demoPage(language: DemoLanguage): string {
  const zh = language === 'zh-CN';
  return page(
    language,
    zh ? 'wukf 演示' : 'wukf demo',
    `<main>
<h1>${zh ? 'wukf 网页客服演示' : 'wukf widget demo'}</h1>
<p>${zh ? '右下角的按钮打开对话窗口。用 <code>wukf tui</code> 以客服身份回复。' : 'The button at the bottom right opens the chat. Answer as an agent with <code>wukf tui</code>.'}</p>
<p>${zh ? '本页的标签：' : 'The tag on this page:'} <code>&lt;script src="/widget.js" data-language="${language}" data-title-flash async&gt;&lt;/script&gt;</code></p>
<p><a href="/demo?lang=${zh ? 'en' : 'zh-CN'}" hreflang="${zh ? 'en' : 'zh-CN'}">${zh ? 'English' : 'zh-CN'}</a></p>
<h2>${zh ? 'JS 接口' : 'The JS API'}</h2>
<div class="buttons">
<button type="button" id="demo-open">wukf.open()</button>
<button type="button" id="demo-close">wukf.close()</button>
</div>
<h2>wukf.on('message')</h2>
<div id="log" role="log" aria-live="off"></div>
</main>
<script src="/widget.js" data-language="${language}" data-title-flash async></script>
<script src="/demo.js" defer></script>`,
  );
}

/** The demo page's buttons and message log, through window.wukf once the widget has loaded. */
export const DEMO_SCRIPT = `(function () {
  function ready(fn) {
    if (window.wukf) fn(window.wukf);
    else document.addEventListener('wukf:ready', function () { fn(window.wukf); }, { once: true });
  }
  ready(function (wukf) {
    document.getElementById('demo-open').addEventListener('click', function () { wukf.open(); });
    document.getElementById('demo-close').addEventListener('click', function () { wukf.close(); });
    var log = document.getElementById('log');
    wukf.on('message', function (m) { log.textContent += (m.mine ? 'you' : m.sender) + ' #' + m.seq + ': ' + m.text + '\\n'; });
  });
})();
`;
