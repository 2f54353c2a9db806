"""Reading a document pauses the cyclic garbage collector and always restores it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from loaders.extract import cycle_collection_paused, extract

SEEDS = Path(__file__).resolve().parents[2] / "data" / "sources"


def test_the_collector_is_paused_while_a_document_is_read_and_restored_after() -> None:
    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_restored_when_reading_fails() -> None:
    with pytest.raises(ValueError), cycle_collection_paused():
        raise ValueError("a rule failed")
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    try:
        with cycle_collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_leaves_the_collector_running() -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    assert extract(seed).facts
    assert gc.isenabled()
