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

from mkdocs.config import base
from mkdocs.config import config_options as c

from ..core.config import Number

#: The providers of `providers.PROVIDERS` (a test holds the two to the same names).
PROVIDERS = ("google", "mymemory", "libre", "microsoft", "yandex")


class OptionsError(Exception):
    """A bad `translate_*` value in mkdocs.yml (one line)."""


class TranslateConfig(base.Config):
    """The `translate_*` options of the bantin plugin (its `BantinConfig` holds them): their one
    set of defaults and checks, read by `python build.py translate` and the importer."""

    translate_provider = c.Choice(PROVIDERS, default="google")
    translate_url = c.Optional(c.Type(str))
    translate_timeout = Number(float, 15.0, above=True)  # seconds for a whole request
    translate_retries = Number(int, 3)  # further attempts after a 429 or 5xx answer
    translate_backoff = Number(float, 0.5)  # first pause between attempts, doubling
    translate_backoff_max = Number(float, 10.0)  # longest pause (Retry-After included)
    translate_lead_chars = Number(int, 600)  # length of the Vietnamese lead to summarize
    translate_memory = c.Type(str, default=".cache/translations.json")  # relative to mkdocs.yml


def _defaults() -> TranslateConfig:
    config = TranslateConfig()
    config.load_dict({})
    errors, _ = config.validate()
    assert not errors, errors
    return config


DEFAULTS = _defaults()


@dataclass(frozen=True)
class HttpSettings:
    """How long to wait and how often to try again (mkdocs.yml `translate_*` options)."""

    timeout: float = DEFAULTS.translate_timeout  # seconds for a whole request and its answer
    retries: int = DEFAULTS.translate_retries  # further attempts after a 429 or 5xx answer
    backoff: float = DEFAULTS.translate_backoff  # first pause between attempts; doubles each time
    backoff_max: float = DEFAULTS.translate_backoff_max  # longest pause, Retry-After included


@dataclass(frozen=True)
class ProviderOptions:
    """Which provider, where, with which key and HTTP settings."""

    name: str = DEFAULTS.translate_provider
    url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    http: HttpSettings = field(default_factory=HttpSettings)


@dataclass(frozen=True)
class TranslateOptions:
    """Everything `translate_article` needs besides the file."""

    provider: ProviderOptions = field(default_factory=ProviderOptions)
    lead_chars: int = DEFAULTS.translate_lead_chars
    force_machine: bool = False
    memory: Path | None = None  # the translation memory's file (`translate_memory`), None for none


def plugin_options(config_file: str | None) -> Mapping[str, Any]:
    """The bantin plugin's options from mkdocs.yml, checked by MkDocs (a bad value stops it
    with the option named); the defaults without a configuration file or the plugin."""
    path = Path(config_file) if config_file else Path("mkdocs.yml")
    if not path.exists():
        return DEFAULTS
    from mkdocs.config import load_config

    plugin = load_config(config_file=str(path)).plugins.get("bantin")
    options = getattr(plugin, "config", None)
    return options if isinstance(options, TranslateConfig) else DEFAULTS


def build_options(
    config: Mapping[str, Any],
    *,
    provider: str | None = None,
    url: str | None = None,
    api_key: str | None = None,
    force_machine: bool = False,
) -> TranslateOptions:
    """Command-line values over the plugin's checked options (`TranslateConfig`).

    The configured URL belongs to the configured provider: `--provider google` on a project
    set up for a LibreTranslate server does not send Google's requests there.
    """
    configured = config["translate_provider"]
    name = (provider or configured).lower()  # an unknown one is named by `providers.spec_for`
    if url is None and name == configured:
        url = config["translate_url"] or None
    http = HttpSettings(
        timeout=config["translate_timeout"],
        retries=config["translate_retries"],
        backoff=config["translate_backoff"],
        backoff_max=config["translate_backoff_max"],
    )
    return TranslateOptions(
        provider=ProviderOptions(name=name, url=url, api_key=api_key, http=http),
        lead_chars=config["translate_lead_chars"],
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
    memory = config["translate_memory"]
    if not memory:
        raise OptionsError("mkdocs.yml: translate_memory must be a file name, not empty")
    return replace(options, memory=path.resolve().parent / memory)
