// Monaco (about 3 MB of script) only where the definition editor is, loaded once on first use: every other page —
// the inbox above all — starts without parsing it. The order is BlazorMonaco's: its interop, Monaco's AMD loader,
// then the editor, which the loader completes from paths relative to vs/ (so these are not fingerprinted).
const scripts = [
  "_content/BlazorMonaco/jsInterop.js",
  "_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js",
  "_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js",
];
let loading;

function add(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(src, document.baseURI).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.body.appendChild(script);
  });
}

export function load() {
  loading ??= scripts.reduce((previous, src) => previous.then(() => add(src)), Promise.resolve());
  return loading;
}
