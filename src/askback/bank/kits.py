"""Starter kits: curated, ordered question sets for one concern, with whom to ask and when."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from askback.bank.bank import Bank
from askback.bank.loader import PACKAGE_DIR, mapping_document, validate_items
from askback.bank.schema import Audience, Question, Stage
from askback.errors import BankError, NotFoundError

KITS_FILE = PACKAGE_DIR / "kits.yaml"
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]


class Localized(BaseModel):
    """The same text in English and German."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: Text
    de: Text

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


class LocalizedList(BaseModel):
    """The same paragraphs in English and German."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: list[Text] = Field(min_length=1)
    de: list[Text] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return self.de if lang == "de" else self.en


class KitItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    whom: Audience
    when: Stage


class Kit(BaseModel):
    """A starter kit as written in kits.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    title: Localized
    intro: Localized
    questions: list[KitItem] = Field(min_length=3)
    mixed_signals: LocalizedList


@dataclass(frozen=True)
class KitStep:
    """One question of a kit, resolved against the bank."""

    question: Question
    whom: Audience
    when: Stage


def load_kits(bank: Bank, path: Path | None = None) -> list[Kit]:
    """The kits, checked against the bank: known ids, and whom/when the question allows."""
    path = path or KITS_FILE
    data, node = mapping_document(path)
    kits = validate_items(Kit, data.get("kits"), path, node, "kits")
    seen: set[str] = set()
    for i, kit in enumerate(kits):
        if kit.id in seen:
            raise BankError(str(path), node.line(["kits", i]), kit.id, "duplicate kit id")
        seen.add(kit.id)
        for j, item in enumerate(kit.questions):
            where = node.line(["kits", i, "questions", j])
            if item.question not in bank:
                raise BankError(str(path), where, f"{kit.id}: {item.question}", "unknown question")
            q = bank.get(item.question)
            if item.whom not in q.audience and Audience.ANY not in q.audience:
                raise BankError(
                    str(path), where, f"{kit.id}: {q.id}", f"{item.whom} is not an audience of it"
                )
            if item.when not in q.stage:
                raise BankError(
                    str(path), where, f"{kit.id}: {q.id}", f"{item.when} is not a stage of it"
                )
    return kits


def get_kit(kits: list[Kit], name: str) -> Kit:
    """A kit by id, or by a unique prefix of it ('gender' finds 'gender-diversity')."""
    exact = [k for k in kits if k.id == name]
    found = exact or [k for k in kits if k.id.startswith(name.lower())]
    if len(found) != 1:
        names = ", ".join(k.id for k in kits)
        raise NotFoundError(f"no starter kit {name!r}; choose one of: {names}")
    return found[0]


def steps(kit: Kit, bank: Bank) -> list[KitStep]:
    """The kit's questions in order, resolved through retired ids."""
    return [KitStep(bank.get(i.question), i.whom, i.when) for i in kit.questions]
