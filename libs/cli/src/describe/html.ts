import type { Attribute, DescriptionPublished, LocalizedContent } from '@vitrine/contracts';

export interface PreviewProduct {
  /** The DescriptionPublished-shaped record written to products/<productId>.json. */
  product: DescriptionPublished;
  /** Where the image came from (path or URL), as the user named it. */
  source: string;
  /** A data: URL of a small JPEG thumbnail, or null when none could be made. */
  thumbnail: string | null;
}

export interface PreviewFailure {
  source: string;
  stage: string;
  reason: string;
}

export interface PreviewInput {
  products: PreviewProduct[];
  failures: PreviewFailure[];
  /** Locales in switcher order; the first is shown first. */
  locales: string[];
  generatedAt: Date;
}

const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const pct = (c: number) => `${Math.round(c * 100)}%`;

/** A whole, self-contained page: inline CSS and script, images as data: URLs, nothing fetched from anywhere. */
export function renderPreview(input: PreviewInput): string {
  const first = input.locales[0] ?? 'en';
  const options = input.locales.map((l) => `<option value="${esc(l)}"${l === first ? ' selected' : ''}>${esc(l)}</option>`).join('');
  const cards = input.products.map((p) => card(p, input.locales, first)).join('\n');
  const failures = input.failures.length
    ? `<section class="failures"><h2>Not described (${input.failures.length})</h2><ul>${input.failures
        .map((f) => `<li><code>${esc(f.source)}</code> — ${esc(f.stage)}: ${esc(f.reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="${esc(first)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Vitrine preview — ${input.products.length} product(s)</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1d1d1f}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;display:flex;gap:16px;align-items:center;z-index:1}
header h1{font-size:18px;margin:0;flex:1}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px;padding:16px 20px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px #0002;overflow:hidden;display:flex;flex-direction:column}
.card img{width:100%;height:240px;object-fit:contain;background:#fafafa}
.card .body{padding:12px 14px}
.card h2{font-size:16px;margin:0 0 6px}
.pid{color:#666;font-size:12px}
.verdict{display:inline-block;border-radius:4px;padding:1px 6px;font-size:12px;font-weight:600}
.verdict.approved{background:#d7f5dd;color:#145a24}.verdict.needs_review{background:#fff1c2;color:#6b4d00}.verdict.rejected{background:#ffd9d6;color:#7a1209}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin-top:8px}
td,th{text-align:left;padding:2px 4px;border-top:1px solid #eee;vertical-align:top}
.src{color:#555;font-size:11.5px;white-space:nowrap}
ul{padding-left:18px;margin:6px 0}
.failures{margin:0 20px 20px;background:#fff;border-radius:10px;padding:10px 16px}
.reasons{font-size:12px;color:#6b4d00}
[hidden]{display:none!important}
</style>
</head>
<body>
<header><h1>Vitrine preview — ${input.products.length} product(s)${input.failures.length ? `, ${input.failures.length} not described` : ''}</h1>
<label>Locale <select id="locale">${options}</select></label></header>
<main>
${cards}
</main>
${failures}
<footer style="padding:0 20px 20px;color:#777;font-size:12px">Generated ${esc(input.generatedAt.toISOString())} by <code>vitrine describe</code>. Attribute sources: ocr = text read on the image, color = measured colour, hint = supplier's category hint, rule = keyword rule over the text, vlm = vision-language model.</footer>
<script>
(function(){
  var select=document.getElementById('locale');
  function show(l){
    document.documentElement.lang=l;
    var els=document.querySelectorAll('[data-l]');
    for(var i=0;i<els.length;i++){els[i].hidden=els[i].getAttribute('data-l')!==l;}
  }
  select.addEventListener('change',function(){show(select.value);});
  show(select.value);
})();
</script>
</body>
</html>
`;
}

function card(p: PreviewProduct, locales: string[], first: string): string {
  const d = p.product.description;
  const byLocale = new Map(p.product.locales.map((l) => [l.locale, l]));
  const perLocale = (render: (l: LocalizedContent) => string, tag = 'div') =>
    locales
      .map((code) => {
        const l = byLocale.get(code);
        return `<${tag} data-l="${esc(code)}" lang="${esc(code)}"${code === first ? '' : ' hidden'}>${l ? render(l) : `<em>no ${esc(code)} rendering</em>`}</${tag}>`;
      })
      .join('');
  const label = (code: string) => perLocale((l) => esc(l.attributeLabels[code] ?? code), 'span');
  const attrRow = (name: string, attrs: Attribute[]) =>
    attrs.length ? `<tr><th>${name}</th><td>${attrs.map((a) => `${label(a.code)} <span class="src">(${esc(a.code)}; ${esc(a.source)} ${pct(a.confidence)})</span>`).join('<br>')}</td></tr>` : '';
  const status = p.product.moderation.status;
  return `<article class="card" data-product="${esc(p.product.productId)}">
${p.thumbnail ? `<img alt="${esc(p.product.productId)}" src="${p.thumbnail}">` : ''}
<div class="body">
${perLocale((l) => esc(l.title), 'h2').replace(/<h2 /g, '<h2 class="title" ')}
<div class="pid">${esc(p.product.productId)} · <code>${esc(p.source)}</code></div>
<div><span class="verdict ${esc(status)}">${esc(status.replace('_', ' '))}</span> <span class="src">policy ${esc(p.product.moderation.policyVersion)} · ${esc(p.product.modelId)} ${esc(p.product.modelVersion)}</span></div>
${p.product.moderation.reasons.length ? `<div class="reasons">${p.product.moderation.reasons.map(esc).join('<br>')}</div>` : ''}
${perLocale((l) => `<ul>${l.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul><p>${esc(l.longDescription)}</p>`)}
<table>
${d.category ? attrRow('category', [d.category]) : ''}
${attrRow('colours', d.colors)}${attrRow('materials', d.materials)}${attrRow('styles', d.styles)}${attrRow('use scenes', d.useScenes)}${attrRow('features', d.features)}
${d.attributes.map((a) => `<tr><th>${esc(a.name)}</th><td>${esc(a.value)}${a.unit ? ` ${esc(a.unit)}` : ''} <span class="src">(${esc(a.source)} ${pct(a.confidence)})</span></td></tr>`).join('')}
${d.printedText.length ? `<tr><th>printed text</th><td>${d.printedText.map((t) => `“${esc(t.text)}” <span class="src">(ocr ${pct(t.confidence)}${t.language ? `, ${esc(t.language)}` : ''})</span>`).join('<br>')}</td></tr>` : ''}
</table>
</div>
</article>`;
}
