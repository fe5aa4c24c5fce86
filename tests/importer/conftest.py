"""Fixtures for the importer tests: a pinned "today" and a small entity registry."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.entities import Registry

from .expected import TODAY, registry


@pytest.fixture(scope="session")
def test_registry() -> Registry:
    return registry()


@pytest.fixture
def today() -> dt.date:
    return TODAY
