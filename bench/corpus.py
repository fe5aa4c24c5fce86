"""A synthetic newsroom: a registry of a few hundred entities and N Vietnamese news articles.

The benchmark must measure what a real newsroom would feed the build, so the articles look like
ours: several paragraphs of Vietnamese with diacritics, a photo caption in the importer's form,
3–8 entities each (popular ones far more often, as in real news), English titles and summaries
with their provenance, and dates over ten years. Files are written exactly as the importer
writes them (`FrontMatter` + `dump_article`, `YYYY/YYYY-MM-DD-<slug>.md`, `slug` only on a
clash), so the build validates them like real content. Everything is seeded: the same N gives
the same corpus, so two runs (and two tools) build the same thing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import yaml

from bantin.core.article import FrontMatter, dump_article, url_slug
from bantin.core.text import normalize, slugify
from bantin.entities import Entity, Kind

FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)  # ten years, all in the past (Hugo skips future dates)
SOURCES = ("TTXVN", "Báo Nhân dân", "Báo Quân đội nhân dân", "Báo Tin tức", "VnExpress", "Báo Thanh niên")
AUTHORS = ("Phạm Kiên", "Minh Thu", "Hoàng Chương", "Xuân Tú", "Thanh Hà", None, None)


def ascii_name(text: str) -> str:
    """An English spelling of a Vietnamese or Lao name: the letters without their marks."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- the registry ------------------------------------------------------------------------------

# (Vietnamese, English) pairs the names are made of.
_MINISTRIES = [
    ("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
    ("Bộ Quốc phòng", "Ministry of National Defence"),
    ("Bộ Công an", "Ministry of Public Security"),
    ("Bộ Công Thương", "Ministry of Industry and Trade"),
    ("Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"),
    ("Bộ Y tế", "Ministry of Health"),
    ("Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment"),
    ("Bộ Giao thông vận tải", "Ministry of Transport"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"),
    ("Bộ Tài chính", "Ministry of Finance"),
    ("Bộ Tư pháp", "Ministry of Justice"),
    ("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"),
    ("Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment"),
    ("Bộ Lao động – Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs"),
]
_COUNTRIES = [("Việt Nam", "Vietnam"), ("Lào", "Laos"), ("Campuchia", "Cambodia")]
_VN_PROVINCES = [
    "Hà Nội", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Kon Tum",
    "Điện Biên", "Sơn La", "Thanh Hóa", "Quảng Nam", "Gia Lai", "Đà Nẵng", "Hải Phòng",
    "Cần Thơ", "Lai Châu", "Hòa Bình", "Bắc Giang", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
    "Bình Định", "Phú Yên", "Khánh Hòa", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bến Tre",
]  # fmt: skip
_LAO_PROVINCES = [
    "Viêng Chăn", "Luông Pha Băng", "Chăm Pa Xắc", "Xiêng Khoảng", "Hủa Phăn", "Bò Kẹo",
    "Sả Vẳn Nạ Khệt", "Khăm Muộn", "Bô Ly Khăm Xay", "Sê Kông", "Át Tạ Pư", "Sả Ra Van",
    "Phông Sa Lỳ", "Luổng Nặm Thà", "U Đôm Xay", "Xay Nha Bu Ly", "Xay Sổm Bun",
]  # fmt: skip
_ORG_KINDS = [
    ("Ủy ban Nhân dân tỉnh", "People's Committee of"),
    ("Tỉnh ủy", "Party Committee of"),
    ("Hội Hữu nghị Việt Nam – Lào tỉnh", "Vietnam–Laos Friendship Association of"),
    ("Sở Ngoại vụ tỉnh", "Department of Foreign Affairs of"),
    ("Bộ Chỉ huy Quân sự tỉnh", "Military Command of"),
]
_VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
_VN_MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Xuân", "Thanh", "Quốc", "Hồng", "Ngọc", "Trọng"]
_VN_GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Long", "Mai", "Nam",
    "Phúc", "Quân", "Sơn", "Thắng", "Thủy", "Trung", "Tuấn", "Việt", "Yến", "Hòa", "Thưởng",
]  # fmt: skip
_LAO_GIVEN = ["Bounthong", "Khamphan", "Sonexay", "Saleumxay", "Thongloun", "Phankham", "Chansamone", "Kikeo"]
_LAO_FAMILY = ["Chitmany", "Phommathat", "Siphandone", "Kommasith", "Viphavanh", "Sisoulith", "Chanthalangsy"]
_TITLES = [
    ("Bộ trưởng", "minister"),
    ("Thứ trưởng", "deputy minister"),
    ("Bí thư Tỉnh ủy", "provincial Party secretary"),
    ("Phó Thủ tướng", "deputy prime minister"),
    ("Đại sứ", "ambassador"),
    ("Ủy viên Bộ Chính trị", "Politburo member"),
]
_EVENT_KINDS = [
    ("Kỳ họp lần thứ {n} Ủy ban liên Chính phủ Việt Nam – Lào", "{o} meeting of the Vietnam–Laos Intergovernmental Committee"),
    ("Hội nghị hợp tác phát triển các tỉnh biên giới Việt Nam – Lào lần thứ {n}", "{o} conference on cooperation of the Vietnam–Laos border provinces"),
    ("Diễn đàn doanh nghiệp Việt Nam – Lào lần thứ {n}", "{o} Vietnam–Laos business forum"),
    ("Hội thảo lý luận giữa hai Đảng lần thứ {n}", "{o} theoretical seminar of the two Parties"),
    ("Tuần Văn hóa Việt Nam – Lào lần thứ {n}", "{o} Vietnam–Laos culture week"),
    ("Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Lào lần thứ {n}", "{o} Vietnam–Laos border defence friendship exchange"),
]  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}".capitalize()


@dataclass(frozen=True)
class _Draft:
    kind: Kind
    name: str
    name_en: str
    description: str
    description_en: str


def _entity_drafts(rng: random.Random, count: int) -> Iterable[_Draft]:
    """Candidate entities, kinds interleaved so any `count` gets a mix of all four."""
    places = [
        *[_Draft(Kind.PLACE, vi, en, f"Quốc gia {vi}.", f"The country {en}.") for vi, en in _COUNTRIES],
        *[
            _Draft(
                Kind.PLACE,
                p,
                ascii_name(p),
                f"Tỉnh {p} của Việt Nam.",
                f"{ascii_name(p)} province of Vietnam.",
            )
            for p in _VN_PROVINCES
        ],
        *[
            _Draft(Kind.PLACE, p, ascii_name(p), f"Tỉnh {p} của Lào.", f"{ascii_name(p)} province of Laos.")
            for p in _LAO_PROVINCES
        ],
    ]
    orgs = [
        _Draft(
            Kind.ORGANIZATION,
            f"{m} {c}",
            f"{m_en} of {c_en}",
            f"Cơ quan của Chính phủ {c}.",
            f"A government body of {c_en}.",
        )
        for c, c_en in _COUNTRIES[:2]
        for m, m_en in _MINISTRIES
    ]
    orgs += [
        _Draft(
            Kind.ORGANIZATION,
            f"{k} {p}",
            f"{k_en} {ascii_name(p)} province",
            f"Cơ quan của tỉnh {p}.",
            f"A body of {ascii_name(p)} province.",
        )
        for k, k_en in _ORG_KINDS
        for p in [*_VN_PROVINCES, *_LAO_PROVINCES]
    ]
    rng.shuffle(orgs)
    people = []
    for _ in range(count * 2):
        if rng.random() < 0.6:
            name = f"{rng.choice(_VN_FAMILY)} {rng.choice(_VN_MIDDLE)} {rng.choice(_VN_GIVEN)}"
        else:
            name = f"{rng.choice(_LAO_GIVEN)} {rng.choice(_LAO_FAMILY)}"
        title, title_en = rng.choice(_TITLES)
        country, country_en = rng.choice(_COUNTRIES[:2])
        people.append(
            _Draft(
                Kind.PERSON, name, ascii_name(name), f"{title} {country}.", f"A {title_en} of {country_en}."
            )
        )
    events = [
        _Draft(
            Kind.EVENT,
            vi.format(n=n),
            en.format(o=_ordinal(n)),
            f"Sự kiện thường niên lần thứ {n} trong quan hệ Việt Nam – Lào.",
            f"The {_ordinal(n).lower()} edition of a yearly Vietnam–Laos event.",
        )
        for vi, en in _EVENT_KINDS
        for n in range(1, 46)
    ]
    rng.shuffle(events)
    pools = [orgs, people, events, places[3:]]
    yield from places[:3]
    while any(pools):
        for pool in pools:
            if pool:
                yield pool.pop()


def make_registry(count: int = 300, seed: int = 8) -> list[Entity]:
    """`count` distinct, valid entities of all four kinds (id == slugify(name))."""
    rng = random.Random(seed)
    entities: dict[str, Entity] = {}
    for draft in _entity_drafts(rng, count):
        if len(entities) >= count:
            break
        name = normalize(draft.name)
        entity_id = slugify(name)
        if entity_id in entities:
            continue
        entities[entity_id] = Entity(
            id=entity_id,
            kind=draft.kind,
            name=name,
            name_en=draft.name_en,
            description=normalize(draft.description),
            description_en=draft.description_en,
        )
    return list(entities.values())


def registry_yaml(entities: Sequence[Entity]) -> str:
    """entities.yml as an editor would keep it (readable Vietnamese, schema order)."""
    data = [e.model_dump(mode="json", exclude_defaults=True) for e in entities]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


# --- the articles ------------------------------------------------------------------------------

_FIELDS = [
    ("giáo dục", "education"), ("y tế", "health care"), ("thương mại", "trade"), ("đầu tư", "investment"),
    ("năng lượng", "energy"), ("giao thông", "transport"), ("nông nghiệp", "agriculture"),
    ("quốc phòng", "defence"), ("an ninh", "security"), ("văn hóa", "culture"), ("du lịch", "tourism"),
    ("đào tạo cán bộ", "cadre training"), ("phòng, chống ma túy", "drug control"), ("khoa học công nghệ", "science and technology"),
]  # fmt: skip
_VI_TITLES = [
    "{org} và {org2} tăng cường hợp tác về {field}",
    "{person} tiếp đoàn đại biểu {org}",
    "Thúc đẩy hợp tác {field} giữa {place} và {place2}",
    "Khai mạc {event}",
    "{person} hội đàm với {person2} về hợp tác {field}",
    "Ký kết biên bản ghi nhớ về {field} giữa {org} và {org2}",
    "{place} hỗ trợ {place2} phát triển {field}",
    "Đẩy mạnh quan hệ hữu nghị đặc biệt trong lĩnh vực {field} tại {place}",
]
_EN_TITLES = [
    "{org} and {org2} step up cooperation in {field}",
    "{person} receives a delegation of {org}",
    "{place} and {place2} promote cooperation in {field}",
    "{event} opens",
    "{person} holds talks with {person2} on {field}",
    "{org} and {org2} sign memorandum on {field}",
    "{place} helps {place2} develop {field}",
    "Special friendship in {field} deepened in {place}",
]
_SENTENCES = [
    "Ngày {d}/{m}, tại {place}, {person} đã có buổi làm việc với đoàn đại biểu {org} do {person2} dẫn đầu.",
    "Hai bên đã thông báo cho nhau về tình hình mỗi nước, chia sẻ kinh nghiệm về công tác {field} và thống nhất các biện pháp triển khai trong thời gian tới.",
    "Phát biểu tại buổi tiếp, {person} nhấn mạnh quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa {place} và {place2} là tài sản vô giá của hai dân tộc.",
    "Theo báo cáo của {org}, trong năm qua kim ngạch thương mại song phương tăng trưởng khá, nhiều dự án đầu tư trong lĩnh vực {field} đã đi vào hoạt động hiệu quả.",
    "Nhân dịp này, {org} đã trao tặng {org2} nhiều phần quà ý nghĩa, góp phần cải thiện điều kiện làm việc và đời sống của cán bộ, nhân viên.",
    "Đồng chí {person2} cảm ơn sự giúp đỡ quý báu, to lớn và có hiệu quả mà {place} đã dành cho {place2} trong suốt những năm qua.",
    "Hai bên nhất trí phối hợp chặt chẽ trong việc chuẩn bị tổ chức {event}, bảo đảm an toàn, thiết thực và hiệu quả.",
    "Các đại biểu đã thảo luận sôi nổi, đề xuất nhiều giải pháp nhằm tháo gỡ khó khăn, vướng mắc trong hợp tác {field} ở khu vực biên giới.",
    "Dịp này, hai bên đã ký kết biên bản ghi nhớ hợp tác giai đoạn {y}–{y2}, trong đó tập trung vào đào tạo nguồn nhân lực chất lượng cao.",
    "Trước đó, đoàn đã đến dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và Chủ tịch Kaysone Phomvihane, thăm một số cơ sở sản xuất tại {place}.",
    "Theo kế hoạch, trong năm {y2} hai bên sẽ tiếp tục trao đổi đoàn các cấp, tăng cường chia sẻ thông tin và phối hợp quản lý đường biên giới hòa bình, hữu nghị.",
    "Ông {person} cho biết, {org} sẵn sàng tạo điều kiện thuận lợi để các doanh nghiệp của {place2} mở rộng hoạt động, nhất là trong lĩnh vực {field}.",
]  # fmt: skip
_CAPTIONS = [
    "Quang cảnh buổi hội đàm",
    "{person} tiếp đoàn đại biểu {org}",
    "Các đại biểu chụp ảnh lưu niệm",
    "Lễ ký kết biên bản ghi nhớ hợp tác giữa hai bên",
]
_PHOTO_CREDITS = ["Ảnh: TTXVN", "Ảnh: Phạm Kiên/TTXVN", "Ảnh: Thống Nhất/TTXVN", "Ảnh: Báo Nhân dân"]
_SENTENCES = [normalize(s) for s in _SENTENCES]
_CAPTIONS = [normalize(s) for s in _CAPTIONS]
_SUMMARIES = [
    "{person} met {person2} in {place} to review cooperation in {field} between {org} and {org2}.",
    "Both sides agreed to carry out the agreements reached by their leaders and to prepare the {event}.",
    "The delegation of {org} presented gifts and visited production sites in {place2}.",
    "They signed a memorandum of understanding on {field} for the coming five years.",
]
_LAOS = {"vi": "Lào", "en": "Laos"}
_OTHER_COUNTRY = {"vi": ("Lào", "Việt Nam"), "en": ("Laos", "Vietnam")}
_PARTNERS = {"vi": "các đối tác Lào", "en": "Lao partners"}
_HEADINGS = ["Tăng cường hợp tác toàn diện", "Nhiều kết quả nổi bật", "Triển khai các thỏa thuận"]


@dataclass(frozen=True)
class ArticleSpec:
    """One generated article: where its file goes, its front-matter and body."""

    path: str  # relative to the articles folder: YYYY/YYYY-MM-DD-<slug>.md
    front: FrontMatter
    body: str

    @property
    def slug(self) -> str:
        return url_slug(self.front.title, self.front.slug)

    @property
    def url(self) -> str:
        """The Vietnamese page's URL in our site (the English one is under `en/`)."""
        return f"{self.front.date:%Y}/{self.front.date:%m}/{self.slug}/"

    @property
    def entity_ids(self) -> list[str]:
        f = self.front
        return [*f.organizations, *f.people, *f.events, *f.places]


class _Picker:
    """Chooses entities of a kind, popular ones far more often (Zipf-like, as in real news)."""

    def __init__(self, rng: random.Random, entities: Sequence[Entity]) -> None:
        self.rng = rng
        self.entities = list(entities)
        self.cum_weights = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(self.entities))))

    def pick(self, count: int) -> list[Entity]:
        chosen: dict[str, Entity] = {}
        tries = 0
        while len(chosen) < min(count, len(self.entities)):
            tries += 1
            if tries <= count * 4:
                e = self.rng.choices(self.entities, cum_weights=self.cum_weights)[0]
            else:  # the popular ones keep coming up: take any
                e = self.rng.choice(self.entities)
            chosen.setdefault(e.id, e)
        return list(chosen.values())


def _kind_counts(rng: random.Random) -> dict[Kind, int]:
    """3–8 entities: always a place, usually organizations and people, sometimes an event."""
    counts = {
        Kind.PLACE: rng.randint(1, 2),
        Kind.ORGANIZATION: rng.randint(1, 3),
        Kind.PERSON: rng.randint(0, 2),
        Kind.EVENT: rng.randint(0, 1),
    }
    total = sum(counts.values())
    if total < 3:
        counts[Kind.PERSON] += 3 - total
    return counts


class Corpus:
    """N articles and their registry, generated from one seed."""

    def __init__(self, articles: int, *, entities: int = 300, seed: int = 8) -> None:
        self.entities = make_registry(entities, seed)
        self.rng = random.Random(seed * 1_000_003 + articles)
        by_kind = {k: [e for e in self.entities if e.kind is k] for k in Kind}
        self._pickers = {k: _Picker(self.rng, v) for k, v in by_kind.items() if v}
        self._taken: set[tuple[int, int, str]] = set()
        self.articles = [self.article(n) for n in range(articles)]

    def article(self, n: int) -> ArticleSpec:
        """Article number `n` (call again with a new n to make one more, e.g. 'add one article')."""
        rng = self.rng
        day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        counts = _kind_counts(rng)
        chosen = {k: p.pick(counts[k]) for k, p in self._pickers.items()}
        field = rng.choice(_FIELDS)
        words = self._words(chosen, day, field, "vi")
        words_en = self._words(chosen, day, field, "en")
        which = rng.randrange(len(_VI_TITLES))
        if "{event}" in _VI_TITLES[which] and not chosen.get(Kind.EVENT):
            which = 0
        title = normalize(_VI_TITLES[which].format(**words))
        title = title[0].upper() + title[1:]
        title_en = _EN_TITLES[which].format(**words_en)
        title_en = title_en[0].upper() + title_en[1:]
        base = url_slug(title)
        slug = base
        for k in range(2, 1000):
            if (day.year, day.month, slug) not in self._taken:
                break
            slug = f"{base}-{k}"
        self._taken.add((day.year, day.month, slug))
        body = self._body(words, day)
        source = rng.choice(SOURCES)
        front = FrontMatter(
            title=title,
            date=day,
            source=source,
            author=rng.choice(AUTHORS),
            source_url=f"https://example.vn/{day:%Y/%m/%d}/{base}-{n}.html" if rng.random() < 0.7 else None,
            organizations=[e.id for e in chosen.get(Kind.ORGANIZATION, [])],
            people=[e.id for e in chosen.get(Kind.PERSON, [])],
            events=[e.id for e in chosen.get(Kind.EVENT, [])],
            places=[e.id for e in chosen.get(Kind.PLACE, [])],
            title_en=title_en,
            summary_en=" ".join(s.format(**words_en) for s in rng.sample(_SUMMARIES, rng.randint(2, 3))),
            title_en_by=rng.choice(["editor", "editor", "machine:google"]),
            summary_en_by=rng.choice(["editor", "machine:google", "machine:deepl"]),
            slug=slug if slug != base else None,
            source_sha256=hashlib.sha256(f"{n}:{title}".encode()).hexdigest(),
        )
        return ArticleSpec(f"{day:%Y}/{day.isoformat()}-{slug}.md", front, body)

    def _words(
        self, chosen: dict[Kind, list[Entity]], day: dt.date, field: tuple[str, str], lang: str
    ) -> dict[str, str]:
        """What the templates fill in: entity names (the same entities in both languages)."""

        def names(kind: Kind, fallback: Sequence[Entity]) -> list[str]:
            found = chosen.get(kind) or list(fallback)
            return [e.name_in(lang) for e in found]

        places = names(Kind.PLACE, [])
        orgs = names(Kind.ORGANIZATION, [])
        people = names(Kind.PERSON, []) or (["the leaders"] if lang == "en" else ["lãnh đạo hai bên"])
        events = names(Kind.EVENT, []) or (["joint events"] if lang == "en" else ["các hoạt động chung"])
        field_vi, field_en = field
        return {
            "place": places[0],
            "place2": places[-1] if len(places) > 1 else _OTHER_COUNTRY[lang][places[0] == _LAOS[lang]],
            "org": orgs[0],
            "org2": orgs[-1] if len(orgs) > 1 else _PARTNERS[lang],
            "person": people[0],
            "person2": people[-1],
            "event": events[0],
            "field": field_en if lang == "en" else field_vi,
            "d": str(day.day),
            "m": str(day.month),
            "y": str(day.year),
            "y2": str(day.year + 5),
        }

    def _body(self, words: dict[str, str], day: dt.date) -> str:
        """5–9 paragraphs of 3–5 sentences, a captioned photo after the first, sometimes a heading.

        Templates and names are normalized once (module level, registry), not per paragraph.
        """
        rng = self.rng
        paragraphs = []
        for i in range(rng.randint(5, 9)):
            sentences = rng.sample(_SENTENCES[1:], rng.randint(3, 5))
            if i == 0:
                sentences = [_SENTENCES[0], *sentences[:2]]
            paragraphs.append(" ".join(s.format(**words) for s in sentences))
            if i == 0:
                caption = rng.choice(_CAPTIONS).format(**words)
                paragraphs.append(f"{caption} – *{rng.choice(_PHOTO_CREDITS)}*{{: .credit}}\n{{: .caption }}")
            if i == 3 and rng.random() < 0.4:
                paragraphs.append(f"## {rng.choice(_HEADINGS)}")
        return "\n\n".join(paragraphs) + "\n"

    def write(self, content_dir: Path, articles_dir: str = "articles") -> None:
        """entities.yml and every article file under `content_dir`, as the importer writes them."""
        content_dir.mkdir(parents=True, exist_ok=True)
        (content_dir / "entities.yml").write_text(registry_yaml(self.entities), encoding="utf-8")
        for spec in self.articles:
            write_article(content_dir / articles_dir, spec)


def write_article(articles_root: Path, spec: ArticleSpec) -> Path:
    """Write one article file (importer layout and format); return its path."""
    path = articles_root / spec.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_article(spec.front, spec.body), encoding="utf-8")
    return path
