// What the search page understands of a query, without the page: pure functions, tested with
// Node's test runner (tests/unit/searchwords.test.mjs, run by tests/unit/test_searchwords.py).
//
// Vietnamese words are runs of syllables ("công an", "Hà Nội"). The index holds every two
// adjacent syllables of a page, folded and joined into one token (bantin/site/search/words.py, which
// `pairQuery` must agree with), so a query of several syllables is searched as its pairs first.
// The page then ranks what it found by the phrase itself: its spelling, the headline, the lead.

export const PREFIX = "qq"; // bantin.site.search.words.PREFIX
const CLAUSE = /\p{L}+(?:\s+\p{L}+)*/gu;
const LETTERS = /\p{L}+/gu;
const WORDS = /[\p{L}\p{N}]+/gu; // "G20" is one word to find and mark, though no pair holds it
const TONE = "\u0300\u0301\u0303\u0309\u0323";
// New-style tone placement (hoà, thuỷ) to the old style our articles are stored in (hòa, thủy).
const OA_OE = new RegExp(`o([ae])([${TONE}])(?![\\p{L}\\p{M}])`, "gu");
const UY = new RegExp(`(^|[^q])u(y)([${TONE}])(?![\\p{L}\\p{M}])`, "giu");

/** A syllable (or any text) without diacritics, lowercase, đ → d. */
export function fold(text) {
  return text
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
}

/** Lowercase NFC with old-style tones: two spellings of one word compare equal. */
export function spelling(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(OA_OE, (_, vowel, tone) => `o${tone}${vowel}`)
    .replace(UY, (_, before, y, tone) => `${before}u${tone}${y}`)
    .normalize("NFC");
}

/** Whether the reader typed any diacritic (or đ): then the exact spelling counts. */
export function hasDiacritics(text) {
  return /[đĐ]/.test(text) || /\p{M}/u.test(text.normalize("NFD"));
}

/** The words of a query (letters and digits), in order. */
export function words(query) {
  return query.normalize("NFC").match(WORDS) || [];
}

/** The pair tokens of a text, as the index holds them: pairs never cross punctuation. */
export function pairTokens(text) {
  const tokens = [];
  for (const clause of text.normalize("NFC").match(CLAUSE) || []) {
    const folded = clause.match(LETTERS).map(fold);
    for (let i = 0; i + 1 < folded.length; i++) tokens.push(PREFIX + folded[i] + folded[i + 1]);
  }
  return tokens;
}

/** The Pagefind query for the phrase of a query of several syllables; null for one syllable.
 * `common`: pairs the index leaves out as most pages hold them (pagefind/parts.json), left out
 * of the query too, since Pagefind finds only pages holding every term; null when all are. */
export function pairQuery(query, common = new Set()) {
  const tokens = [...new Set(pairTokens(query))].filter((token) => !common.has(token));
  return tokens.length ? tokens.join(" ") : null;
}

/** Every spelling of the query where a word typed with d/D may mean đ/Đ (at most `max`). */
export function variants(query, max = 16) {
  let results = [""];
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const options = /^[dD]/.test(word) ? [word, (word[0] === "D" ? "Đ" : "đ") + word.slice(1)] : [word];
    results = results.flatMap((head) => options.map((w) => (head ? head + " " + w : w)));
    if (results.length > max) results = results.slice(0, max);
  }
  return results.filter(Boolean);
}

/** Where `text` holds the query's words in a row, whole words, separated by spaces only:
 * [{start, end, form}], `form` the spelling found (see `spelling`). */
export function occurrences(text, queryWords) {
  const want = queryWords.map(fold);
  if (!want.length) return [];
  const found = [...text.matchAll(WORDS)];
  const out = [];
  for (let i = 0; i + want.length <= found.length; i++) {
    let k = 0;
    while (k < want.length && fold(found[i + k][0]) === want[k]) {
      if (k > 0) {
        const gap = text.slice(found[i + k - 1].index + found[i + k - 1][0].length, found[i + k].index);
        if (!/^\s+$/.test(gap)) break;
      }
      k++;
    }
    if (k === want.length) {
      const last = found[i + k - 1];
      const start = found[i].index;
      const end = last.index + last[0].length;
      out.push({ start, end, form: spelling(text.slice(start, end)).replace(/\s+/g, " ") });
    }
  }
  return out;
}

/** The spelling the reader means: as typed when typed with diacritics; else the name of the
 * entity the query names (`names`: "lao" is Lào); else the one most pages found hold (the
 * neighbouring syllables decide: "dang vien" is mostly "đảng viên"). */
export function intendedForm(query, pagesForms, names = []) {
  if (hasDiacritics(query)) return spelling(words(query).join(" "));
  const wanted = words(query).map(fold).join(" ");
  const named = names.find((name) => words(name).map(fold).join(" ") === wanted);
  if (named) return spelling(words(named).join(" "));
  const pages = new Map();
  for (const forms of pagesForms) {
    for (const form of new Set(forms)) pages.set(form, (pages.get(form) || 0) + 1);
  }
  let best = null;
  for (const [form, count] of pages) {
    if (best === null || count > pages.get(best) || (count === pages.get(best) && form < best)) best = form;
  }
  return best;
}

/** Order pages for a query. Each page: {title, content, lead, score} (lead: the text of its
 * first paragraph, or "" when unknown; score: Pagefind's, only as a tie-break); `names`: names
 * of the entities the query names. Returns the pages sorted, each with `occurrences`,
 * `intended` (the spelling meant) and `key`. */
export function rank(query, pages, names = []) {
  const queryWords = words(query);
  const seen = pages.map((page) => ({
    page,
    inText: occurrences(page.content, queryWords),
    inTitle: occurrences(page.title || "", queryWords),
    inLead: occurrences(page.lead || "", queryWords),
  }));
  const intended = intendedForm(
    query,
    seen.map((s) => s.inText.concat(s.inTitle).map((o) => o.form)),
    names,
  );
  const has = (list) => list.some((o) => o.form === intended);
  for (const s of seen) {
    const exact = s.inText.filter((o) => o.form === intended).length;
    s.key = [
      s.inText.length || s.inTitle.length ? 1 : 0, // holds the phrase at all
      has(s.inText) || has(s.inTitle) ? 1 : 0, // as the reader means it
      has(s.inTitle) ? 2 : s.inTitle.length ? 1 : 0, // in the headline
      has(s.inLead) ? 2 : s.inLead.length ? 1 : 0, // in the lead
      exact / (exact + 2), // how often, saturating
      s.page.score || 0,
    ];
  }
  seen.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i] - a.key[i];
    return 0;
  });
  return seen.map((s) => ({ ...s.page, occurrences: s.inText, intended, key: s.key }));
}

/** An excerpt of `content` around the phrase (or the query's words, when the page does not
 * hold the phrase): [{text, mark}] pieces, marks on whole words only. */
export function excerpt(content, query, { intended = null, length = 32 } = {}) {
  const queryWords = words(query);
  let spans = occurrences(content, queryWords);
  if (!spans.length) {
    const want = new Set(queryWords.map(fold));
    spans = [...content.matchAll(WORDS)]
      .filter((m) => want.has(fold(m[0])))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, form: spelling(m[0]) }));
  }
  const all = [...content.matchAll(/\S+/g)];
  if (!all.length) return [];
  const centre = spans.find((s) => s.form === intended) || spans[0];
  let first = 0;
  if (centre) {
    const at = all.findIndex((m) => m.index + m[0].length > centre.start);
    first = Math.max(0, at - Math.floor(length / 3));
  }
  const last = Math.min(all.length, first + length);
  const from = all[first].index;
  const to = all[last - 1].index + all[last - 1][0].length;
  const pieces = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start < at) continue;
    if (start > at) pieces.push({ text: content.slice(at, start), mark: false });
    pieces.push({ text: content.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) pieces.push({ text: content.slice(at, to), mark: false });
  if (first > 0) pieces.unshift({ text: "… ", mark: false });
  if (last < all.length) pieces.push({ text: " …", mark: false });
  return pieces;
}

/** The entities a query names: entries of names.json ([url, kind, name, description?, names])
 * one of whose names is the query, diacritics and case aside. */
export function namedEntities(query, entries) {
  const wanted = words(query).map(fold).join(" ");
  if (!wanted) return [];
  const same = (name) => words(name).map(fold).join(" ") === wanted;
  return entries.filter((entry) => entry[entry.length - 1].some(same));
}

/** A spelling to suggest: when the reader typed diacritics and no page holds the phrase so
 * spelled, the spelling most of the pages found hold ("Hà Nọi" → "hà nội"); else null. */
export function suggestion(query, ranked) {
  if (!hasDiacritics(query) || !ranked.length) return null;
  const typed = spelling(words(query).join(" "));
  const forms = ranked.map((page) => page.occurrences.map((o) => o.form));
  if (forms.some((list) => list.includes(typed))) return null;
  return intendedForm(fold(typed), forms.filter((list) => list.length));
}
