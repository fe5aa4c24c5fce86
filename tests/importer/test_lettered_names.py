"""A name spelt with a capital letter and its full stop glued to a word (`V.League`, `K.League`) is
one word, not a place's label (`khu khám A.`) ending a sentence that a scraper glued to the next: the
story goes on after it (blind_teasers2: a sports story lost its last three sentences at `V.League.`)."""

from __future__ import annotations

import pytest

from bantin.core.sentences import split_glued
from bantin.importer.convert import convert

from .scrapes import vnsum


@pytest.mark.parametrize(
    "text",
    [
        "Đội đang đứng thứ 5 trên bảng xếp hạng V.League sau 4 vòng đấu.",
        "Anh chuyển sang thi đấu ở K.League từ mùa giải năm ngoái.",
        "Đội bóng xứ Nghệ đứng cuối bảng xếp hạng V.League.",
    ],
)
def test_a_lettered_name_is_no_glued_sentence(text: str) -> None:
    assert split_glued(text) == [text]


def test_a_label_letter_a_code_and_an_acronym_still_end_their_sentence() -> None:
    assert split_glued("Bệnh nhân nằm ở khu khám A. Bác sĩ trực đã đến.") == [
        "Bệnh nhân nằm ở khu khám A. Bác sĩ trực đã đến."
    ]
    assert split_glued("Giá vàng tăng 2 USD.Con số này cao nhất tuần.") == [
        "Giá vàng tăng 2 USD.",
        "Con số này cao nhất tuần.",
    ]
    assert split_glued("Mạng phủ sóng 4G.Theo kế hoạch, mạng 5G sẽ phủ sóng toàn quốc.") == [
        "Mạng phủ sóng 4G.",
        "Theo kế hoạch, mạng 5G sẽ phủ sóng toàn quốc.",
    ]


def test_the_story_goes_on_after_a_lettered_name() -> None:
    sentences = [
        "Chiều 4/10, đội bóng Sông Lam Nghệ An có buổi tập cuối trước khi lên đường làm khách trên sân Pleiku.",
        "HLV Phan Như Thuật cho biết toàn đội đã sẵn sàng, chỉ vắng tiền vệ Văn Lâm do chấn thương.",
        "Đội hiện đứng thứ 9 trên bảng xếp hạng V.League.",
        "Ban huấn luyện đặc biệt chú ý đến những pha phản công nhanh của đội chủ nhà.",
        "Sau trận này, đội sẽ có 2 tuần nghỉ do giải tạm dừng nhường chỗ cho đội tuyển quốc gia.",
    ]
    page = vnsum(
        title="Sông Lam Nghệ An sẵn sàng cho trận gặp Hoàng Anh Gia Lai",
        source="baonghean.vn",
        link="https://baonghean.vn/the-thao/song-lam-san-sang-10281234.html",
        summary=sentences[0],
        content=" ".join([*sentences, "Giấy phép số: 478/GP-BTTTT. Bản quyền thuộc về Báo Nghệ An."]),
    )
    body = convert(page, "page.txt", year=2024).body
    for sentence in sentences:
        assert sentence in body
    assert "Bản quyền" not in body
