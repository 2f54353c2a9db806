"""Plain text (and Markdown, CSV) in the encodings councils' systems export.

UTF-8 with or without a byte-order mark, UTF-16 with one, and Windows-1252/Latin-1 from
older systems are decoded and the encoding is recorded. Anything else is refused with
the encoding it most likely is, so that the officer knows what to re-save it as.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from loaders.formats.base import Extracted, Format, FormatError, register

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Encodings a detector may name for Western European single-byte text; in UK council
# files they are Windows-1252 (a superset of Latin-1 for printable characters).
WESTERN = {
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_9",
    "iso8859_13",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
    "ascii",
}


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was written in; FormatError if neither is clear."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as err:
                raise FormatError(
                    f"not valid {name} text (byte {err.start + len(bom)}) "
                    f"although it starts with a {name} byte-order mark"
                ) from err
    if b"\x00" in data[:8192]:
        raise FormatError(_nul_message(data))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as err:
        return _decode_legacy(data, err)


def _nul_message(data: bytes) -> str:
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) > len(sample) // 4 and min(even, odd) < max(even, odd) // 8:
        order = "big-endian" if even > odd else "little-endian"
        return (
            f"looks like UTF-16 ({order}) text without a byte-order mark: "
            "save it as UTF-8, or as UTF-16 with a byte-order mark"
        )
    return "looks like a binary file, not text (and not a PDF, .docx or HTML file)"


def _decode_legacy(data: bytes, err: UnicodeDecodeError) -> tuple[str, str]:
    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else None
    where = f"byte {err.start}: {data[err.start : err.start + 1]!r}"
    if guess is None:
        raise FormatError(f"not UTF-8 text ({where}) and no other encoding fits: it may be a binary file")
    if guess in WESTERN:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1"), "ISO-8859-1"
        has_cp1252_only = any(0x80 <= b <= 0x9F for b in data)
        return text, "Windows-1252" if has_cp1252_only else "ISO-8859-1"
    raise FormatError(
        f"not UTF-8 text ({where}); it looks like {codecs.lookup(guess).name}, which is not read: save it as UTF-8"
    )


def extract(data: bytes) -> Extracted:
    text, encoding = decode(data)
    if not text.strip():
        raise FormatError("the file holds no text")
    return Extracted(text=text, encoding=encoding)


TEXT = register(Format(name="text", media_types=("text/plain",), suffixes=(".txt", ".text"), extract=extract))
MARKDOWN = register(Format(name="Markdown", media_types=("text/markdown",), suffixes=(".md",), extract=extract))
CSV = register(Format(name="CSV", media_types=("text/csv",), suffixes=(".csv",), extract=extract))
