"""A title's suffix that the page prints in capitals on its own (`… - Ban Quản lý Di tích Côn Sơn` over a
footer's `… BAN QUẢN LÝ DI TÍCH CÔN SƠN Địa chỉ: …`) is the site's name and goes from the title, though
the page's address does not spell it (`suffixes._masthead_in_capitals`); a headline's last words
printed in a sentence, or among other capitals, stay."""

from __future__ import annotations

from bantin.importer.suffixes import source_of_title

_TITLE = "Trùng tu đền thờ Nguyễn Trãi hoàn thành trước Tết - Ban Quản lý Di tích Côn Sơn"


def test_a_suffix_in_capitals_in_the_footer_goes() -> None:
    texts = ("Ngày 2/12, … Trở về đầu trang BAN QUẢN LÝ DI TÍCH CÔN SƠN Địa chỉ: phường Trần Hưng Đạo",)
    assert source_of_title(_TITLE, ("consonkiepbac.example.vn",), texts=texts) == (
        "Trùng tu đền thờ Nguyễn Trãi hoàn thành trước Tết",
        "Ban Quản lý Di tích Côn Sơn",
    )


def test_a_headlines_words_stay() -> None:
    title = "Khách đến Côn Sơn tăng mạnh - Di tích Côn Sơn đông nghịt"
    texts = ("Khách đến Côn Sơn tăng mạnh, di tích Côn Sơn đông nghịt dịp cuối tuần.",)
    assert source_of_title(title, ("consonkiepbac.example.vn",), texts=texts)[0] == title
    shouted = ("TIN NỔI BẬT BAN QUẢN LÝ DI TÍCH CÔN SƠN THÔNG BÁO",)  # among other capitals
    assert source_of_title(_TITLE, ("consonkiepbac.example.vn",), texts=shouted)[0] == _TITLE
