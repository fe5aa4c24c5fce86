"""A numbered step of the story opening with a word a page's chrome opens with stays (`Bước 1. Đăng
nhập …`), while a login wall's piece, unnumbered, still goes."""

from __future__ import annotations

from bantin.importer.boilerplate import is_chrome
from bantin.importer.numbered_items import after_item_number, opens_item
from bantin.importer.units import split_units


def test_a_number_and_its_stop_end_the_text_before_an_item() -> None:
    assert after_item_number("Các bước như sau: Bước 1.")
    assert after_item_number("Cách làm gồm 2)")
    assert not after_item_number("Nộp hồ sơ trong năm 2024.")
    assert not after_item_number("Người dân")


def test_a_text_opening_with_a_number_opens_an_item() -> None:
    assert opens_item("1. Đăng nhập cổng dịch vụ bằng tài khoản định danh")
    assert opens_item("Bước 3: Tải ảnh chân dung lên hệ thống")
    assert not opens_item("Đăng nhập bằng Google")
    assert not opens_item("2024 là năm bản lề")


def test_a_step_opening_with_a_login_word_is_not_cut_as_a_field() -> None:
    text = "Làm theo các bước sau. Bước 1. Đăng nhập cổng dịch vụ công bằng tài khoản định danh điện tử Bước 2. Chọn thủ tục"
    assert any(unit.startswith("Bước 1. Đăng nhập cổng") for unit in split_units(text))  # not cut after `1.`


def test_a_numbered_step_is_not_a_login_walls_piece() -> None:
    assert not is_chrome("1. Đăng nhập cổng dịch vụ công bằng tài khoản định danh điện tử")
    assert is_chrome("Đăng nhập bằng Google")


def test_an_item_cut_apart_from_its_siblings_keeps_its_number() -> None:
    assert split_units("2. Công ty CP Đầu tư Bắc Giang") == ["2. Công ty CP Đầu tư Bắc Giang"]
    assert split_units("Xe về lúc 5. Sau đó đoàn nghỉ.") == ["Xe về lúc 5.", "Sau đó đoàn nghỉ."]
