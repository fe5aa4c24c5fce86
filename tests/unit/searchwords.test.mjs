// The search page's query rewriting and ranking (theme/assets/searchwords.js), with Node's own
// test runner: `node --test tests/unit/`; pytest runs it through tests/unit/test_searchwords.py.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  excerpt,
  fold,
  hasDiacritics,
  intendedForm,
  namedEntities,
  occurrences,
  pairQuery,
  pairTokens,
  rank,
  spelling,
  suggestion,
  variants,
} from "../../theme/assets/searchwords.js";

test("fold takes diacritics off and đ to d", () => {
  assert.equal(fold("Đảng Cộng sản"), "dang cong san");
  assert.equal(fold("Hà Nội"), "ha noi");
});

test("new-style tones are spelled the old way, as articles are stored", () => {
  assert.equal(spelling("Hoà bình, thuỷ điện, Uỷ ban"), "hòa bình, thủy điện, ủy ban");
  assert.equal(spelling("quý"), "quý"); // qu is a consonant: the tone stays
});

test("a query typed with any diacritic or đ counts its spelling", () => {
  assert.equal(hasDiacritics("ha noi"), false);
  assert.equal(hasDiacritics("Hà Nội"), true);
  assert.equal(hasDiacritics("dang đoan"), true);
});

test("a query of several syllables is searched as its folded pairs", () => {
  assert.deepEqual(pairTokens("Hồ Chí Minh"), ["qqhochi", "qqchiminh"]);
  assert.equal(pairQuery("ho chi minh"), "qqhochi qqchiminh");
  assert.equal(pairQuery("Hà Nội"), "qqhanoi");
  assert.equal(pairQuery("asean"), null);
});

test("pairs most pages hold are left out of the phrase query", () => {
  const common = new Set(["qqvietnam", "qqdanviet"]);
  assert.equal(pairQuery("quan doi nhan dan viet nam", common), "qqquandoi qqdoinhan qqnhandan");
  assert.equal(pairQuery("Việt Nam", common), null);
});

test("pairs do not cross punctuation or numbers", () => {
  assert.deepEqual(pairTokens("công an, hà nội 2021 việt nam"), ["qqcongan", "qqhanoi", "qqvietnam"]);
});

test("d is also tried as đ, word by word", () => {
  assert.deepEqual(variants("dang vien"), ["dang vien", "đang vien"]);
  assert.deepEqual(variants("Dien bien"), ["Dien bien", "Đien bien"]);
});

test("a phrase is found as whole words in a row, in any spelling", () => {
  const text = "Công an tỉnh và công nhân an toàn; cộng an.";
  const found = occurrences(text, ["cong", "an"]);
  assert.deepEqual(found.map((o) => o.form), ["công an", "cộng an"]);
  assert.deepEqual(occurrences("công, an", ["cong", "an"]), []); // not across punctuation
  assert.deepEqual(occurrences("côngan", ["cong", "an"]), []);
});

test("the spelling meant: as typed, else the entity's name, else the one most pages hold", () => {
  const pages = [["đảng viên"], ["đảng viên", "đang viên"], ["đang viên"], ["đảng viên"]];
  assert.equal(intendedForm("dang vien", pages), "đảng viên");
  assert.equal(intendedForm("Đang viên", pages), "đang viên");
  assert.equal(intendedForm("lao", [["lao"], ["lao"], ["lào"]], ["Lào"]), "lào");
});

test("pages holding the phrase come first, then the headline, the lead, the spelling", () => {
  const pages = [
    { url: "apart", title: "Công nhân an toàn", content: "Công nhân học an toàn lao động.", score: 9 },
    { url: "body", title: "Tin trong ngày", content: "Lực lượng công an tuần tra. Công an tỉnh.", score: 5 },
    { url: "head", title: "Công an Hà Nội", content: "Công an Hà Nội ra quân.", score: 1 },
    { url: "lead", title: "Tin khác", content: "Tin khác.", lead: "Công an phường.", score: 0 },
  ];
  pages[3].content = "Tin khác. Công an phường.";
  assert.deepEqual(rank("cong an", pages).map((p) => p.url), ["head", "lead", "body", "apart"]);
});

test("typed with diacritics, the exact spelling ranks above folded matches", () => {
  const pages = [
    { url: "folded", title: "a", content: "hạ nội hạ nội hạ nội", score: 9 },
    { url: "exact", title: "b", content: "ở Hà Nội", score: 1 },
  ];
  assert.deepEqual(rank("Hà Nội", pages).map((p) => p.url), ["exact", "folded"]);
});

test("the excerpt marks the phrase, whole words only", () => {
  const pieces = excerpt("An ninh tốt. Lực lượng công an bảo vệ an toàn.", "cong an");
  assert.deepEqual(pieces.filter((p) => p.mark).map((p) => p.text), ["công an"]);
  const apart = excerpt("Công nhân học an toàn.", "cong an");
  assert.deepEqual(apart.filter((p) => p.mark).map((p) => p.text), ["Công", "an"]);
});

test("a query that is an entity's name or alias finds the entity", () => {
  const entries = [
    ["dia-danh/lao/", "Địa danh", "Lào", "…", ["Lào", "CHDCND Lào"]],
    ["dia-danh/ha-noi/", "Địa danh", "Hà Nội", "…", ["Hà Nội"]],
  ];
  assert.deepEqual(namedEntities("LAO", entries).map((e) => e[0]), ["dia-danh/lao/"]);
  assert.deepEqual(namedEntities("chdcnd lao", entries).map((e) => e[0]), ["dia-danh/lao/"]);
  assert.deepEqual(namedEntities("lao dong", entries), []);
});

test("typed with diacritics no page holds, the spelling the pages hold is suggested", () => {
  const pages = [
    { url: "a", title: "x", content: "Thủ đô Hà Nội đẹp.", score: 2 },
    { url: "b", title: "y", content: "Người Hà Nội.", score: 1 },
  ];
  assert.equal(suggestion("Hà Nọi", rank("Hà Nọi", pages)), "hà nội");
  assert.equal(suggestion("Hà Nội", rank("Hà Nội", pages)), null);
  assert.equal(suggestion("ha noi", rank("ha noi", pages)), null); // typed without: all are equal
});

test("numbers are words of a phrase too", () => {
  assert.deepEqual(occurrences("Hội nghị G20 và G7", ["g20"]).map((o) => o.form), ["g20"]);
  assert.deepEqual(occurrences("Hội nghị Trung ương 4 khóa XII", ["trung", "uong", "4"]).length, 1);
});
