/*
 * The widget's CSS, inside its shadow root: the host page's rules do not reach in and these do not leak out.
 * `all: initial` on the host stops inherited properties (font, colour, line height) from coming in.
 * Colours keep 4.5:1 contrast for text; --accent may be set by data-color.
 */
export const CSS = `
:host{all:initial}
[hidden]{display:none!important}
*{box-sizing:border-box}
.root{--accent:#1a56db;--fg:#1f2328;--muted:#57606a;font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg)}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;background:var(--accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}
.left .launcher{right:auto;left:20px}
.launcher svg{width:28px;height:28px;fill:currentColor}
button:focus-visible,textarea:focus-visible,input:focus-visible,.log:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#b91c1c;color:#fff;font-size:12px;font-weight:700;line-height:22px;text-align:center}
.window{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:370px;height:560px;max-height:calc(100vh - 108px);background:#fff;border-radius:12px;box-shadow:0 10px 40px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden}
.left .window{right:auto;left:20px}
header{display:flex;align-items:center;gap:8px;padding:12px 12px 12px 16px;background:var(--accent);color:#fff}
h2{flex:1;margin:0;font-size:16px;font-weight:600}
h3{margin:0 0 4px;font-size:15px}
.icon-button{width:36px;height:36px;border:0;border-radius:8px;background:transparent;color:inherit;cursor:pointer;display:flex;align-items:center;justify-content:center}
.icon-button svg{width:20px;height:20px;stroke:currentColor;stroke-width:2.2;fill:none}
.send svg{fill:currentColor;stroke:none}
.status{padding:6px 16px;background:#f6f8fa;color:var(--muted);font-size:13px}
.status:empty{display:none}
.log{flex:1;overflow-y:auto;padding:12px 16px}
ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
li{max-width:82%;align-self:flex-start}
li.mine{align-self:flex-end;text-align:right}
li.system{align-self:center;max-width:100%;text-align:center;color:var(--muted);font-size:13px}
.bubble{display:inline-block;padding:8px 12px;border-radius:14px;background:#eef1f4;white-space:pre-wrap;overflow-wrap:anywhere;text-align:left}
.mine .bubble{background:var(--accent);color:#fff}
.meta{display:block;margin-top:2px;font-size:12px;color:var(--muted)}
.failed .meta{color:#b91c1c}
.older{display:block;margin:0 auto 12px;border:1px solid #d0d7de;border-radius:14px;background:#fff;color:var(--fg);padding:4px 12px;cursor:pointer;font:inherit}
.typing{min-height:20px;padding:0 16px;color:var(--muted);font-size:13px}
.compose{display:flex;gap:8px;align-items:flex-end;padding:8px 12px 12px;border-top:1px solid #d8dee4}
textarea,input{flex:1;width:100%;border:1px solid #8c959f;border-radius:8px;padding:8px 10px;font:inherit;color:var(--fg);background:#fff;resize:none}
.compose textarea{max-height:120px}
.send{background:var(--accent);color:#fff}
.leave{display:flex;flex-direction:column;gap:8px;padding:12px 16px;border-top:1px solid #d8dee4;background:#f6f8fa}
.leave p{margin:0;color:var(--muted)}
label{display:flex;flex-direction:column;gap:2px;font-size:13px;font-weight:600}
.submit{align-self:flex-end;border:0;border-radius:8px;padding:8px 14px;background:var(--accent);color:#fff;font:inherit;font-weight:600;cursor:pointer}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.window,.left .window{inset:0;width:100%;height:100%;max-height:none;border-radius:0}}
`;
