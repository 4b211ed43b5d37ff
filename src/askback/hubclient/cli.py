"""`askback hub login|logout|status|pull`, `askback share` and `askback unshare`.

httpx is imported inside the commands only: `askback --help` and every other command start
without it.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli import completion as complete
from askback.cli.output import JsonOption, print_json
from askback.cli.tracker.common import workspace

if TYPE_CHECKING:
    from askback.app.hub import Preview
    from askback.hubclient.client import HubClient

ENV_EMAIL = "ASKBACK_HUB_EMAIL"
ENV_PASSWORD = "ASKBACK_HUB_PASSWORD"
TOKEN_NAME = "askback client"

OpportunityArg = Annotated[
    str,
    typer.Argument(
        metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
    ),
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Go ahead without asking.")]


def _client(url: str, token: str | None = None) -> HubClient:
    from askback.hubclient.client import HubClient

    return HubClient(url, token)


def login(
    url: Annotated[str, typer.Argument(metavar="URL", help="The hub's address, https://...")],
    email: Annotated[
        str | None,
        typer.Option(
            "--email",
            envvar=ENV_EMAIL,
            metavar="ADDRESS",
            help="The account's email (else asked).",
            show_default=False,
        ),
    ] = None,
    password_stdin: Annotated[
        bool,
        typer.Option("--password-stdin", help="Read the password from the first line of stdin."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Sign in to a hub and keep an API token in your config directory (mode 0600).

    The password goes to the hub once and is never stored; scripts give it in
    ASKBACK_HUB_PASSWORD or on stdin.
    Example: askback hub login https://hub.example.org --email me@example.org
    """
    from urllib.parse import urlsplit

    from askback.hubclient import login as saved
    from askback.hubclient.client import API
    from askback.hubclient.replies import Reply, TokenReply

    parts = urlsplit(url.strip())
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(
            "warning: plain http: the password and token cross the network unencrypted; "
            "use https:// for a hub on another machine",
            err=True,
        )
    address = email or str(typer.prompt("Email"))
    password = os.environ.get(ENV_PASSWORD)
    if password_stdin or (password is None and not sys.stdin.isatty()):
        password = sys.stdin.readline().rstrip("\r\n")
    if password is None:
        password = str(typer.prompt("Password", hide_input=True))
    with _client(url) as hub:
        csrf = hub.csrf()
        hub.call(
            "POST",
            f"{API}/login",
            Reply,
            body={"email": address, "password": password},
            csrf=True,
        )
        reply = hub.call("POST", f"{API}/tokens", TokenReply, body={"name": TOKEN_NAME}, csrf=True)
        assert reply is not None and csrf
        # The password session is not needed any more: the token is what the client uses.
        hub.call("POST", f"{API}/logout", Reply, body={}, csrf=True)
        login_ = saved.Login(url=hub.url, email=address, token=reply.token, token_id=reply.id)
    path = saved.save(login_)
    if as_json:
        print_json({**login_.redacted(), "file": str(path)})
    else:
        typer.echo(f"signed in to {login_.url} as {address}; token kept in {path}")


def logout(as_json: JsonOption = False) -> None:
    """Revoke the hub token and forget it on this machine.

    Example: askback hub logout
    """
    from askback.hubclient import login as saved
    from askback.hubclient.client import API
    from askback.hubclient.replies import HubError, Reply

    found = saved.load()
    if found is None:
        if as_json:
            print_json({"signed_in": False})
        else:
            typer.echo("not signed in to a hub")
        return
    revoked = True
    problem = ""
    try:
        with _client(found.url, found.token) as hub:
            hub.call("DELETE", f"{API}/tokens/{found.token_id}", Reply)
    except HubError as exc:
        revoked, problem = False, str(exc)
    saved.forget()
    if as_json:
        print_json({"signed_in": False, "url": found.url, "token_revoked": revoked})
        return
    typer.echo(f"signed out of {found.url}")
    if not revoked:
        typer.echo(
            f"the token could not be revoked on the hub ({problem}); revoke it on the hub's "
            "'My contributions' page",
            err=True,
        )


def status(as_json: JsonOption = False) -> None:
    """Say which hub you are signed in to, and as whom (no network; the token is not shown).

    Example: askback hub status
    """
    from askback.hubclient import login as saved

    found = saved.load()
    data: dict[str, object] = {"signed_in": found is not None}
    if found is not None:
        data.update(found.redacted())
    data["file"] = str(saved.login_file())
    if as_json:
        print_json(data)
    elif found is None:
        typer.echo("not signed in to a hub; `askback hub login URL` signs in")
    else:
        typer.echo(f"signed in to {found.url} as {found.email} (token {found.token_id})")


def pull(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Fetch the community aggregates for the companies you track, and the community bank.

    Everything is fetched and checked first, then stored in one transaction: a hub that fails
    halfway leaves what you had.
    Example: askback hub pull
    """
    from askback.app import hub as use
    from askback.hubclient import login as saved
    from askback.hubclient.client import API, quoted
    from askback.hubclient.replies import BankReply, CompanyReply

    found = saved.required()
    with workspace(ctx) as ws:
        tracked = use.companies(ws)
        fetched: dict[str, tuple[list[int], CompanyReply | None]] = {}
        with _client(found.url, found.token) as hub:
            for slug in sorted(tracked):
                reply = hub.call(
                    "GET", f"{API}/companies/{quoted(slug)}", CompanyReply, missing_ok=True
                )
                fetched[slug] = (tracked[slug], reply)
            bank = hub.call("GET", f"{API}/bank/community", BankReply, missing_ok=True)
        result = use.store_pull(ws, found.url, fetched, bank.questions if bank else None)
    if as_json:
        print_json(
            {
                "hub": found.url,
                "companies": result.companies,
                "with_aggregates": result.with_aggregates,
                "dimensions": result.dimensions,
                "bank_questions": result.bank_questions,
            }
        )
        return
    bank_line = (
        "no community bank"
        if result.bank_questions is None
        else f"{result.bank_questions} community questions"
    )
    typer.echo(
        f"pulled from {found.url}: {result.dimensions} dimension aggregates for "
        f"{result.with_aggregates} of {result.companies} companies; {bank_line}"
    )


def share(
    ctx: typer.Context,
    opportunity: OpportunityArg,
    preview: Annotated[
        bool, typer.Option("--preview", help="Print the JSON that would be sent, and stop.")
    ] = False,
    yes: YesOption = False,
    notes: Annotated[
        list[int] | None,
        typer.Option(
            "--include-note",
            metavar="ANSWER",
            help="Also send this answer's notes as free text (repeat for each; none by default).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Share your experience with a company with the hub you are signed in to.

    Sends per answer the bank question, the audience (a role, never a name), the stage, the
    rating and red flag, and the month; notes only those you pick. --preview prints exactly
    that JSON. Sharing again replaces what you shared before.
    Example: askback share acme --preview
    """
    from askback.app import hub as use
    from askback.errors import InputError
    from askback.hubclient import login as saved

    with workspace(ctx) as ws:
        made = use.share_payload(ws, opportunity, notes or ())
        if preview:
            print_json(made.body)
            _say_left_out(made)
            return
        found = saved.required()
        if not yes:
            if not sys.stdin.isatty():
                raise InputError("share: add --yes to send, or --preview to see what would be sent")
            print_json(made.body)
            _say_left_out(made)
            typer.confirm(f"Send this to {found.url}?", abort=True)
        from askback.hubclient.client import API
        from askback.hubclient.replies import ShareReply

        with _client(found.url, found.token) as hub:
            reply = hub.call("PUT", f"{API}/shares", ShareReply, body=made.body)
        assert reply is not None
        share_id = use.record_share(ws, made, found.url, reply)
        replaced = made.shared is not None
    if as_json:
        print_json(
            {"hub": found.url, "share_id": share_id, "replaced": replaced, "sent": made.body}
        )
        return
    verb = "replaced your earlier share" if replaced else "shared"
    n = len(made.answer_ids)
    typer.echo(
        f"{verb}: {n} answer{'s' if n != 1 else ''} about {made.label} on {found.url} "
        f"(share {share_id}); `askback unshare` withdraws it"
    )


def _say_left_out(made: Preview) -> None:
    if made.left_out:
        typer.echo(f"not shared ({len(made.left_out)}): " + "; ".join(made.left_out[:5]), err=True)
    if made.shared is not None:
        earlier = made.shared
        typer.echo(f"this replaces share {earlier.hub_share_id} on {earlier.hub_url}", err=True)


def unshare(ctx: typer.Context, opportunity: OpportunityArg, as_json: JsonOption = False) -> None:
    """Withdraw what you shared about a company from the hub.

    Example: askback unshare acme
    """
    from askback.app import hub as use
    from askback.hubclient import login as saved
    from askback.hubclient.client import API
    from askback.hubclient.replies import Reply

    with workspace(ctx) as ws:
        row = use.shared(ws, opportunity)
        found = saved.required()
        token = found.token if found.url == row.hub_url else None
        if token is None:
            from askback.errors import InputError

            raise InputError(
                f"this was shared with {row.hub_url}; log in there to withdraw it "
                f"(signed in to {found.url})"
            )
        with _client(row.hub_url, token) as hub:
            gone = hub.call("DELETE", f"{API}/shares/{row.hub_share_id}", Reply, missing_ok=True)
        use.forget_share(ws, row.id)
        share_id, hub_url = row.hub_share_id, row.hub_url
    if as_json:
        print_json({"hub": hub_url, "share_id": share_id, "already_gone": gone is None})
        return
    note = " (the hub no longer had it)" if gone is None else ""
    typer.echo(f"withdrew share {share_id} from {hub_url}{note}")


def register(app: typer.Typer) -> None:
    from askback.hub.cli import hub_app

    hub_app.command("login")(login)
    hub_app.command("logout")(logout)
    hub_app.command("status")(status)
    hub_app.command("pull")(pull)
    app.command("share")(share)
    app.command("unshare")(unshare)
