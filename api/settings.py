"""Service settings, read once from the environment (``STRATEGY_LINEAGE_*``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from graph.store import default_store_path
from strategy_lineage import vocab


class SettingsError(ValueError):
    """A malformed environment variable: one clear line, raised at start-up."""


def _number(name: str, default: float, cast: type = float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = cast(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive, got {raw!r}")
    return value


def parse_tokens(raw: str) -> dict[str, str]:
    """``secret`` or ``alice=secret1,bob=secret2`` -> {token: who}.

    Naming the holder of each token is what lets the write log say *who* wrote.
    """
    tokens: dict[str, str] = {}
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        who, sep, token = item.partition("=")
        if not sep:
            who, token = "token-holder", item
        if not token.strip() or not who.strip():
            raise SettingsError("STRATEGY_LINEAGE_TOKEN entries must be TOKEN or NAME=TOKEN")
        tokens[token.strip()] = who.strip()
    return tokens


@dataclass(frozen=True)
class Settings:
    store: Path = field(default_factory=default_store_path)
    base: str = field(default_factory=vocab.base_iri)
    # token -> who holds it; empty means the service is read-only.
    tokens: dict[str, str] = field(default_factory=dict)
    cors_origins: tuple[str, ...] = ("*",)
    query_timeout: float = 5.0
    result_limit: int = 10_000
    query_workers: int = 2

    @property
    def writable(self) -> bool:
        return bool(self.tokens)

    @classmethod
    def from_env(cls) -> "Settings":
        origins = os.environ.get("STRATEGY_LINEAGE_CORS_ORIGINS", "*")
        return cls(
            tokens=parse_tokens(os.environ.get("STRATEGY_LINEAGE_TOKEN", "")),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()) or ("*",),
            query_timeout=_number("STRATEGY_LINEAGE_QUERY_TIMEOUT", 5.0),
            result_limit=int(_number("STRATEGY_LINEAGE_RESULT_LIMIT", 10_000, int)),
            query_workers=int(_number("STRATEGY_LINEAGE_QUERY_WORKERS", 2, int)),
        )
