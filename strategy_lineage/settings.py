"""Settings, read once from the environment (``STRATEGY_LINEAGE_*``) and passed down.

This is the only module that reads ``STRATEGY_LINEAGE_*`` variables (besides the IRI base,
read once by :mod:`strategy_lineage.vocab` at import): the CLI reads them when a command
starts, the service when it is created; nothing below reads the environment again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from strategy_lineage import vocab

# Where the embedded store lives when neither --store nor STRATEGY_LINEAGE_STORE says.
DEFAULT_STORE = "var/store"
DEFAULT_ORIGINALS = "var/originals"


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


def _flag(name: str) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no"):
        return False
    if raw in ("1", "true", "yes"):
        return True
    raise SettingsError(f"{name} must be 1 or 0 (true/false), got {raw!r}")


DEFAULT_QUERY_TIMEOUT = 5.0


def store_location_from_env() -> str:
    """The store: a folder, or a ``sparql+http(s)://`` URL of a SPARQL engine."""
    return os.environ.get("STRATEGY_LINEAGE_STORE", "").strip() or DEFAULT_STORE


@dataclass(frozen=True)
class StoreAccess:
    """How to reach a store beyond its location (a remote engine's credentials and update
    endpoint; where the original files of sources are kept when the engine is remote)."""

    update_url: str = ""
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    originals: Path = Path(DEFAULT_ORIGINALS)

    @classmethod
    def from_env(cls) -> StoreAccess:
        return cls(
            update_url=os.environ.get("STRATEGY_LINEAGE_STORE_UPDATE", "").strip(),
            user=os.environ.get("STRATEGY_LINEAGE_STORE_USER") or None,
            password=os.environ.get("STRATEGY_LINEAGE_STORE_PASSWORD") or None,
            originals=Path(os.environ.get("STRATEGY_LINEAGE_ORIGINALS", "").strip() or DEFAULT_ORIGINALS),
        )


def query_timeout_from_env() -> float:
    """Seconds a SPARQL query may run, over HTTP and in ``strategy-lineage query`` alike."""
    return _number("STRATEGY_LINEAGE_QUERY_TIMEOUT", DEFAULT_QUERY_TIMEOUT)


# A bearer token shorter than this is refused at start-up: it could be guessed.
MIN_TOKEN_LENGTH = 16
SINGLE_HOLDER = "token-holder"


def check_token(token: str, where: str) -> None:
    """Refuse a token that is weak or that no client could send intact.

    ``where`` names the variable or file line; the message never contains the token."""
    if len(token) < MIN_TOKEN_LENGTH:
        raise SettingsError(
            f"{where}: the token is {len(token)} characters long; use at least {MIN_TOKEN_LENGTH} "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    if token != token.strip():
        raise SettingsError(f"{where}: the token starts or ends with white space, which HTTP headers drop")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in token):
        raise SettingsError(f"{where}: the token holds a control character, which HTTP headers cannot carry")


def read_tokens_file(path: Path) -> dict[str, str]:
    """``NAME<TAB>TOKEN`` lines (``#`` comments and blank lines skipped) -> {token: name}.

    The token is everything after the first tab, whatever characters it holds."""
    try:
        # Split on newlines only: a token may hold any other character (U+2028 included).
        lines = [line.removesuffix("\r") for line in path.read_text(encoding="utf-8").split("\n")]
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsError(f"STRATEGY_LINEAGE_TOKENS_FILE: cannot read {path}: {err.__class__.__name__}") from None
    tokens: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path} line {number}"
        name, tab, token = line.partition("\t")
        if not tab or not name.strip():
            raise SettingsError(f"{where}: expected NAME<TAB>TOKEN")
        check_token(token, where)
        if token in tokens:
            raise SettingsError(f"{where}: the same token is given to {tokens[token]!r} already")
        tokens[token] = name.strip()
    return tokens


def tokens_from_env() -> dict[str, str]:
    """STRATEGY_LINEAGE_TOKEN (one token, taken whole) and STRATEGY_LINEAGE_TOKENS_FILE (named tokens)."""
    tokens: dict[str, str] = {}
    single = os.environ.get("STRATEGY_LINEAGE_TOKEN", "")
    if single:
        check_token(single, "STRATEGY_LINEAGE_TOKEN")
        tokens[single] = SINGLE_HOLDER
    named = os.environ.get("STRATEGY_LINEAGE_TOKENS_FILE", "")
    if named:
        for token, name in read_tokens_file(Path(named)).items():
            if token in tokens:
                raise SettingsError("STRATEGY_LINEAGE_TOKEN is also in STRATEGY_LINEAGE_TOKENS_FILE")
            tokens[token] = name
    return tokens


@dataclass(frozen=True)
class Settings:
    store: str | Path = DEFAULT_STORE
    store_access: StoreAccess = field(default_factory=StoreAccess)
    base: str = field(default_factory=vocab.base_iri)
    # token -> who holds it; empty means the service is read-only. Never printed.
    tokens: dict[str, str] = field(default_factory=dict, repr=False)
    cors_origins: tuple[str, ...] = ("*",)
    query_timeout: float = DEFAULT_QUERY_TIMEOUT
    result_limit: int = 10_000
    query_workers: int = 2
    # Address space of each SPARQL worker (RLIMIT_AS), in MB.
    query_memory_mb: int = 1024
    # SPARQL queries one client (address) may have running or queued at once.
    queries_per_client: int = 2
    # Largest request body to /sparql (a query), in KB.
    max_query_kb: int = 1024
    # Largest upload request (document and metadata together), in MB.
    max_upload_mb: int = 5
    # Address space of the process that reads an upload (RLIMIT_AS), in MB.
    upload_memory_mb: int = 1024
    # Seconds the reading of one upload may take.
    upload_timeout: float = 120.0
    # Facts one upload may add: storing is done by the server, and its cost grows with them.
    upload_max_facts: int = 1000
    # Rendered bodies kept per graph version (api.cache), in MB.
    cache_mb: int = 64
    # Whether the store's write events name the writer (then anyone may read it by SPARQL).
    publish_writers: bool = False
    # FastAPI's native OpenTelemetry (traces, metrics and logs to the global providers): asked for, or
    # nothing is checked per request and the plain lane answers in front of FastAPI's own layers.
    telemetry: bool = False
    # A file to append each SPARQL query's timings to, one JSON line a query (api.query_times): for the benchmark.
    query_times: Path | None = None

    def __post_init__(self) -> None:
        for token, who in self.tokens.items():
            check_token(token, f"the token of {who!r}")

    @property
    def writable(self) -> bool:
        return bool(self.tokens)

    @classmethod
    def from_env(cls) -> Settings:
        origins = os.environ.get("STRATEGY_LINEAGE_CORS_ORIGINS", "*")
        return cls(
            store=store_location_from_env(),
            store_access=StoreAccess.from_env(),
            tokens=tokens_from_env(),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()) or ("*",),
            query_timeout=query_timeout_from_env(),
            result_limit=int(_number("STRATEGY_LINEAGE_RESULT_LIMIT", 10_000, int)),
            query_workers=int(_number("STRATEGY_LINEAGE_QUERY_WORKERS", 2, int)),
            query_memory_mb=int(_number("STRATEGY_LINEAGE_QUERY_MEMORY_MB", 1024, int)),
            queries_per_client=int(_number("STRATEGY_LINEAGE_QUERIES_PER_CLIENT", 2, int)),
            max_query_kb=int(_number("STRATEGY_LINEAGE_MAX_QUERY_KB", 1024, int)),
            max_upload_mb=int(_number("STRATEGY_LINEAGE_MAX_UPLOAD_MB", 5, int)),
            upload_memory_mb=int(_number("STRATEGY_LINEAGE_UPLOAD_MEMORY_MB", 1024, int)),
            upload_timeout=_number("STRATEGY_LINEAGE_UPLOAD_TIMEOUT", 120.0),
            upload_max_facts=int(_number("STRATEGY_LINEAGE_UPLOAD_MAX_FACTS", 1000, int)),
            cache_mb=int(_number("STRATEGY_LINEAGE_CACHE_MB", 64, int)),
            publish_writers=_flag("STRATEGY_LINEAGE_PUBLISH_WRITERS"),
            telemetry=_flag("STRATEGY_LINEAGE_TELEMETRY"),
            query_times=Path(times) if (times := os.environ.get("STRATEGY_LINEAGE_QUERY_TIMES", "").strip()) else None,
        )
