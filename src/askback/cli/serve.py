"""`askback serve`: the local web app, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from askback.config import Settings

HostOption = Annotated[
    str,
    typer.Option(
        "--host",
        help="Address to listen on. The default 127.0.0.1 lets only this computer connect; "
        "any other address prints a warning and requires an access token.",
    ),
]
PortOption = Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="TCP port.")]
DemoOption = Annotated[
    bool,
    typer.Option(
        "--demo",
        help="Serve a fresh demo workspace (demo.sqlite3 in your data directory) "
        "instead of your own data.",
    ),
]
NoBrowserOption = Annotated[bool, typer.Option("--no-browser", help="Do not open a browser tab.")]
TokenOption = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="ASKBACK_TOKEN",
        help="Access token for a non-local --host, at least 16 characters "
        "(default: a random one, printed at start).",
        show_default=False,
    ),
]
AllowHostOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-host",
        help="Another Host header name to answer to, e.g. the machine's name (repeatable).",
        show_default=False,
    ),
]


def web_secret(directory: Path) -> str:
    """The key that signs CSRF tokens, kept in the data directory so open tabs survive a restart."""
    import secrets

    path = directory / "web-secret"
    try:
        value = path.read_text(encoding="ascii").strip()
        if len(value) >= 32:
            return value
    except (OSError, UnicodeDecodeError):
        pass
    value = secrets.token_hex(32)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600, exist_ok=True)
        path.write_text(value, encoding="ascii")
    except OSError:
        pass  # a read-only data directory only costs stale tokens after a restart
    return value


def _check_port_free(host: str, port: int) -> None:
    import socket

    from askback.errors import InputError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise InputError(
                f"cannot listen on {host}:{port} ({exc.strerror}); "
                "is askback already running? Try another --port."
            ) from None


def machine_names() -> tuple[str, ...]:
    """This machine's name and addresses: what other machines use to reach a 0.0.0.0 bind."""
    import socket

    try:
        name, aliases, addresses = socket.gethostbyname_ex(socket.gethostname())
    except OSError:
        return (socket.gethostname(),)
    return tuple(dict.fromkeys([name, *aliases, *addresses]))


def demo_settings(settings: Settings) -> Settings:
    """Settings that point at a freshly built demo database in the data directory."""
    from dataclasses import replace

    from askback.config import data_dir
    from askback.demo import build_demo

    path = data_dir() / "demo.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    build_demo(url)
    return replace(settings, db=url)


def serve(
    ctx: typer.Context,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8765,
    demo: DemoOption = False,
    no_browser: NoBrowserOption = False,
    token: TokenOption = None,
    allow_host: AllowHostOption = None,
) -> None:
    """Start the web app: dashboard, question bank, interviews, assessments, comparison.

    Example: askback serve --demo
    """
    import secrets

    import uvicorn

    from askback.cli import settings as root_settings
    from askback.config import data_dir
    from askback.errors import InputError
    from askback.store.engine import redact
    from askback.web.app import create_app
    from askback.web.config import WebConfig, is_local, token_problem

    settings = root_settings(ctx)
    if token is not None and (problem := token_problem(token)) is not None:
        raise InputError(problem)
    local = is_local(host)
    if not local:
        token = token or secrets.token_urlsafe(24)
        typer.secho(
            f"warning: listening on {host}, not 127.0.0.1: other machines can reach askback. "
            "Every request needs the access token below; share it with no one.",
            fg=typer.colors.YELLOW,
            err=True,
        )
    _check_port_free(host, port)
    if demo:
        settings = demo_settings(settings)
    config = WebConfig(
        settings=settings,
        host=host,
        port=port,
        token=token,
        allowed_hosts=tuple(allow_host or ())
        + (machine_names() if host in ("0.0.0.0", "::") else ()),
        secret=web_secret(data_dir()),
    )
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    typer.echo(f"askback on {url}  (database: {redact(settings.database_url)}; Ctrl+C stops)")
    if not no_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_level="warning",
        server_header=False,
        proxy_headers=False,
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
