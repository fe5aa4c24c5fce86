"""Place names that ship with the tool: countries and regions, world cities, Vietnam's and Laos's provinces.

`entities suggest` uses them to tell a place from a person ("Tây Ban Nha", "Mông Cổ", "New
York"), and `entities add` to give a place its English name. Countries and regions come from
Babel's locale data (CLDR, in Vietnamese and English); world cities from the IANA time-zone
names the standard library ships (English spellings, as Vietnamese papers print most foreign
cities) and Babel's Vietnamese exemplar cities. Vietnam's provinces (the 63 before the merger of
1 July 2025 and the 34 after it) and Laos's 18 are tables below, from public administrative
lists; the registry (`content/entities.yml`) has one entry for each.
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from dataclasses import dataclass
from functools import cache

from babel import Locale

from ..core.text import normalize


@dataclass(frozen=True)
class Province:
    """A province or centrally run city, with what it became in the 2025 merger (Vietnam)."""

    name: str  # Vietnamese, as the registry names it
    name_en: str
    kind: str  # "tỉnh" or "thành phố" (Vietnam); "tỉnh" or "thủ đô" (Laos)
    merged_into: str | None = None  # the name of the province it joined on 1 July 2025
    aliases: tuple[str, ...] = ()
    capital: str = ""
    capital_en: str = ""


def _vn(line: str) -> Province:
    name, en, kind, into, *aliases = [p.strip() for p in line.split("|")]
    return Province(name, en, kind, into or None, tuple(a for a in aliases if a))


#: name | English | kind | merged into (empty: exists after 1 July 2025) | aliases…
_VIETNAM = """
Hà Nội|Hanoi|thành phố||Thủ đô Hà Nội|TP Hà Nội
Thành phố Hồ Chí Minh|Ho Chi Minh City|thành phố||TP Hồ Chí Minh|TP HCM|TPHCM|TP.HCM|HCM|Sài Gòn
Hải Phòng|Hai Phong|thành phố||TP Hải Phòng
Đà Nẵng|Da Nang|thành phố||TP Đà Nẵng
Cần Thơ|Can Tho|thành phố||TP Cần Thơ
Huế|Hue|thành phố||Thừa Thiên Huế|Thừa Thiên - Huế|TP Huế
An Giang|An Giang|tỉnh|
Bà Rịa - Vũng Tàu|Ba Ria - Vung Tau|tỉnh|Thành phố Hồ Chí Minh|Bà Rịa-Vũng Tàu
Bắc Giang|Bac Giang|tỉnh|Bắc Ninh
Bắc Kạn|Bac Kan|tỉnh|Thái Nguyên|Bắc Cạn
Bạc Liêu|Bac Lieu|tỉnh|Cà Mau
Bắc Ninh|Bac Ninh|tỉnh|
Bến Tre|Ben Tre|tỉnh|Vĩnh Long
Bình Định|Binh Dinh|tỉnh|Gia Lai
Bình Dương|Binh Duong|tỉnh|Thành phố Hồ Chí Minh
Bình Phước|Binh Phuoc|tỉnh|Đồng Nai
Bình Thuận|Binh Thuan|tỉnh|Lâm Đồng
Cà Mau|Ca Mau|tỉnh|
Cao Bằng|Cao Bang|tỉnh|
Đắk Lắk|Dak Lak|tỉnh||Đắc Lắc|Đăk Lăk
Đắk Nông|Dak Nong|tỉnh|Lâm Đồng|Đăk Nông
Điện Biên|Dien Bien|tỉnh|
Đồng Nai|Dong Nai|tỉnh|
Đồng Tháp|Dong Thap|tỉnh|
Gia Lai|Gia Lai|tỉnh|
Hà Giang|Ha Giang|tỉnh|Tuyên Quang
Hà Nam|Ha Nam|tỉnh|Ninh Bình
Hà Tĩnh|Ha Tinh|tỉnh|
Hải Dương|Hai Duong|tỉnh|Hải Phòng
Hậu Giang|Hau Giang|tỉnh|Cần Thơ
Hòa Bình|Hoa Binh|tỉnh|Phú Thọ
Hưng Yên|Hung Yen|tỉnh|
Khánh Hòa|Khanh Hoa|tỉnh|
Kiên Giang|Kien Giang|tỉnh|An Giang
Kon Tum|Kon Tum|tỉnh|Quảng Ngãi
Lai Châu|Lai Chau|tỉnh|
Lâm Đồng|Lam Dong|tỉnh|
Lạng Sơn|Lang Son|tỉnh|
Lào Cai|Lao Cai|tỉnh|
Long An|Long An|tỉnh|Tây Ninh
Nam Định|Nam Dinh|tỉnh|Ninh Bình
Nghệ An|Nghe An|tỉnh|
Ninh Bình|Ninh Binh|tỉnh|
Ninh Thuận|Ninh Thuan|tỉnh|Khánh Hòa
Phú Thọ|Phu Tho|tỉnh|
Phú Yên|Phu Yen|tỉnh|Đắk Lắk
Quảng Bình|Quang Binh|tỉnh|Quảng Trị
Quảng Nam|Quang Nam|tỉnh|Đà Nẵng
Quảng Ngãi|Quang Ngai|tỉnh|
Quảng Ninh|Quang Ninh|tỉnh|
Quảng Trị|Quang Tri|tỉnh|
Sóc Trăng|Soc Trang|tỉnh|Cần Thơ
Sơn La|Son La|tỉnh|
Tây Ninh|Tay Ninh|tỉnh|
Thái Bình|Thai Binh|tỉnh|Hưng Yên
Thái Nguyên|Thai Nguyen|tỉnh|
Thanh Hóa|Thanh Hoa|tỉnh|
Tiền Giang|Tien Giang|tỉnh|Đồng Tháp
Trà Vinh|Tra Vinh|tỉnh|Vĩnh Long
Tuyên Quang|Tuyen Quang|tỉnh|
Vĩnh Long|Vinh Long|tỉnh|
Vĩnh Phúc|Vinh Phuc|tỉnh|Phú Thọ
Yên Bái|Yen Bai|tỉnh|Lào Cai
"""

#: name | English | kind | aliases (other spellings) | capital | capital in English
_LAOS = """
Thủ đô Viêng Chăn|Vientiane Prefecture|thủ đô|Thủ đô Vientiane|Viêng Chăn|Vientiane
Phông Xa Lỳ|Phongsaly|tỉnh|Phongsaly|Phôngsali|Phongsaly
Luông Nặm Thà|Luang Namtha|tỉnh|Luang Namtha|Luông Nặm Thà|Luang Namtha
U Đôm Xay|Oudomxay|tỉnh|Oudomxay|Mương Xay|Muang Xay
Bò Kẹo|Bokeo|tỉnh|Bokeo|Huội Xai|Houayxay
Luông Pha Băng|Luang Prabang|tỉnh|Luang Prabang|Luông Pha Băng|Luang Prabang
Hủa Phăn|Houaphanh|tỉnh|Houaphanh|Sầm Nưa|Xam Neua
Xay Nha Bu Ly|Xayaboury|tỉnh|Xayaboury|Xay Nha Bu Ly|Xayaboury
Xiêng Khoảng|Xiangkhouang|tỉnh|Xieng Khouang|Phôn Xa Vẳn|Phonsavan
Tỉnh Viêng Chăn|Vientiane Province|tỉnh|Tỉnh Viêng Chăn|Phôn Hồng|Phonhong
Bô Ly Khăm Xay|Bolikhamxay|tỉnh|Bolikhamxay|Pắc Xan|Paksan
Khăm Muộn|Khammouane|tỉnh|Khammouane|Thà Khẹc|Thakhek
Xa Vẳn Na Khệt|Savannakhet|tỉnh|Savannakhet|Cay Xỏn Phôm Vi Hản|Kaysone Phomvihane
Xa La Vẳn|Salavan|tỉnh|Salavan|Xa La Vẳn|Salavan
Xê Kông|Sekong|tỉnh|Sekong|La Mam|Lamam
Chăm Pa Xắc|Champasak|tỉnh|Champasak|Pắc Xế|Pakse
Át Tạ Pư|Attapeu|tỉnh|Attapeu|Xạ Mạ Khi Xay|Samakhixay
Xay Xổm Bun|Xaisomboun|tỉnh|Xaisomboun|A Nu Vông|Anouvong
"""


#: Oceans and seas, which the locale data lacks.
_WATERS = (
    ("Thái Bình Dương", "Pacific Ocean"), ("Đại Tây Dương", "Atlantic Ocean"),
    ("Ấn Độ Dương", "Indian Ocean"),
    ("Bắc Băng Dương", "Arctic Ocean"), ("Địa Trung Hải", "Mediterranean Sea"), ("Biển Đông", "East Sea"),
    ("Biển Hoa Đông", "East China Sea"), ("Biển Đỏ", "Red Sea"), ("Biển Đen", "Black Sea"),
    ("Biển Baltic", "Baltic Sea"), ("Vịnh Bắc Bộ", "Gulf of Tonkin"), ("Vịnh Thái Lan", "Gulf of Thailand"),
    ("Trung Đông", "Middle East"), ("Viễn Đông", "Far East"), ("Đông Dương", "Indochina"),
    ("Tây Nguyên", "Central Highlands"), ("Tây Bắc", "Northwest Vietnam"), ("Nam Bộ", "Southern Vietnam"),
    ("Bắc Bộ", "Northern Vietnam"), ("Trung Bộ", "Central Vietnam"), ("Nam Trung Bộ", "South Central Coast"),
    ("Bắc Trung Bộ", "North Central Coast"), ("Đông Nam Bộ", "Southeast Vietnam"),
    ("Đồng bằng sông Hồng", "Red River Delta"), ("Bán đảo Triều Tiên", "Korean Peninsula"),
    ("Sông Mê Kông", "Mekong River"), ("Mê Kông", "Mekong"), ("Mekong", "Mekong"), ("Sông Hồng", "Red River"),
)  # fmt: skip


def vietnam_provinces() -> list[Province]:
    """Vietnam's 63 provinces and cities before 1 July 2025, with what each became."""
    return [_vn(line) for line in _VIETNAM.strip().splitlines()]


def laos_provinces() -> list[Province]:
    """Laos's 17 provinces and the capital prefecture, with their capitals."""
    out = []
    for line in _LAOS.strip().splitlines():
        name, en, kind, alias, capital, capital_en = [p.strip() for p in line.split("|")]
        out.append(Province(name, en, kind, None, (alias,) if alias != name else (), capital, capital_en))
    return out


def fold(text: str) -> str:
    """ASCII form without diacritics (đ → d), case kept: "Võ Văn Thưởng" → "Vo Van Thuong"."""
    text = normalize(text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def key(name: str) -> str:
    """A name compared loosely: case, diacritics, spaces and hyphens ignored."""
    return "".join(c for c in fold(name).casefold() if c.isalnum())


def loose(name: str) -> str:
    """A name compared with diacritics kept: case, spaces and hyphens ignored ("Xi-xu-lít" = "Xi xu lít")."""
    return "".join(c for c in normalize(name).casefold() if c.isalnum())


#: Time-zone names that are not cities.
_NOT_CITIES = frozenset(
    "West North South East Central Eastern Western Mountain Pacific Atlantic Yukon General ACT NSW".split()
)


@dataclass(frozen=True)
class Place:
    name_en: str
    what: str  # "country", "region", "city", "province"
    country: str | None = None  # an ISO code, for cities and provinces


@cache
def places() -> dict[str, Place]:
    """Every place name this module knows (by `key`), with its English name."""
    vi, en = Locale("vi"), Locale("en")
    out: dict[str, Place] = {}
    continents = (
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    )
    for zone in sorted(zoneinfo.available_timezones()):
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if zone.startswith(continents) and city not in _NOT_CITIES:
            out.setdefault(loose(city), Place(city, "city"))
    for zone, data in vi.time_zones.items():
        city = data.get("city")
        if city:
            out.setdefault(loose(city), Place(zone.rsplit("/", 1)[1].replace("_", " "), "city"))
    for code, name in vi.territories.items():
        what = "region" if code.isdigit() or code in ("EU", "EZ", "UN", "QO") else "country"
        name_en = en.territories.get(code, name)
        out[loose(name)] = Place(name_en, what)
        out.setdefault(loose(name_en), Place(name_en, what))
    for name, name_en in _WATERS:
        out[loose(name)] = Place(name_en, "sea")
    for p in vietnam_provinces():
        for n in (p.name, *p.aliases):
            out[loose(n)] = Place(p.name_en, "province", "VN")
    for p in laos_provinces():
        for n in (p.name, *p.aliases):
            out.setdefault(loose(n), Place(p.name_en, "province", "LA"))
        out.setdefault(loose(p.capital), Place(p.capital_en, "city", "LA"))
    return out


def place(name: str) -> Place | None:
    """The place a name is, if this module knows it (diacritics ignored only for plain ASCII names)."""
    found = places().get(loose(name))
    if found is None and name.isascii():
        found = places().get(key(name))
    return found
