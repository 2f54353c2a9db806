"""Write tokens: taken whole whatever they hold, weak ones refused at start-up, never logged."""

from __future__ import annotations

import base64

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.store import open_store
from strategy_lineage.settings import SINGLE_HOLDER, Settings, SettingsError

# The usual way to make a token: base64 of random bytes, ending in "==".
BASE64_TOKEN = base64.b64encode(b"secret-token-123-abcdefgh").decode()
NAMED = {
    "alice": "al1ce=token=with=equals==",
    "bob": "bob,token,with,commas,,",
    "carol": "carol token with inner spaces",
    "dmitri": "дмитрий-токен-ключ-секрет",
}


def write_tokens_file(path, entries: dict[str, str]) -> str:
    path.write_text(
        "# name<TAB>token\n\n" + "".join(f"{name}\t{token}\n" for name, token in entries.items()), encoding="utf-8"
    )
    return str(path)


def settings_from(monkeypatch, single: str | None = None, file: str | None = None) -> Settings:
    for name, value in (("STRATEGY_LINEAGE_TOKEN", single), ("STRATEGY_LINEAGE_TOKENS_FILE", file)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    return Settings.from_env()


def test_a_base64_token_ending_in_equals_is_taken_whole(monkeypatch):
    assert BASE64_TOKEN.endswith("=")
    assert settings_from(monkeypatch, single=BASE64_TOKEN).tokens == {BASE64_TOKEN: SINGLE_HOLDER}


def test_named_tokens_come_from_a_file_whatever_they_hold(monkeypatch, tmp_path):
    settings = settings_from(monkeypatch, file=write_tokens_file(tmp_path / "tokens", NAMED))
    assert settings.tokens == {token: name for name, token in NAMED.items()}


@pytest.mark.parametrize(
    "token,problem",
    [
        ("short=token", "11 characters long; use at least 16"),
        ("  padded-token-with-spaces  ", "white space"),
        ("token-with-a\x01control-char", "control character"),
    ],
)
def test_weak_or_unsendable_tokens_are_refused_at_start_up(monkeypatch, token, problem):
    with pytest.raises(SettingsError) as err:
        settings_from(monkeypatch, single=token)
    assert problem in str(err.value)
    assert "STRATEGY_LINEAGE_TOKEN" in str(err.value)
    assert token.strip() not in str(err.value)


def test_a_malformed_tokens_file_names_the_line_not_the_token(monkeypatch, tmp_path):
    path = tmp_path / "tokens"
    path.write_text("alice\tlong-enough-token-0001\nno-tab-here-secret-0002\n", encoding="utf-8")
    with pytest.raises(SettingsError) as err:
        settings_from(monkeypatch, file=str(path))
    assert "line 2: expected NAME<TAB>TOKEN" in str(err.value)
    assert "secret-0002" not in str(err.value)
    path.write_text("alice\tlong-enough-token-0001\nbob\tlong-enough-token-0001\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="line 2: the same token"):
        settings_from(monkeypatch, file=str(path))


def test_settings_never_print_a_token():
    settings = Settings(tokens={BASE64_TOKEN: "alice"})
    assert BASE64_TOKEN not in repr(settings) and BASE64_TOKEN not in str(settings)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("auth") / "store"
    tokens = {BASE64_TOKEN: SINGLE_HOLDER, **{token: name for name, token in NAMED.items()}}
    with TestClient(create_app(open_store(path), Settings(store=path, tokens=tokens, query_workers=1))) as c:
        yield c


def withdraw_missing(client, authorization: bytes | None):
    # A write that needs a valid token before it can find out the source is missing (404).
    headers = {"Authorization": authorization} if authorization is not None else {}
    return client.delete("/api/sources/no-such-source", headers=headers)


@pytest.mark.parametrize("token", [BASE64_TOKEN, *NAMED.values()])
def test_every_token_is_accepted_whole(client, token):
    assert withdraw_missing(client, b"Bearer " + token.encode("utf-8")).status_code == 404


@pytest.mark.parametrize(
    "header",
    [
        b"Bearer =",
        b"Bearer ==",
        b"Bearer " + BASE64_TOKEN.rstrip("=").encode(),
        b"Bearer " + BASE64_TOKEN[:-1].encode(),
        b"Bearer al1ce",
        b"Bearer carol",
        b"Bearer " + NAMED["carol"].split()[-1].encode(),
        b"Bearer " + NAMED["alice"].encode() + b"x",
        b"Bearer " + "ДМИТРИЙ-ТОКЕН-КЛЮЧ-СЕКРЕТ".encode(),
    ],
)
def test_parts_and_variants_of_tokens_are_refused(client, header):
    r = withdraw_missing(client, header)
    assert r.status_code == 403
    assert r.json()["type"].endswith("invalid-token")


@pytest.mark.parametrize("header", [None, b"Basic dXNlcjpwYXNz", b"Bearer", b"Bearer "])
def test_no_bearer_token_is_a_401(client, header):
    assert withdraw_missing(client, header).status_code == 401
