"""Who may write: bearer tokens checked in constant time, never kept or logged in clear.

The configured tokens (:mod:`strategy_lineage.settings`) are held as SHA-256 digests; a presented
token is hashed and compared with every digest by ``hmac.compare_digest``, so neither
the time taken nor anything logged depends on the secret. A token is the whole header
value after ``Bearer``, as UTF-8 bytes, whatever characters it holds.
"""

from __future__ import annotations

import hashlib
import hmac

from starlette.requests import HTTPConnection

from api.problems import Problem


class Writers:
    """The holders of write tokens, by digest."""

    def __init__(self, tokens: dict[str, str]) -> None:
        self._known = [(_digest(token.encode("utf-8")), who) for token, who in tokens.items()]

    def __bool__(self) -> bool:
        return bool(self._known)

    def holder(self, presented: bytes) -> str | None:
        """The name of the holder of ``presented``, or None; every digest is compared."""
        digest = _digest(presented)
        found = None
        for known, who in self._known:
            if hmac.compare_digest(known, digest) and found is None:
                found = who
        return found


def _digest(token: bytes) -> bytes:
    return hashlib.sha256(token).digest()


def bearer_token(authorization: str) -> bytes | None:
    """The token of an ``Authorization: Bearer <token>`` value, as the bytes sent."""
    scheme, _, token = authorization.partition(" ")
    token = token.lstrip(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    # Starlette decodes header bytes as Latin-1: encoding back gives the bytes on the wire.
    return token.encode("latin-1")


def require_writer(request: HTTPConnection) -> str:
    """Who is writing, from the bearer token; 401/403 otherwise."""
    writers: Writers = request.app.state.writers
    if not writers:
        raise Problem(403, "this service is read-only (no write token configured)", kind="read-only")
    token = bearer_token(request.headers.get("authorization", ""))
    if token is None:
        raise Problem(401, "send Authorization: Bearer <token> to write", headers={"WWW-Authenticate": "Bearer"})
    who = writers.holder(token)
    if who is None:
        raise Problem(
            403,
            "the bearer token is not valid",
            kind="invalid-token",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return who
