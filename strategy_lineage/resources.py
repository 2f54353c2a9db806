"""Files the project ships beside its code: ``ontology.ttl``, ``shapes.ttl``, ``data/reference/``.

In a checkout (editable install) they are read where they stand; a built wheel carries
copies in the ``strategy_lineage._shipped`` package (see ``pyproject.toml``), so a normal
install in any folder finds them too.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def project_file(relative: str) -> Path:
    """The shipped file at ``relative`` (e.g. ``"shapes.ttl"``, ``"data/reference/acts.csv"``)."""
    in_checkout = CHECKOUT / relative
    if in_checkout.exists():
        return in_checkout
    packaged = Path(str(files("strategy_lineage").joinpath("_shipped", relative)))
    if packaged.exists():
        return packaged
    raise FileNotFoundError(f"{relative} is not in the checkout ({CHECKOUT}) nor in the installed package")
