"""The machine translators: deep-translator's providers that translate Vietnamese to English.

Each provider has a length limit per request (Google under 5,000 characters, MyMemory under 500
bytes of the query); a longer text is cut at sentence boundaries, each piece translated, and the
translations joined. Requests go through `transport` (timeout, retries). Every failure becomes a
one-line `ProviderError`; `fatal` ones (no network, no answer, a refused key) mean the next
request would fail the same way, so a batch stops instead of waiting on every file.

API keys come from the caller, `BANTIN_TRANSLATE_API_KEY` or the provider's own variable
(`LIBRE_API_KEY`, `MICROSOFT_API_KEY`, `YANDEX_API_KEY`), and are never printed: the messages
here never include a URL, and any text from a provider is scrubbed of the key.
"""

from __future__ import annotations

import html
import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .options import ProviderOptions
from .sentences import pack, split_sentences

if TYPE_CHECKING:  # requests is imported only when something is translated
    from .transport import HttpTransport

KEY_ENV = "BANTIN_TRANSLATE_API_KEY"


@dataclass(frozen=True)
class Spec:
    """How to build one deep-translator provider for Vietnamese → English."""

    module: str  # deep_translator.<module>
    class_name: str
    source: str  # Vietnamese and English as this provider names them
    target: str
    max_length: int  # longest text in one request (characters, or UTF-8 bytes if by_bytes)
    key_env: str | None = None  # the provider's own environment variable for its key
    needs_key: bool = False
    url_option: bool = True  # --url replaces the provider's address
    by_bytes: bool = False
    post_as_json: bool = False  # send POST fields as a JSON body (see transport)

    def measure(self) -> Callable[[str], int]:
        return (lambda text: len(text.encode("utf-8"))) if self.by_bytes else len


PROVIDERS: dict[str, Spec] = {
    "google": Spec("google", "GoogleTranslator", "vi", "en", 4999),
    # MyMemory documents "500 bytes" and its errors say "500 chars": bytes is the safe reading.
    "mymemory": Spec("mymemory", "MyMemoryTranslator", "vi-VN", "en-GB", 499, by_bytes=True),
    # LibreTranslate servers often cap a request's text (char_limit); 1,500 is a safe share.
    "libre": Spec("libre", "LibreTranslator", "vi", "en", 1500, key_env="LIBRE_API_KEY", post_as_json=True),
    "microsoft": Spec("microsoft", "MicrosoftTranslator", "vi", "en", 9999, "MICROSOFT_API_KEY", True, False),
    "yandex": Spec("yandex", "YandexTranslator", "vi", "en", 9999, "YANDEX_API_KEY", True, False),
}

#: Providers of deep-translator we cannot offer, and why (shown when one is asked for).
UNAVAILABLE = {
    "deepl": "deep-translator 1.11.4 lists no Vietnamese for DeepL",
    "papago": "Papago needs a client id and secret, which this command does not take",
    "baidu": "Baidu needs an app id and key pair, which this command does not take",
    "qcri": "QCRI translates Arabic, English and Spanish only",
    "chatgpt": "not a translation service; not offered",
}


class ProviderError(Exception):
    """A translation that failed; `fatal` when every further request would fail too."""

    def __init__(self, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


def spec_for(name: str) -> Spec:
    """The spec of a provider by name, or a ProviderError saying what exists."""
    if name in PROVIDERS:
        return PROVIDERS[name]
    reason = f" ({UNAVAILABLE[name]})" if name in UNAVAILABLE else ""
    raise ProviderError(
        f"unknown provider '{name}'{reason}; choose one of: {', '.join(PROVIDERS)}", fatal=True
    )


def resolve_key(name: str, given: str | None, environ: Mapping[str, str]) -> str | None:
    """The API key: given on the command line, else BANTIN_TRANSLATE_API_KEY, else the
    provider's own variable."""
    spec = spec_for(name)
    return given or environ.get(KEY_ENV) or (environ.get(spec.key_env) if spec.key_env else None) or None


def _has_vietnamese_letters(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


class Provider:
    """One deep-translator translator behind our transport, reused for every text of a run.

    Use as a context manager: it builds the translator (Microsoft asks the network for its
    languages then, so that goes through the transport too) and closes the connections.
    """

    def __init__(self, options: ProviderOptions, environ: Mapping[str, str] | None = None) -> None:
        self.options = options
        self.name = options.name
        self.spec = spec_for(options.name)
        self._key = resolve_key(options.name, options.api_key, os.environ if environ is None else environ)
        self._transport: HttpTransport | None = None
        self._translator: Any = None
        self._module: Any = None

    def __enter__(self) -> Provider:
        spec = self.spec
        if spec.needs_key and not self._key:
            raise ProviderError(f"{self.name} needs an API key: --api-key or {KEY_ENV}", fatal=True)
        if self.options.url and not spec.url_option:
            raise ProviderError(f"--url is not supported for {self.name}", fatal=True)
        if self.name == "libre" and not (self.options.url or self._key):
            raise ProviderError("libre needs --url (your LibreTranslate server) or an API key", fatal=True)
        from .transport import HttpTransport, installed

        self._module = importlib.import_module(f"deep_translator.{spec.module}")
        self._transport = HttpTransport(self.options.http, post_as_json=spec.post_as_json)
        with installed(self._module, self._transport):
            try:
                self._translator = self._build()
            except Exception as exc:
                self._transport.close()
                raise self._error(exc) from None
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._transport is not None:
            self._transport.close()

    def _build(self) -> Any:
        spec, url = self.spec, self.options.url
        cls = getattr(self._module, spec.class_name)
        kwargs: dict[str, Any] = {"source": spec.source, "target": spec.target}
        if spec.key_env:
            kwargs["api_key"] = self._key or "unused"
        if self.name == "libre":
            kwargs["use_free_api"] = False
            if url:
                kwargs["custom_url"] = url.rstrip("/") + "/"
        translator = cls(**kwargs)
        if self.name == "libre" and not self._key:
            translator.api_key = None  # a self-hosted server without keys: send none
        if url and self.name != "libre":
            translator._base_url = url  # GoogleTranslator/MyMemoryTranslator take no base_url
        return translator

    @property
    def host(self) -> str:
        address = urlsplit(str(getattr(self._translator, "_base_url", "") or self.options.url or ""))
        return address.hostname + (f":{address.port}" if address.port else "") if address.hostname else "?"

    def translate(self, text: str) -> str:
        """English for a Vietnamese text, in pieces under the provider's limit if need be."""
        text = " ".join(text.split())
        if not text:
            return ""
        chunks = pack(split_sentences(text), self.spec.max_length, self.spec.measure())
        return " ".join(self._translate_one(chunk) for chunk in chunks)

    def _translate_one(self, chunk: str) -> str:
        from .transport import installed

        assert self._transport is not None and self._module is not None, "use Provider as a context manager"
        self._transport.last_response = self._transport.last_error = None
        with installed(self._module, self._transport):
            try:
                result = self._translator.translate(chunk)
            except Exception as exc:
                raise self._error(exc) from None
        return self._checked(chunk, result)

    def _checked(self, chunk: str, result: Any) -> str:
        if isinstance(result, list):  # Yandex answers with a list of texts
            result = " ".join(str(part) for part in result)
        text = " ".join(html.unescape(result).split()) if isinstance(result, str) else ""
        if not text:
            raise ProviderError(f"{self.name}: empty translation from {self.host}")
        if len(text) > 5 * len(chunk) + 1000:  # a translation is about as long as its text
            raise ProviderError(f"{self.name}: an answer far longer than the text from {self.host} (refused)")
        if text.upper().startswith(("MYMEMORY WARNING", "QUERY LENGTH LIMIT")):  # quota, as a "translation"
            quota = text.upper().startswith("MYMEMORY")
            raise ProviderError(f"{self.name}: {self._scrub(text)[:120]}", fatal=quota)
        if _has_vietnamese_letters(chunk) and text == " ".join(chunk.split()):
            raise ProviderError(f"{self.name}: the text came back untranslated")
        return text

    def _scrub(self, message: str) -> str:
        return message.replace(self._key, "***") if self._key else message

    def _error(self, exc: Exception) -> ProviderError:
        """One line for any failure inside deep-translator or the transport."""
        if isinstance(exc, ProviderError):
            return exc
        from .transport import network_problem

        settings = self.options.http
        swallowed = self._transport.last_error if self._transport else None
        problem = network_problem(exc, settings) or (swallowed and network_problem(swallowed, settings))
        if problem:
            return ProviderError(f"{self.name}: {problem} ({self.host})", fatal=True)
        response = self._transport.last_response if self._transport else None
        if response is not None and not 200 <= response.status_code < 300:
            status = response.status_code
            attempts = self._transport.attempts() if self._transport else 1
            tries = f" after {attempts} attempts" if attempts > 1 else ""
            if status in (401, 403):
                return ProviderError(f"{self.name}: {self.host} refused the API key (HTTP {status})", True)
            return ProviderError(f"{self.name}: HTTP {status} from {self.host}{tries}")
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        kind = type(exc).__name__
        fatal = kind in ("ApiKeyException", "LanguageNotSupportedException", "InvalidSourceOrTargetLanguage")
        detail = f": {self._scrub(detail)[:160]}" if detail else ""
        return ProviderError(f"{self.name}: {kind}{detail}", fatal)
