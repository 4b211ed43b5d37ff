"""`askback hub ...`: serve the community hub, migrate its database, manage accounts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

hub_app = typer.Typer(
    name="hub",
    help="Run a community hub: a multi-user server where members share experiences with "
    "companies, shown only as k-anonymous aggregates (docs/hub.md).\n\n"
    "Example: askback hub migrate --db postgresql+psycopg://hub@db/hub",
    no_args_is_help=True,
)
user_app = typer.Typer(
    name="user",
    help="Create accounts and reset passwords.\n\n"
    "Example: askback hub user create admin@example.org --role admin",
    no_args_is_help=True,
)
hub_app.add_typer(user_app, name="user")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        envvar="ASKBACK_HUB_DB",
        help="The hub's database: postgresql+psycopg://USER@HOST/DB (a SQLite file only for a "
        "one-process demo).",
        show_default=False,
    ),
]
StdinOption = Annotated[
    bool,
    typer.Option("--password-stdin", help="Read the password from the first line of stdin."),
]


def _hub(db: str | None, *, need_secret: bool = False) -> object:
    from askback.hub.config import HubConfig
    from askback.hub.core import Hub

    return Hub(HubConfig.from_env(need_secret=need_secret, database_url=db))


def _password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


def _print_json(data: dict[str, object]) -> None:
    import json

    typer.echo(json.dumps(data, ensure_ascii=False))


@hub_app.command("migrate")
def migrate(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Create or upgrade the hub's tables (run once per release, before the workers start).

    Example: askback hub migrate --db postgresql+psycopg://hub@db/hub
    """
    from askback.hub.core import Hub
    from askback.hub.migrate import HEAD, upgrade
    from askback.store.engine import redact

    hub = _hub(db)
    assert isinstance(hub, Hub)
    try:
        before = upgrade(hub.engine)
    finally:
        hub.close()
    if as_json:
        _print_json({"from": before, "to": HEAD, "database": redact(hub.config.database_url)})
    elif before == HEAD:
        typer.echo(f"hub schema is up to date ({HEAD}) in {redact(hub.config.database_url)}")
    else:
        typer.echo(f"hub schema {before or 'none'} -> {HEAD} in {redact(hub.config.database_url)}")


@hub_app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="TCP port.")] = 8800,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=64, help="uvicorn worker processes.")
    ] = 1,
    keep_alive: Annotated[
        int,
        typer.Option(
            "--keep-alive",
            metavar="SECONDS",
            min=1,
            max=3600,
            help="Seconds an idle connection stays open; keep it above the proxy's idle timeout.",
        ),
    ] = 75,
) -> None:
    """Serve the hub (behind a reverse proxy with TLS); settings come from ASKBACK_HUB_*.

    Example: askback hub serve --db postgresql+psycopg://hub@db/hub --workers 4
    """
    import os

    import uvicorn

    from askback.errors import InputError
    from askback.hub.config import HubConfig
    from askback.hub.core import Hub
    from askback.hub.migrate import check_current
    from askback.store.engine import is_sqlite, redact

    config = HubConfig.from_env(database_url=db)
    if workers > 1 and is_sqlite(config.database_url):
        raise InputError("--workers: several workers need PostgreSQL; SQLite is for a demo")
    hub = Hub(config)
    try:
        check_current(hub.engine, config.database_url)
    finally:
        hub.close()
    typer.echo(f"askback hub on http://{host}:{port}/ (database {redact(config.database_url)})")
    if db is not None:
        os.environ["ASKBACK_HUB_DB"] = db  # the workers read their settings from the environment
    uvicorn.run(
        "askback.hub.asgi:app",
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        server_header=False,
        proxy_headers=True,
        # uvicorn's 5 s default races a client (or proxy) that reuses an idle connection just
        # as the server closes it: the request fails with "server disconnected".
        timeout_keep_alive=keep_alive,
    )


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    role: Annotated[str, typer.Option("--role", help="member, moderator or admin.")] = "member",
    password_stdin: StdinOption = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create an account; the password is asked for (or read from stdin), never an argument.

    Example: askback hub user create admin@example.org --role admin
    """
    from askback.hub import accounts
    from askback.hub.core import Hub

    hub = _hub(db)
    assert isinstance(hub, Hub)
    password = _password(password_stdin)
    try:
        with hub.tx() as session:
            user = accounts.create_user(session, email, password, role)
            accounts.audit(session, None, "create-user", f"user:{user.id}", role)
            if as_json:
                _print_json({"id": user.id, "email": user.email, "role": role})
            else:
                typer.echo(f"created {role} {user.email} (id {user.id})")
    finally:
        hub.close()


@user_app.command("reset-password")
def user_reset(
    email: Annotated[str, typer.Argument(help="The account's email address.")],
    password_stdin: StdinOption = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print a one-time code (24 h) the member uses to set a new password; no mail server needed.

    With --password-stdin, set the password read from stdin instead.
    Example: askback hub user reset-password member@example.org
    """
    from askback.hub import accounts
    from askback.hub.core import Hub

    hub = _hub(db)
    assert isinstance(hub, Hub)
    try:
        with hub.tx() as session:
            if password_stdin:
                user = accounts.user_by_email(session, email)
                accounts.set_password(session, user.id, _password(True))
                accounts.audit(session, None, "set-password", f"user:{user.id}")
                if as_json:
                    _print_json({"email": user.email, "password_set": True})
                else:
                    typer.echo(f"password set for {user.email}; their sessions were ended")
                return
            code = accounts.issue_reset_code(session, email)
        if as_json:
            _print_json({"email": email, "code": code, "valid_hours": 24})
        else:
            typer.echo(code)
        typer.echo(
            "hand this code to the member; it works once, for 24 hours, at "
            "POST /api/v1/password-reset",
            err=True,
        )
    finally:
        hub.close()


def register(app: typer.Typer) -> None:
    app.add_typer(hub_app, name="hub")
