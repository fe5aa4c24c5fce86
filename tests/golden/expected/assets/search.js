// Search page: query this language's Pagefind index and show title, date and excerpt.
//
// Pagefind folds accents, so "tran cam tu" finds "Trần Cẩm Tú"; but "đ" is a letter of its own,
// so a word typed with "d" is also tried with "đ" ("dang" finds "Đảng"). Results are merged.
// The index comes in parts, one per year (pagefind/parts.json, newest first): the newest is
// loaded and the others merged into it (Pagefind's mergeIndex).

const root = new URL("..", import.meta.url); // assets/ lives at the site root
const form = document.querySelector(".search-form");
const input = document.getElementById("search-query");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const MAX_VARIANTS = 16;
const MAX_RESULTS = 20;

/** Every spelling of the query where a word typed with d/D may mean đ/Đ. */
export function variants(query) {
  let results = [""];
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const options = /^[dD]/.test(word) ? [word, (word[0] === "D" ? "Đ" : "đ") + word.slice(1)] : [word];
    results = results.flatMap((head) => options.map((w) => (head ? head + " " + w : w)));
    if (results.length > MAX_VARIANTS) results = results.slice(0, MAX_VARIANTS);
  }
  return results.filter(Boolean);
}

/** Pagefind's excerpt as DOM nodes: its text, and <mark> around the matches, nothing else. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
  const out = [];
  for (const node of parsed.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent));
    }
  }
  return out;
}

function card(data) {
  const item = document.createElement("li");
  item.className = "card";
  const title = document.createElement("h2");
  title.className = "card-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  title.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = data.meta.date || "";
  const excerpt = document.createElement("p");
  excerpt.className = "lead";
  excerpt.append(...excerptNodes(data.excerpt || ""));
  item.append(title, meta, excerpt);
  return item;
}

let loading = null;

/** Pagefind with every part of the index merged, or null when the site has no index. */
function load() {
  loading ??= (async () => {
    let parts;
    try {
      const answer = await fetch(new URL("pagefind/parts.json", root));
      if (!answer.ok) return null;
      parts = (await answer.json()).parts;
    } catch {
      return null;
    }
    if (!parts || !parts.length) return null;
    const part = (year) => new URL(`pagefind/${year}/`, root);
    const pagefind = await import(new URL("pagefind.js", part(parts[0])).href);
    await pagefind.options({ baseUrl: root.pathname });
    for (const year of parts.slice(1)) {
      await pagefind.mergeIndex(part(year).pathname, { baseUrl: root.pathname });
    }
    return pagefind;
  })();
  return loading;
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = "";
    return;
  }
  const pagefind = await load();
  if (!pagefind) {
    status.textContent = status.dataset.unavailable; // no index: `serve` does not build one
    return;
  }
  const searches = await Promise.all(variants(query).map((q) => pagefind.search(q)));
  const best = new Map();
  for (const search of searches) {
    for (const result of search.results) {
      const seen = best.get(result.id);
      if (!seen || seen.score < result.score) best.set(result.id, result);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  const pages = await Promise.all(ranked.map((result) => result.data()));
  list.replaceChildren(...pages.map(card));
  status.textContent = pages.length
    ? status.dataset.count.replace("{count}", String(best.size))
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
