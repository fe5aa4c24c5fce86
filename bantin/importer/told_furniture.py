"""Words of site furniture told in a sentence of the story, which the story is about.

A login's: how-tos and warnings on e-government and scams name the login and the password as the
things they are about (`Truy cập dichvucong.gov.vn, chọn Đăng nhập, rồi chọn …`, `Nhập số định danh cá
nhân và mật khẩu, hoặc quét mã QR …`, `Đường link dẫn tới biểu mẫu giả, yêu cầu nhập mật khẩu …`). A
login form or wall prints them as its labels and prompts: short, opening with the word or with an
appeal (`Đăng nhập để bình luận`, `Vui lòng đăng nhập …`, `Quên mật khẩu?`), speaking to the reader
(`Bạn cần đăng nhập …`). What tells the story's sentence on every site (`told_login`): a whole sentence
of twelve words or more, a clause after a comma, the login's word inside it (not its first words), no
appeal and no `bạn`, no purpose a wall states (`đăng nhập để bình luận`). With no comma, the login's
word is the object amid a clause, four words or more on either side (`Lưu ý thao tác này xóa toàn bộ mật
khẩu Wi-Fi và cấu hình VPN đã lưu.`), where a form's prompt ends on it (`… liên kết đặt lại mật khẩu.`)
or opens telling what to type (`Nhập địa chỉ email đã đăng ký tài khoản để …`).

A licence's number (`Giấy phép số 183/GP-BTTTT`), which a footer prints as the site's own, granted
(`… cấp ngày 12/3/2020`, `cấp lại`): a story on a regulator's sanction tells it withdrawn or suspended
(`… đã bị thu hồi từ ngày 5/8.`), which no footer says of its site (`told_licence`)."""

from __future__ import annotations

import re

from .furniture import Signals
from .vocabulary import LOGIN

_WORDS = 12  # a form's label or a wall's prompt is shorter
_AMID = 4  # words on either side of the login's word in a clause with no comma
_FORM_VERB = re.compile(r"^\W*(?:nhập|điền|gõ)\b")  # a form's prompt, what to type
_TOLD = frozenset(w for w in LOGIN if w != "quên mật khẩu")  # `Quên mật khẩu?` is only ever a link
# An appeal or the reader addressed: a wall's or a form's words.
_APPEAL = re.compile(r"^\W*(?:vui lòng|xin vui lòng|mời|hãy|quý|bạn)\b|(?<!\w)bạn(?!\w)", re.IGNORECASE)
# A wall's purpose: logging in to comment, to read on, to follow.
_PURPOSE = re.compile(
    r"đăng nhập (?:để|mới (?:có thể|được)) (?:bình luận|gửi|đọc|tiếp tục|xem|theo dõi|nhận|lưu|sử dụng)",
    re.IGNORECASE,
)


def told_login(text: str, s: Signals) -> bool:
    """`text` (its signals `s`) is a sentence of the story telling of a login or a password, not a
    login form's label or a wall's prompt (see the module's docstring)."""
    strong = (s.strong or "").casefold()
    if strong not in _TOLD or not s.sentence or s.words < _WORDS:
        return False
    opening = text.lstrip(" \"“'").casefold().startswith(strong)
    clause = ", " in text or _amid(text, strong)
    return not opening and clause and not _APPEAL.search(text) and not _PURPOSE.search(text)


def _amid(text: str, word: str) -> bool:
    """`word` is inside a clause of `text`: four words or more before it and after it."""
    before, found, after = text.casefold().partition(word)
    prompt = _FORM_VERB.match(before) is not None  # `Nhập địa chỉ email đã đăng ký tài khoản để …`
    return bool(found) and not prompt and min(len(before.split()), len(after.split())) >= _AMID


# A licence withdrawn, suspended or void: a sanction the story tells, never a footer's licence.
_SANCTIONED = re.compile(r"\b(?:thu hồi|đình chỉ|tước quyền|hết hiệu lực)\b", re.IGNORECASE)


def told_licence(text: str, s: Signals) -> bool:
    """`text` (its signals `s`) is a sentence of the story telling of a licence sanctioned, its number
    the sure furniture it holds (see the module's docstring)."""
    licence = (s.strong or "").upper().startswith("/GP-")
    return licence and s.sentence and s.words >= _WORDS and s.grammar >= 1 and bool(_SANCTIONED.search(text))
