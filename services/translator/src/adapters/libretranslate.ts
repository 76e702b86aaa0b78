import { MtIntegrityError, MtPermanentError, maskTerms, unmaskTerms, type MaskedText, type TranslateFn, type TranslateRequest } from '@vitrine/localization';
import { requestJson, type FetchFn } from './http';

/**
 * Machine translation through LibreTranslate's HTTP API (https://docs.libretranslate.com/):
 * `GET /languages` → `[{code, name, targets}]`; `POST /translate` with `{q: string[], source, target, format,
 * api_key?}` → `{translatedText: string[]}`.
 *
 * Protected terms travel in `format: "html"` as `<span translate="no">term</span>`: LibreTranslate's HTML mode
 * (argos translate-html) leaves elements with `translate="no"` untranslated, and the engine still sees the term in
 * its sentence. HTML mode collapses runs of whitespace, so line breaks inside one text do not survive.
 */
export interface LibreTranslateConfig {
  /** Server root, e.g. "http://libretranslate:5000". */
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
}

/**
 * LibreTranslate spells some languages its own way, and the spelling changed across releases (Simplified Chinese
 * "zh" then "zh-Hans"; Brazilian Portuguese "pb", later "pt-BR"; older servers only "pt"). The first candidate the
 * server offers wins.
 */
const CODE_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  'zh-cn': ['zh-CN', 'zh-Hans', 'zh'],
  zh: ['zh-Hans', 'zh', 'zh-CN'],
  'zh-hans': ['zh-Hans', 'zh', 'zh-CN'],
  'pt-br': ['pt-BR', 'pb', 'pt'],
};

export function engineCode(tag: string, offered: readonly string[]): string | null {
  const lower = tag.trim().replace(/_/g, '-').toLowerCase();
  const byLower = new Map(offered.map((c) => [c.toLowerCase(), c]));
  const base = lower.split('-')[0]!;
  for (const c of [...(CODE_CANDIDATES[lower] ?? []), lower, base]) {
    const hit = byLower.get(c.toLowerCase());
    if (hit) return hit;
  }
  return null;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// Private-use sentinels mark a masked term while the text is escaped; they never reach the engine.
const sentinel = (i: number): string => `\ue000${i}\ue001`;
const noTranslate = (term: string): string => `<span translate="no">${escapeHtml(term)}</span>`;

/** The HTML sent for one text: escaped, protected terms wrapped in translate="no" spans. */
export function toEngineHtml(text: string, terms: readonly string[]): { html: string; slots: Array<{ token: string; term: string }> } {
  const m = maskTerms(text, terms, sentinel);
  let html = escapeHtml(m.masked);
  for (const s of m.slots) html = html.replace(s.token, () => noTranslate(s.term));
  return { html, slots: m.slots };
}

/**
 * The plain text of one translated HTML string. Each protected span is matched (attribute quoting and spacing as an
 * HTML serializer may write them) and turned back into its sentinel; unmaskTerms then demands every term exactly
 * once (MtIntegrityError otherwise). Any other markup the engine produced is dropped.
 */
export function fromEngineHtml(html: string, slots: MaskedText['slots']): string {
  let out = html;
  for (const s of slots) {
    const re = new RegExp(`<span\\s+translate\\s*=\\s*["']?no["']?\\s*>\\s*${escapeRegExp(escapeHtml(s.term))}\\s*</span>`);
    out = out.replace(re, s.token);
  }
  out = unescapeHtml(out.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return unmaskTerms(out, slots);
}

export function createLibreTranslator(cfg: LibreTranslateConfig, deps: { fetch?: FetchFn } = {}): TranslateFn {
  const root = cfg.baseUrl.replace(/\/+$/, '');
  const http = { timeoutMs: cfg.timeoutMs, fetch: deps.fetch, engine: 'LibreTranslate' };
  let languages: Promise<string[]> | null = null;
  const offered = (): Promise<string[]> =>
    (languages ??= requestJson('GET', `${root}/languages`, undefined, http).then(
      (list) => {
        if (!Array.isArray(list)) throw new MtPermanentError('LibreTranslate /languages did not answer a list');
        return list.map((l) => String((l as { code?: unknown }).code ?? '')).filter(Boolean);
      },
      (e: unknown) => {
        languages = null; // a server that was down may come back: ask again next time
        throw e;
      },
    ));

  return async (req: TranslateRequest): Promise<string[]> => {
    if (req.texts.length === 0) return [];
    const codes = await offered();
    const source = engineCode(req.from, codes);
    const target = engineCode(req.to, codes);
    if (!source || !target) {
      throw new MtPermanentError(`LibreTranslate at ${root} does not offer ${!source ? req.from : req.to} (it offers ${codes.join(', ')})`);
    }
    const prepared = req.texts.map((t) => toEngineHtml(t, req.protectedTerms));
    const body = { q: prepared.map((p) => p.html), source, target, format: 'html', ...(cfg.apiKey ? { api_key: cfg.apiKey } : {}) };
    const answer = await requestJson('POST', `${root}/translate`, body, http);
    let out = (answer as { translatedText?: unknown })?.translatedText;
    if (typeof out === 'string' && prepared.length === 1) out = [out]; // servers before batch support answer one string
    if (!Array.isArray(out) || !out.every((t) => typeof t === 'string')) throw new MtPermanentError('LibreTranslate answer lacks a translatedText array of strings');
    if (out.length !== prepared.length) throw new MtIntegrityError(`LibreTranslate returned ${out.length} texts for ${prepared.length}`);
    return out.map((t, i) => fromEngineHtml(t, prepared[i]!.slots));
  };
}
