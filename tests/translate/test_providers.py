"""deep-translator's real code against local servers: limits, timeouts, retries, error lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bantin.translate.options import HttpSettings, ProviderOptions
from bantin.translate.providers import Provider, ProviderError
from bantin.translate.run import Status, translate_article, translate_files

from .conftest import FAST, IMPORTED, options, snapshot, write
from .servers import MYMEMORY_LIMIT, Behaviour, free_port, serve, silent_server, toy_english

LONG_PARAGRAPH = " ".join(
    f"Câu thứ {i} nói về quan hệ hữu nghị Việt Nam – Lào trong năm 2022." for i in range(120)
)


def provider(name: str, url: str, key: str | None = None, http: HttpSettings = FAST) -> Provider:
    return Provider(ProviderOptions(name=name, url=url, api_key=key, http=http), environ={})


def test_libre_sends_vietnamese_and_the_key_and_reads_the_translation() -> None:
    behaviour = Behaviour("libre", api_key="k-123")
    with serve(behaviour) as url, provider("libre", url, "k-123") as libre:
        assert libre.translate("Hà Nội đón đoàn Lào.") == toy_english("Hà Nội đón đoàn Lào.")
    [request] = behaviour.requests
    assert (request.method, request.path) == ("POST", "/translate")
    assert request.params | {"q": "-"} == {
        "q": "-",
        "source": "vi",
        "target": "en",
        "format": "text",
        "api_key": "k-123",
    }
    assert request.query == {}  # all in the JSON body: no key in the URL


def test_libre_without_a_key_sends_none() -> None:
    behaviour = Behaviour("libre")
    with serve(behaviour) as url, provider("libre", url) as libre:
        libre.translate("Xin chào.")
    assert "api_key" not in behaviour.requests[0].params


def test_google_mobile_page_is_parsed() -> None:
    behaviour = Behaviour("google")
    with serve(behaviour) as url, provider("google", url + "/m") as google:
        assert google.translate("Quảng Bình sơ tán dân.") == toy_english("Quảng Bình sơ tán dân.")
    assert behaviour.requests[0].params == {"sl": "vi", "tl": "en", "q": "Quảng Bình sơ tán dân."}


def test_google_texts_of_5000_characters_or_more_are_split_at_sentences() -> None:
    behaviour = Behaviour("google")
    text = " ".join([LONG_PARAGRAPH] * 2)
    assert len(text) > 10_000
    with serve(behaviour) as url, provider("google", url + "/m") as google:
        english = google.translate(text)
    queries = [r.params["q"] for r in behaviour.requests]
    assert len(queries) == 4 and all(len(q) < 5000 for q in queries)
    assert all(q.endswith("2022.") for q in queries)  # cut between sentences
    assert english == " ".join(toy_english(q) for q in queries)


def test_mymemory_queries_stay_under_500_bytes() -> None:
    behaviour = Behaviour("mymemory")
    with serve(behaviour) as url, provider("mymemory", url + "/get") as mymemory:
        english = mymemory.translate(LONG_PARAGRAPH[:3000])
    queries = [r.params["q"] for r in behaviour.requests]
    assert len(queries) > 6 and all(len(q.encode()) < MYMEMORY_LIMIT for q in queries)
    assert behaviour.requests[0].params["langpair"] == "vi-VN|en-GB"
    assert "QUERY LENGTH" not in english and english.startswith("[en] cau thu 0")


def test_429_is_retried_and_then_succeeds() -> None:
    behaviour = Behaviour("libre", failures=[429], retry_after="1")
    with serve(behaviour) as url, provider("libre", url) as libre:
        assert libre.translate("Xin chào.") == toy_english("Xin chào.")
    assert len(behaviour.requests) == 2


def test_a_huge_retry_after_is_capped() -> None:
    behaviour = Behaviour("google", failures=[503], retry_after="3600")
    started = time.monotonic()
    with serve(behaviour) as url, provider("google", url + "/m") as google:
        google.translate("Xin chào.")
    assert time.monotonic() - started < 30 and len(behaviour.requests) == 2


def test_500_is_retried_then_fails_with_one_line() -> None:
    behaviour = Behaviour("libre", failures=[500] * 10)
    with serve(behaviour) as url, provider("libre", url) as libre, pytest.raises(ProviderError) as caught:
        libre.translate("Xin chào.")
    assert len(behaviour.requests) == FAST.retries + 1
    assert str(caught.value) == f"libre: HTTP 500 from {url.removeprefix('http://')} after 3 attempts"
    assert not caught.value.fatal


def test_a_refused_key_is_fatal_and_the_key_is_never_printed() -> None:
    behaviour = Behaviour("libre", api_key="right")
    with serve(behaviour) as url, provider("libre", url, "s3cr3t-key") as libre:
        with pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert caught.value.fatal and "refused the API key (HTTP 403)" in str(caught.value)
    assert "s3cr3t" not in str(caught.value)


def test_a_server_that_never_answers_fails_within_the_timeout() -> None:
    with silent_server() as url, provider("libre", url) as libre:
        started = time.monotonic()
        with pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert time.monotonic() - started < 20
    assert caught.value.fatal and "no answer within 1 s" in str(caught.value)


def test_connection_refused_is_fatal() -> None:
    with (
        provider("google", f"http://127.0.0.1:{free_port()}/m") as google,
        pytest.raises(ProviderError) as caught,
    ):
        google.translate("Xin chào.")
    assert caught.value.fatal and "connection refused" in str(caught.value)


def test_the_network_guard_stops_the_real_google() -> None:
    """Without --url deep-translator would ask translate.google.com; the guard makes that a
    name-resolution failure, reported as no network."""
    with Provider(ProviderOptions(name="google", http=FAST), environ={}) as google:
        with pytest.raises(ProviderError, match=r"google: cannot resolve .*translate\.google\.com"):
            google.translate("Xin chào.")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("deepl", "lists no Vietnamese for DeepL"),
        ("nonesuch", "unknown provider 'nonesuch'"),
        ("microsoft", "microsoft needs an API key"),
    ],
)
def test_unusable_providers_are_refused_before_any_request(name: str, message: str) -> None:
    with pytest.raises(ProviderError, match=message), Provider(ProviderOptions(name=name), environ={}):
        pass


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    behaviour = Behaviour("libre", api_key="from-env")
    monkeypatch.setenv("LIBRE_API_KEY", "from-env")
    with serve(behaviour) as url, Provider(ProviderOptions(name="libre", url=url, http=FAST)) as libre:
        libre.translate("Xin chào.")
    monkeypatch.setenv("BANTIN_TRANSLATE_API_KEY", "ours-first")
    with serve(behaviour) as url, Provider(ProviderOptions(name="libre", url=url, http=FAST)) as libre:
        with pytest.raises(ProviderError, match="refused the API key"):
            libre.translate("Xin chào.")
    assert [r.params["api_key"] for r in behaviour.requests] == ["from-env", "ours-first"]


def test_silent_server_fails_the_run_fast_and_changes_nothing(tmp_path: Path) -> None:
    files = [write(tmp_path, f"{i}.md", IMPORTED) for i in range(5)]
    before = snapshot(tmp_path)
    started = time.monotonic()
    with silent_server() as url:
        summary = translate_files(files, options("libre", url))
    assert time.monotonic() - started < 20  # one timeout, not one per file
    assert summary.line() == "translated 0 / skipped 0 / failed 1" and summary.not_attempted == 4
    assert snapshot(tmp_path) == before


def test_a_failing_server_stops_the_run_after_three_files_in_a_row(tmp_path: Path) -> None:
    files = [write(tmp_path, f"{i}.md", IMPORTED) for i in range(5)]
    before = snapshot(tmp_path)
    behaviour = Behaviour("libre", failures=[500] * 100)
    with serve(behaviour) as url:
        summary = translate_files(files, options("libre", url))
    assert summary.line() == "translated 0 / skipped 0 / failed 3" and summary.not_attempted == 2
    assert snapshot(tmp_path) == before
    assert len(behaviour.requests) == 3 * (FAST.retries + 1)


def test_a_file_failing_once_does_not_stop_the_others(tmp_path: Path) -> None:
    files = [write(tmp_path, f"{i}.md", IMPORTED) for i in range(3)]
    # The first file's title gets three 500s (all attempts), then the server recovers.
    behaviour = Behaviour("libre", failures=[500] * (FAST.retries + 1))
    with serve(behaviour) as url:
        summary = translate_files(files, options("libre", url))
    assert [o.status for o in summary.outcomes] == [Status.FAILED, Status.TRANSLATED, Status.TRANSLATED]
    assert files[0].read_text(encoding="utf-8") == IMPORTED


def test_translate_article_opens_no_provider_when_nothing_is_to_do(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        IMPORTED.replace("title_en: ''", "title_en: Hand").replace("summary_en: ''", "summary_en: Made"),
    )
    outcome = translate_article(path, options("libre", f"http://127.0.0.1:{free_port()}"))
    assert outcome.status is Status.SKIPPED and outcome.message.endswith("written by an editor")


def test_a_dripping_server_is_cut_off_at_the_timeout_for_the_whole_answer() -> None:
    """One byte at a time keeps every read within the timeout; the answer as a whole may not."""
    with serve(Behaviour("libre", drip=0.05)) as url, provider("libre", url) as libre:
        started = time.monotonic()
        with pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert time.monotonic() - started < 4
    assert caught.value.fatal and "no answer within 1 s" in str(caught.value)


def test_a_redirect_to_another_host_is_not_followed_with_the_text_and_the_key() -> None:
    elsewhere = Behaviour("libre")
    with serve(elsewhere) as other, serve(Behaviour("libre", redirect_to=other)) as url:
        with provider("libre", url, "s3cr3t-key") as libre, pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert elsewhere.requests == []
    assert "redirected to another host" in str(caught.value) and "s3cr3t" not in str(caught.value)


def test_a_huge_answer_is_refused_in_one_short_line() -> None:
    with serve(Behaviour("libre", padding=3_000_000)) as url, provider("libre", url) as libre:
        with pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert "larger than 1 MB" in str(caught.value) and len(str(caught.value)) < 200


def test_an_answer_far_longer_than_the_text_is_not_written_as_english() -> None:
    with serve(Behaviour("libre", padding=500_000)) as url, provider("libre", url) as libre:
        with pytest.raises(ProviderError) as caught:
            libre.translate("Xin chào.")
    assert "far longer than the text" in str(caught.value)
