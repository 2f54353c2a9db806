"""Read one uploaded document in a process of its own, with its memory capped.

The loaders run on whatever an uploader sends; a pathological text may need far more
memory than the server should ever hold. So the extraction (the only step that reads
the document) runs here, a fresh interpreter per upload with ``RLIMIT_AS`` set and no
network (:mod:`api.sandbox`), and hands back the picklable ``SourceExtraction``; the
server only turns that into quads and stores it. When the process ends its memory goes
back to the system, whatever the document did.

Run as ``python -m api.upload_worker PATH MEMORY_MB MAX_FACTS``; writes one pickled tuple
to stdout: ("ok", extraction) | ("error", message) | ("memory", None) | ("too-many", facts).
A document stating more facts than the server will store is answered with the count only.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from api.sandbox import deny_network, worker_environment

if TYPE_CHECKING:
    from loaders.facts import SourceExtraction


class UploadRefused(Exception):
    """The document could not be read within its bounds: a one-line reason for the client."""


def extract_upload(path: Path, shown_as: str, memory_mb: int, timeout: float, max_facts: int) -> SourceExtraction:
    """The extraction of ``path``, read in a capped child process (the server's side).

    Messages name the file as the client knows it (``shown_as``), never the server's folder."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "api.upload_worker", str(path), str(memory_mb), str(max_facts)],
            capture_output=True,
            timeout=timeout,
            env=worker_environment(),
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise UploadRefused(f"{shown_as}: reading the document took longer than {timeout:g} s") from None
    out_of_memory = f"{shown_as}: reading the document needed more than {memory_mb} MB of memory"
    if done.returncode != 0 or not done.stdout:
        if done.returncode == -signal.SIGABRT:
            raise UploadRefused(out_of_memory)
        raise UploadRefused(f"{shown_as}: the document could not be read")
    status, value = pickle.loads(done.stdout)
    if status == "memory":
        raise UploadRefused(out_of_memory)
    if status == "too-many":
        raise UploadRefused(
            f"{shown_as}: the document states {value} facts; an upload may add at most {max_facts} "
            "(load it with strategy-lineage load)"
        )
    if status == "error":
        message = str(value).replace(str(path), shown_as)
        raise UploadRefused(message.replace(str(path.parent) + os.sep, "").replace(str(path.parent), ""))
    return value


def main(path: str, memory_mb: int, max_facts: int) -> tuple:
    deny_network()
    from graph.ingest import extract_any
    from loaders.sources import SourceError

    # Capped once the code is loaded (about 60 MB): what is left is for the document.
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        extraction = extract_any(Path(path))
        if len(extraction.facts) > max_facts:
            return ("too-many", len(extraction.facts))
        return ("ok", extraction)
    except SourceError as err:
        return ("error", str(err))
    except MemoryError:
        return ("memory", None)


if __name__ == "__main__":
    reply = main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    sys.stdout.buffer.write(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
