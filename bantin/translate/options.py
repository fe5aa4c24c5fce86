"""What a translation run is asked to do: the command line over the `translate_*` options of
the bantin plugin in mkdocs.yml, over the defaults.

    plugins:
      - bantin:
          translate_provider: libre           # google, mymemory, libre, microsoft, yandex
          translate_url: http://127.0.0.1:5000
          translate_timeout: 15               # seconds without an answer before giving up
          translate_retries: 3                # further attempts after a 429 or 5xx answer
          translate_backoff: 0.5              # first pause between attempts, doubling
          translate_backoff_max: 10           # longest pause (Retry-After included)
          translate_lead_chars: 600           # length of the Vietnamese lead to summarize

API keys never go in mkdocs.yml: `--api-key`, `BANTIN_TRANSLATE_API_KEY` or the provider's own
environment variable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DEFAULT_PROVIDER = "google"
DEFAULT_LEAD_CHARS = 600


DEFAULT_MEMORY = ".cache/translations.json"


class OptionsError(Exception):
    """A bad `translate_*` value in mkdocs.yml (one line)."""


@dataclass(frozen=True)
class HttpSettings:
    """How long to wait and how often to try again (mkdocs.yml `translate_*` options)."""

    timeout: float = 15.0  # seconds to connect, and between bytes of the answer
    retries: int = 3  # further attempts after a 429 or 5xx answer
    backoff: float = 0.5  # first pause between attempts; doubles each time
    backoff_max: float = 10.0  # longest pause, Retry-After included


@dataclass(frozen=True)
class ProviderOptions:
    """Which provider, where, with which key and HTTP settings."""

    name: str = "google"
    url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    http: HttpSettings = field(default_factory=HttpSettings)


@dataclass(frozen=True)
class TranslateOptions:
    """Everything `translate_article` needs besides the file."""

    provider: ProviderOptions = field(default_factory=ProviderOptions)
    lead_chars: int = DEFAULT_LEAD_CHARS
    force_machine: bool = False
    memory: Path | None = None  # the translation memory's file (`translate_memory`), None for none


def _number(config: Mapping[str, Any], key: str, default: float, kind: type) -> Any:
    value = config.get(f"translate_{key}")
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise OptionsError(f"mkdocs.yml: translate_{key} must be a number of 0 or more, not {value!r}")
    if kind is int and value != int(value):
        raise OptionsError(f"mkdocs.yml: translate_{key} must be a whole number, not {value!r}")
    return kind(value)


def plugin_options(config_file: str | None) -> Mapping[str, Any]:
    """The bantin plugin's options from mkdocs.yml (empty without a configuration file).

    Read with `.get` so options the plugin does not declare yet are still seen.
    """
    path = Path(config_file) if config_file else Path("mkdocs.yml")
    if not path.exists():
        return {}
    from mkdocs.config import load_config

    plugin = load_config(config_file=str(path)).plugins.get("bantin")
    options = getattr(plugin, "config", None)
    return options if options is not None else {}


def build_options(
    config: Mapping[str, Any],
    *,
    provider: str | None = None,
    url: str | None = None,
    api_key: str | None = None,
    force_machine: bool = False,
) -> TranslateOptions:
    """Command-line values over mkdocs.yml values over defaults.

    The configured URL belongs to the configured provider: `--provider google` on a project
    set up for a LibreTranslate server does not send Google's requests there.
    """
    configured = config.get("translate_provider") or DEFAULT_PROVIDER
    name = provider or configured
    if not isinstance(name, str):
        raise OptionsError(f"mkdocs.yml: translate_provider must be a name, not {name!r}")
    if url is None and name == configured:
        url = config.get("translate_url") or None
    http = HttpSettings(
        timeout=_number(config, "timeout", HttpSettings.timeout, float),
        retries=_number(config, "retries", HttpSettings.retries, int),
        backoff=_number(config, "backoff", HttpSettings.backoff, float),
        backoff_max=_number(config, "backoff_max", HttpSettings.backoff_max, float),
    )
    if http.timeout <= 0:
        raise OptionsError("mkdocs.yml: translate_timeout must be more than 0")
    lead_chars = _number(config, "lead_chars", DEFAULT_LEAD_CHARS, int)
    return TranslateOptions(
        provider=ProviderOptions(name=name.lower(), url=url, api_key=api_key, http=http),
        lead_chars=lead_chars,
        force_machine=force_machine,
    )


def load_options(config_file: str | None = None, **overrides: Any) -> TranslateOptions:
    """Options for a project: mkdocs.yml (or `config_file`) and keyword overrides as in
    `build_options` (provider, url, api_key, force_machine). A project's translation memory is
    `translate_memory`, relative to mkdocs.yml."""
    config = plugin_options(config_file)
    options = build_options(config, **overrides)
    path = Path(config_file) if config_file else Path("mkdocs.yml")
    if not path.exists():
        return options
    memory = config.get("translate_memory", DEFAULT_MEMORY)
    if not isinstance(memory, str) or not memory:
        raise OptionsError(f"mkdocs.yml: translate_memory must be a file name, not {memory!r}")
    return replace(options, memory=path.resolve().parent / memory)
