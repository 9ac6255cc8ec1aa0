"""Fixtures for the harvest tests: fault servers on loopback and a client factory with sleeps recorded."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest

from sources.http import HttpClient

from .fault_server import TEST_SETTINGS, ClientUnderTest, FaultServer


@pytest.fixture
def server() -> Iterator[FaultServer]:
    s = FaultServer()
    yield s
    s.close()


@pytest.fixture
def other_server() -> Iterator[FaultServer]:
    """A second origin, outside the allowed ones."""
    s = FaultServer()
    yield s
    s.close()


@pytest.fixture
def make_client() -> Iterator[Callable[..., ClientUnderTest]]:
    """make_client(origins, **HttpSettings overrides) → a client whose retry sleeps are only recorded."""
    made: list[HttpClient] = []

    def make(origins: list[str], **overrides: object) -> ClientUnderTest:
        sleeps: list[float] = []
        client = HttpClient(dataclasses.replace(TEST_SETTINGS, **overrides), origins, sleep=sleeps.append)
        made.append(client)
        return ClientUnderTest(client, sleeps)

    yield make
    for client in made:
        client.close()
