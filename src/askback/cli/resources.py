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
    from rich.table import Table

    table = Table(header_style="bold")
    for col in ("id", "title", "kind", "topics", "why"):
        table.add_column(col)
    for r in resources:
        table.add_row(
            r.id,
            f"{r.title}\n[dim]{r.url}[/]",
            r.kind.value,
            ", ".join(r.topics),
            r.description_in(lang),
        )
    console().print(table)


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
