//! The HTML document of one route: its head (base, CSP with the loader's hash, title, icons,
//! stylesheet), the prerendered body and the one inline loader script.

use std::fmt::Write as _;

use base64::Engine as _;
use night_cramps::routes::Route;
use sha2::{Digest, Sha256};

use super::Assets;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The app's icon, written into each page's head as a `data:` URL: it is drawn without a request,
/// and no favicon download starts before the first paint and competes with it on a slow network.
/// The file itself stays for the manifest.
const ICON: &str = include_str!("../../../static/icons/icon.svg");

/// An SVG as a `data:` URL: only the characters a URL or the attribute cannot hold are escaped.
fn svg_data_url(svg: &str) -> String {
    let body = svg
        .trim()
        .replace('"', "'")
        .replace('%', "%25")
        .replace('#', "%23")
        .replace('<', "%3C")
        .replace('>', "%3E");
    format!("data:image/svg+xml,{body}")
}

fn sha256_b64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// The one inline script of every page: it loads the page's bundle and looks after the page
/// until the bundle is live. `__JS__` and `__WASM__` become the bundle's files, relative to
/// `<base href>` (the app root, at any depth and any sub-path).
///
/// - Loading: the JS and wasm are fetched only once the browser reports the first contentful
///   paint (a `paint` entry; without Paint Timing, after the first frame), and nothing preloads
///   them: on a slow phone network they would otherwise share the bandwidth with the stylesheet
///   and hold back the first paint, and their instantiation could run before it. A frame is not
///   enough: it is shown some milliseconds after its callbacks run, and a download that ends
///   before the paint is shown counts against it in Lighthouse's simulation (BENCHMARKS.md). A
///   hidden page paints nothing: it starts at once, or when it is hidden, or after 3 s at the
///   latest, so a page never waits on a paint that is not coming. Both start together, and the wasm
///   is compiled as it arrives (`compileStreaming`; the glue accepts the pending module), so the
///   engine's work on its bytes is done in the tasks that receive them. A server that does not
///   label it `application/wasm` makes compileStreaming fail: the wasm is then fetched again
///   and compiled whole.
/// - Early taps: until the page is live, a tap on a button inside an island would be lost (or,
///   in a form, submit it the old-fashioned way): the loader holds such taps, and
///   `browser::mark_hydrated` replays them. Links and native disclosures work without the app.
///   A tap held for 8 s while the code is still on its way shows a note that it is loading.
/// - Failure: when the code cannot run (no WebAssembly, a bundle that does not arrive or does
///   not compile, a wasm trap, which is what a panic is in a release bundle: see xtask's
///   `smallest_wasm`, or an island that cannot find its markup in a page a translation tool
///   rewrote: `hydrate::BROKEN`), a note before each interactive island says so and offers a
///   reload, and held taps are released.
///   The prerendered page stays as it is: everything to read, and every link, still works.
const LOADER: &str = concat!(
    "const early=[];window.ncEarlyClicks=early;const root=document.documentElement;let stopped=false,slow=0;",
    "const say={",
    "load:\"This part of the page could not load, so its buttons will not work. Check your connection, then reload the page. Everything you can read here still works.\",",
    "old:\"This browser cannot run this part of the page, so its buttons will not work. An up-to-date browser can. Everything you can read here still works.\",",
    "crash:\"Something went wrong in this part of the page, so its buttons stopped working. Reload the page to try again. What you saved on this device is kept.\",",
    "slow:\"This part of the page is still loading. If nothing happens, check your connection and reload the page.\"};",
    "const note=(text)=>{document.querySelectorAll(\".load-note\").forEach((n)=>n.remove());let first=true;",
    "for(const island of document.querySelectorAll(\".island\")){if(!island.firstElementChild)continue;",
    "const box=document.createElement(\"div\");box.className=\"load-note no-print\";first&&box.setAttribute(\"role\",\"alert\");first=false;",
    "const p=document.createElement(\"p\");p.textContent=text;const b=document.createElement(\"button\");b.type=\"button\";",
    "b.textContent=\"Reload page\";b.onclick=()=>location.reload();box.append(p,b);island.before(box)}};",
    "const hold=(e)=>{const b=e.target.closest&&e.target.closest(\".island button\");",
    "if(b&&!stopped&&!root.dataset.hydrated){e.preventDefault();e.stopPropagation();early.includes(b)||early.push(b);",
    "slow||(slow=setTimeout(()=>root.dataset.hydrated||stopped||note(say.slow),8000))}};",
    "addEventListener(\"click\",hold,true);",
    "new MutationObserver((m,o)=>{if(root.dataset.hydrated){o.disconnect();clearTimeout(slow);",
    "stopped||document.querySelectorAll(\".load-note\").forEach((n)=>n.remove())}}).observe(root,{attributeFilter:[\"data-hydrated\"]});",
    "const fail=(why)=>{if(stopped)return;stopped=true;clearTimeout(slow);",
    "removeEventListener(\"click\",hold,true);early.length=0;note(say[why]||say.crash)};",
    "const trap=(e)=>typeof WebAssembly==\"object\"&&(e.error||e.reason)instanceof WebAssembly.RuntimeError&&fail(\"crash\");",
    "addEventListener(\"error\",trap);addEventListener(\"unhandledrejection\",trap);addEventListener(\"nc-broken\",()=>fail(\"crash\"));",
    "const start=()=>{if(typeof WebAssembly!=\"object\"){fail(\"old\");return}const u=\"./__WASM__\";",
    "const whole=()=>fetch(u).then((r)=>{if(!r.ok)throw Error(r.status);return r.arrayBuffer()}).then((b)=>WebAssembly.compile(b));",
    "const wasm=WebAssembly.compileStreaming?WebAssembly.compileStreaming(fetch(u)).catch(whole):whole();",
    "import(\"./__JS__\").then((app)=>app.default({module_or_path:wasm})).catch(()=>fail(\"load\"))};",
    "let begun=false;const begin=()=>{begun||(begun=true,start())};const P=window.PerformanceObserver;",
    "if(document.visibilityState===\"hidden\")begin();",
    "else if(P&&(P.supportedEntryTypes||[]).includes(\"paint\")){addEventListener(\"visibilitychange\",begin);setTimeout(begin,3000);",
    "new P((l,o)=>{l.getEntriesByName(\"first-contentful-paint\").length&&(o.disconnect(),begin())}).observe({type:\"paint\",buffered:true})}",
    "else requestAnimationFrame(()=>setTimeout(begin));",
);

/// The whole HTML document for one route.
pub(crate) fn page(route: &Route, base: &str, assets: &Assets, body: &str) -> String {
    let (title, description) = route.meta();
    let base = if base.is_empty() { "./" } else { base };
    let bundle = assets.of(route.bundle());
    let loader = LOADER
        .replace("__JS__", &bundle.js)
        .replace("__WASM__", &bundle.wasm);
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        hash = sha256_b64(&loader)
    );
    let mut html = String::with_capacity(body.len() + 2048);
    let _ = write!(
        html,
        r##"<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<base href="{base}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<meta name="description" content="{description}">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#f4f6f8">
<meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0f1720">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="{icon}" type="image/svg+xml">
<link rel="apple-touch-icon" href="icons/apple-touch-icon.png">
<link rel="stylesheet" href="{css}">
</head>
<body>
<div id="app">{body}</div>
<script type="module">{loader}</script>
</body>
</html>
"##,
        base = escape(base),
        csp = escape(&csp),
        title = escape(&title),
        description = escape(&description),
        css = assets.css,
        icon = escape(&svg_data_url(ICON)),
    );
    html
}
