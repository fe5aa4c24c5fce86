"""Fixtures for the translation tests: no internet, no stray keys, fast HTTP settings, articles.

Every test here runs with a network guard (see netguard.py): any connection or name lookup
outside loopback raises, so a test that forgot to point deep-translator at a local server fails
instead of reaching Google.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bantin.translate.options import HttpSettings, ProviderOptions, TranslateOptions

from ..conftest import Project
from .netguard import guarded

#: Short timeouts and pauses so the failure tests take about a second each.
FAST = HttpSettings(timeout=1.0, retries=2, backoff=0.05, backoff_max=0.2)

KEY_VARIABLES = ("BANTIN_TRANSLATE_API_KEY", "LIBRE_API_KEY", "MICROSOFT_API_KEY", "YANDEX_API_KEY")

#: As the importer writes it: English keys present and empty; a caption before the text.
IMPORTED = """\
---
title: Quảng Bình sơ tán hơn 2.000 hộ dân trước lũ
date: 2023-10-19
source: Nhân Dân
organizations: []
people: []
events: []
places: []
title_en: ''
summary_en: ''
title_en_by: ''
summary_en_by: ''
---

Bộ đội giúp người dân xã Tân Ninh di chuyển đồ đạc – *Ảnh: Văn Tý*{: .credit}
{: .caption }

Trước diễn biến mưa lớn kéo dài, tỉnh **Quảng Bình** đã sơ tán hơn 2.000 hộ dân ở vùng trũng thấp tới nơi an toàn. Chiều 19/10, Ban Chỉ huy phòng, chống thiên tai tỉnh cho biết mực nước các sông dâng cao 0,5-1 m.

## Chủ động lương thực

Theo [Chinhphu.vn](https://chinhphu.vn), tỉnh đã chuẩn bị sẵn 50 tấn gạo.
"""

#: Written by an editor: English by hand (one without `_by`), comments, own quoting and order.
EDITOR = """\
---
# checked by Lan, 2023-10-20
title: "Hà Nội đón đoàn đại biểu Lào"
date: 2023-10-20
title_en: Hanoi welcomes a Lao delegation   # my wording
summary_en: >-
  A delegation of the Lao People's Revolutionary Party
  visited Hanoi.
summary_en_by: editor
places: []
---

Ngày 20/10, TP. Hà Nội đón đoàn đại biểu Đảng Nhân dân Cách mạng Lào.
"""


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    replacements = guarded(socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", replacements["connect"])
    monkeypatch.setattr(socket.socket, "connect_ex", replacements["connect_ex"])
    monkeypatch.setattr(socket, "getaddrinfo", replacements["getaddrinfo"])


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KEY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def options(name: str, url: str | None, api_key: str | None = None, **kw: object) -> TranslateOptions:
    """Run options for a provider at a local URL, with FAST HTTP settings."""
    http = kw.pop("http", FAST)
    provider = ProviderOptions(name=name, url=url, api_key=api_key, http=http)  # type: ignore[arg-type]
    return TranslateOptions(provider=provider, **kw)  # type: ignore[arg-type]


def configure(project: Project, **settings: object) -> None:
    """Add `translate_*` options to the project's mkdocs.yml (under the bantin plugin)."""
    text = project.config.read_text(encoding="utf-8")
    lines = "".join(f"      translate_{key}: {value}\n" for key, value in settings.items())
    anchor = "      per_page: 20\n"
    assert anchor in text
    project.config.write_text(text.replace(anchor, anchor + lines), encoding="utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (temporary files included), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
