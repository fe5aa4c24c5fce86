// Search page: query this language's Pagefind index, rank what it finds as a reader means the
// query, and show headline, date, source and an excerpt with the phrase marked.
//
// A query of several syllables is first searched as its syllable pairs (the index holds every
// two adjacent syllables of a page folded into one token, bantin/site/search/words.py), so pages that
// hold the phrase are found whatever diacritics were typed; then as its syllables, with a word
// typed with "d" also tried with "đ" ("dang" finds "Đảng"), for pages that hold them apart. The
// pages found are ranked by the phrase itself (searchwords.js `rank`): its spelling (as typed
// with diacritics, else the one most pages hold), the headline, the lead, how often. A query
// that is an entity's name (the registry, pagefind/names-vi.json) shows that entity's page first.
// The index comes in parts, one per year (pagefind/parts.json, newest first): the newest is
// loaded and the others merged into it (Pagefind's mergeIndex).

import { excerpt, namedEntities, pairQuery, rank, suggestion, variants, words } from "./searchwords.js";

const root = new URL("..", import.meta.url); // assets/ lives at the site root
const form = document.querySelector(".search-form");
const input = document.getElementById("search-query");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const named = document.getElementById("search-entity");
const suggested = document.getElementById("search-suggestion");
const lang = document.documentElement.lang === "en" ? "en" : "vi";
const MAX_RESULTS = 20;
const PHRASE_PAGES = 30; // pages found by the phrase that are ranked by it
const WORD_PAGES = 20; // pages found by the syllables alone, after those
// Matches in the headline (its words, its syllable pairs) count more than in the text.
const RANKING = { metaWeights: { title: 5, vt: 8, vb: 1 } };

function card(page, query) {
  const item = document.createElement("li");
  item.className = "card";
  const title = document.createElement("h2");
  title.className = "card-title";
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.title || page.url;
  title.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [page.meta.date, page.meta.source].filter(Boolean).join(" · ");
  const text = document.createElement("p");
  text.className = "lead";
  const body = page.content.startsWith(page.title) ? page.content.slice(page.title.length) : page.content;
  for (const piece of excerpt(body, query, { intended: page.intended })) {
    if (piece.mark) {
      const mark = document.createElement("mark");
      mark.textContent = piece.text;
      text.append(mark);
    } else {
      text.append(document.createTextNode(piece.text));
    }
  }
  item.append(title, meta, text);
  return item;
}

function entityCard(entry) {
  const [url, kind, name, description] = entry;
  const box = document.createElement("div");
  box.className = "card entity-result";
  const label = document.createElement("p");
  label.className = "meta kind";
  label.textContent = kind;
  const title = document.createElement("p");
  title.className = "card-title";
  const link = document.createElement("a");
  link.href = new URL(url, root).pathname;
  link.textContent = name;
  title.append(link);
  box.append(label, title);
  if (description) {
    const text = document.createElement("p");
    text.className = "lead";
    text.textContent = description;
    box.append(text);
  }
  return box;
}

let loading = null;

/** Pagefind with every part of the index merged, and the registry's names; null without index. */
function load() {
  loading ??= (async () => {
    let parts, common;
    try {
      const answer = await fetch(new URL("pagefind/parts.json", root));
      if (!answer.ok) return null;
      ({ parts, common } = await answer.json());
    } catch {
      return null;
    }
    if (!parts || !parts.length) return null;
    const names = fetch(new URL(`pagefind/names-${lang}.json`, root))
      .then((answer) => (answer.ok ? answer.json() : []))
      .catch(() => []);
    const part = (year) => new URL(`pagefind/${year}/`, root);
    const pagefind = await import(new URL("pagefind.js", part(parts[0])).href);
    await pagefind.options({ baseUrl: root.pathname, ranking: RANKING });
    for (const year of parts.slice(1)) {
      await pagefind.mergeIndex(part(year).pathname, { baseUrl: root.pathname });
    }
    return { pagefind, names: await names, common: new Set(common || []) };
  })();
  return loading;
}

/** The pages to rank: found by the phrase first, then by the syllables. English pages have
 * no syllable pairs, and Pagefind stems English words itself. */
async function candidates(pagefind, query, common) {
  const phrase = lang === "vi" && words(query).length > 1 ? pairQuery(query, common) : null;
  const byPhrase = phrase ? (await pagefind.search(phrase)).results : [];
  const spellings = lang === "vi" ? variants(query) : [query];
  const searches = await Promise.all(spellings.map((q) => pagefind.search(q)));
  const byWords = new Map();
  for (const search of searches) {
    for (const result of search.results) {
      const seen = byWords.get(result.id);
      if (!seen || seen.score < result.score) byWords.set(result.id, result);
    }
  }
  const ids = new Set(byPhrase.map((r) => r.id));
  const total = new Set([...ids, ...byWords.keys()]).size;
  const chosen = byPhrase.slice(0, PHRASE_PAGES);
  const rest = [...byWords.values()].filter((r) => !ids.has(r.id)).sort((a, b) => b.score - a.score);
  chosen.push(...rest.slice(0, Math.max(WORD_PAGES, MAX_RESULTS - chosen.length)));
  const pages = await Promise.all(
    chosen.map(async (result, order) => {
      const data = await result.data();
      const title = data.meta.title || "";
      const body = data.content.startsWith(title) ? data.content.slice(title.length) : data.content;
      // The lead: the first words after the headline, date and source.
      const lead = body.split(/\s+/).slice(0, 90).join(" ");
      return { ...data, title, lead, score: chosen.length - order };
    }),
  );
  return { pages, total };
}

async function run(query) {
  list.replaceChildren();
  named?.replaceChildren();
  if (suggested) suggested.hidden = true;
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  const found = await load();
  if (!found) {
    status.textContent = status.dataset.unavailable; // no index: `serve` does not build one
    return;
  }
  const entities = namedEntities(query, found.names);
  named?.replaceChildren(...entities.map(entityCard));
  const { pages, total } = await candidates(found.pagefind, query, found.common);
  const names = entities.flatMap((entry) => entry[entry.length - 1]);
  const ranked = rank(query, pages, names).slice(0, MAX_RESULTS);
  list.replaceChildren(...ranked.map((page) => card(page, query)));
  const other = suggestion(query, ranked);
  if (suggested && other) {
    const link = document.createElement("a");
    link.href = `?q=${encodeURIComponent(other)}`;
    link.textContent = other;
    suggested.replaceChildren(document.createTextNode(suggested.dataset.text), link);
    suggested.hidden = false;
  }
  status.textContent = ranked.length
    ? status.dataset.count.replace("{count}", String(total))
    : status.dataset.none;
}

if (form && input) {
  const query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  document.getElementById("site-search")?.setAttribute("value", query);
  run(query).catch((error) => {
    status.textContent = String(error);
  });
}
