"""How a letter or a notice ends (blind round `blind_notices`): the signer the text names, in capitals
(`BAN LỄ TANG` under `Ban Lễ tang trân trọng thông báo:`), and the name closing an office's
signature block on lines of its own (`TM. HỘI ĐỒNG QUẢN TRỊ` / `Chủ tịch` / the name) stay in the body
and are no author; a closing call giving its numbers as a sentence (`Liên hệ: 0243 … hoặc 0986 ….`)
stays, a footer's field (`LIÊN HỆ: 84-24-… Fax: …`) goes. Inputs of our own."""

from __future__ import annotations

from bantin.importer.closing_contacts import closing_contacts
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.signatures import closes_signature
from bantin.importer.signers import signs_the_story

from .scrapes import vnsum

ANNOUNCED = "Ban Tổ chức Hội thi trân trọng thông báo kết quả vòng chung khảo."
STORY = "Giải nhất thuộc về đội tuyển xã Phú Mỹ với bài thi về bảo vệ nguồn nước sinh hoạt."
CLOSING = "Lễ trao giải diễn ra lúc 8 giờ ngày 20/4/2024 tại hội trường Ủy ban nhân dân huyện."
FOOTER = "Tin liên quan Huyện tổng kết phong trào thi đua Báo Mẫu Ven biển điện tử. Điện thoại: 0277 3851 520"


def converted(content: str, layout: str = "vnsum"):  # type: ignore[no-untyped-def]
    if layout == "lines":
        page = "\n".join(["Thông báo kết quả hội thi", "", *content.split("\n")]).encode()
    else:
        page = vnsum("Thông báo kết quả hội thi", "https://baomau.vn/thong-bao-a12.html", content)
    return convert(page, "trang.txt", year=2024, sources={})


def test_the_signer_the_notice_names_stays_in_the_body_and_is_no_author() -> None:
    article = converted(f"{ANNOUNCED} {STORY} {CLOSING} BAN TỔ CHỨC HỘI THI {FOOTER}")
    assert article.body.rstrip().endswith("BAN TỔ CHỨC HỘI THI")
    assert article.front.author is None
    assert "Tin liên quan" not in article.body


def test_a_desk_signing_a_report_is_still_its_byline() -> None:
    assert not signs_the_story("BAN THỜI SỰ", [ANNOUNCED, STORY])  # no sentence names it
    assert not signs_the_story("BÁO MẪU VEN BIỂN", ["Báo Mẫu Ven biển xin cảm ơn bạn đọc."])  # the masthead
    assert not signs_the_story("NGUYỄN VĂN AN", ["Ông Nguyễn Văn An cho biết thêm."])  # a person
    assert signs_the_story("BAN TỔ CHỨC HỘI THI", [ANNOUNCED, STORY])


def test_the_name_under_an_offices_signature_block_on_lines_of_their_own_is_the_documents() -> None:
    assert closes_signature([STORY, "TM. HỘI ĐỒNG QUẢN TRỊ", "Chủ tịch", "Nguyễn Quốc Bình"])
    assert closes_signature([STORY, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Trung"])
    assert not closes_signature([STORY, "Chủ tịch", "Nguyễn Quốc Bình"])  # no signing mark
    assert not closes_signature([STORY, "Nguyễn Quốc Bình"])
    article = converted("\n".join([ANNOUNCED, STORY, CLOSING, "TM. BAN TỔ CHỨC", "Trưởng ban", "Nguyễn Quốc Bình"]),
                        layout="lines")  # fmt: skip
    assert "Nguyễn Quốc Bình" in article.body and article.front.author is None


def _decided(*texts: str, keep: int) -> list[Unit]:
    return [Unit(0, text, i < keep, "") for i, text in enumerate(texts)]


def test_a_closing_call_said_as_a_sentence_stays_and_a_footers_field_goes() -> None:
    call = "Liên hệ: 0243 562 8899 hoặc 0986 112 233."
    kept = closing_contacts(_decided(STORY, CLOSING, call, "Tin liên quan", keep=2))
    assert [u.keep for u in kept] == [True, True, True, False]
    footer = closing_contacts(
        _decided(STORY, CLOSING, "LIÊN HỆ: 84-24-39365555", "Fax: 84-24-39342724", keep=2)
    )
    assert [u.keep for u in footer] == [True, True, False, False]
    fields = closing_contacts(_decided(STORY, CLOSING, call, "Fax: 0243 562 8800.", keep=2))
    assert not fields[2].keep  # a block of fields is a footer's


def test_a_notice_signed_by_a_sentence_of_its_body_ending_on_its_verb_stays() -> None:
    """`Đoàn Chủ tịch … xin trân trọng thông báo.` over the related links: a sentence of names in
    capitals but its verb in lower case at the end, where a box's labels run closes on a name
    (blind round `blind_funerals`)."""
    signed = "Ban Thường vụ Trung ương Hội CGC Việt Nam xin trân trọng thông báo."
    article = converted(f"{ANNOUNCED} {STORY} {CLOSING} {signed} {FOOTER}")
    assert signed in article.body
    assert "Tin liên quan" not in article.body
