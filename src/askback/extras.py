"""Optional parts of askback that a default install leaves out, and how to add them."""

from __future__ import annotations

import importlib

from askback.errors import InputError

# extra name -> (the module it brings, what needs it)
EXTRAS: dict[str, tuple[str, str]] = {
    "plots": ("matplotlib", "charts (--plot)"),
    "postgres": ("psycopg", "PostgreSQL databases"),
}


class MissingExtra(InputError):
    """A feature needs an optional dependency that is not installed."""


def require(extra: str) -> None:
    """Raise a MissingExtra that says how to install `extra` when its module is absent."""
    module, purpose = EXTRAS[extra]
    try:
        importlib.import_module(module)  # the caller imports it next anyway
    except ImportError:
        pass
    else:
        return
    raise MissingExtra(
        f"{purpose} need the optional '{extra}' part of askback, which is not installed: "
        f"run `pip install 'askback[{extra}]'`, or in a checkout `make run EXTRAS={extra}` "
        f"(or `make install EXTRAS={extra}`)"
    )
