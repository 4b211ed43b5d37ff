"""`askback resources`: the curated interview and career resources, and search over them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli.output import JsonOption, check_lang, console, print_json

if TYPE_CHECKING:
    from askback.bank import Resource

resources_app = typer.Typer(
    invoke_without_command=True,
)


def _record(r: Resource, lang: str) -> dict[str, object]:
    data = r.model_dump(mode="json", exclude={"translations"})
    data["description"] = r.description_in(lang)
    return data


def _show(resources: list[Resource], as_json: bool, lang: str) -> None:
    check_lang(lang)
    if as_json:
        print_json([_record(r, lang) for r in resources])
        return
    from rich.markup import escape
    from rich.padding import Padding
    from rich.text import Text

    from askback.cli.output import print_url

    # A list, not a table: a URL squeezed into a column gets cut, and a cut URL is no use.
    out = console()
    for n, r in enumerate(resources):
        if n:
            out.print()
        out.print(f"[bold]{escape(r.title)}[/] [dim]({r.id} · {r.kind.value})[/]")
        print_url(out, r.url)
        out.print(Padding(Text(r.description_in(lang)), (0, 0, 0, 2)))
        if r.topics:
            out.print(Padding(Text(f"topics: {', '.join(r.topics)}", style="dim"), (0, 0, 0, 2)))


# The resources' own --lang: it picks the language of their descriptions.
ResourceLang = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="Language of the resource descriptions: en or de.",
        show_default=True,
    ),
]


@resources_app.callback()
def list_resources(
    ctx: typer.Context,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", metavar="KIND", help="e.g. community, event, book, practice."),
    ] = None,
    topic: Annotated[
        str | None, typer.Option("--topic", metavar="TOPIC", help="e.g. networking.")
    ] = None,
    as_json: JsonOption = False,
    lang: ResourceLang = "en",
) -> None:
    """Curated interview and career resources, communities and online events; list or search.

    Filter the list by kind (community, event, book, practice ...) or topic.

    Example: askback resources --kind community
    """
    if ctx.invoked_subcommand is not None:
        return
    from askback.bank import load_resources

    found = [
        r
        for r in load_resources()
        if (kind is None or r.kind.value == kind) and (topic is None or topic in r.topics)
    ]
    _show(found, as_json, lang)


@resources_app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="Words to look for; typos are fine.")],
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", min=1)] = 10,
    as_json: JsonOption = False,
    lang: ResourceLang = "en",
) -> None:
    """Search the resources, best match first.

    Example: askback resources search "online networking events"
    """
    from askback.bank import load_resources
    from askback.bank.resources import ResourceIndex

    hits = ResourceIndex(load_resources()).search(query, limit=limit)
    if not hits and not as_json:
        console().print(f"No resource matches {query!r}.")
        return
    _show([r for r, _ in hits], as_json, lang)


def register(app: typer.Typer) -> None:
    app.add_typer(resources_app, name="resources")
