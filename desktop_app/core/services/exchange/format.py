"""The dossier exchange file: its pydantic models and JSON Schema (``rci-intake-dossier/1``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from desktop_app.core.db.models import LegalBasis
from desktop_app.core.files import write_text_atomically
from desktop_app.core.resources import resource_path

FORMAT = "rci-intake-dossier/1"
JSON_NAME = "dossier.json"
MAX_JSON_SIZE = 10 * 1024 * 1024
#: Nesting of arrays and objects in dossier.json; the format itself needs five.
MAX_JSON_DEPTH = 32
MONEY_PATTERN = r"^\d{1,15}(\.\d{1,2})?$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MONEY_MESSAGE = 'ожидается сумма в рублях, например "15000000.00"'
ZIP_TIME = (2000, 1, 1, 0, 0, 0)

RubAmount = Annotated[str, Field(pattern=MONEY_PATTERN, examples=["15000000.00"],
                                 description="Рубли с копейками: десятичная строка")]


class FormatModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EnterpriseSection(FormatModel):
    inn: str = Field(description="ИНН (10 или 12 цифр)")
    kpp: str | None = None
    ogrn: str | None = None
    full_name: str
    short_name: str | None = None
    address: str | None = Field(None, description="Юридический адрес")


class ContactSection(FormatModel):
    """Contact person (personal data, 152-ФЗ): only with the legal basis of processing."""

    name: str = Field(description="Фамилия Имя Отчество")
    position: str | None = None
    phone: str | None = None
    email: str | None = None
    legal_basis: LegalBasis = Field(description="Основание обработки персональных данных")
    consent_date: dt.date | None = None


class AnalogueSection(FormatModel):
    name: str | None = None
    manufacturer: str | None = None
    country: str | None = None


class ProjectSection(FormatModel):
    title: str | None = None
    component_name: str | None = None
    okpd2: str | None = None
    foreign_analogue: AnalogueSection | None = None
    target_industry: str | None = None
    consumers: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    total_cost: RubAmount | None = None
    grant_requested: RubAmount | None = None
    own_funds: RubAmount | None = None
    other_funds: RubAmount | None = None
    serial_volume: int | None = Field(None, ge=0)
    serial_years: str | None = None
    notes: str | None = None


class CostLineEntry(FormatModel):
    category: str
    description: str | None = None
    amount: RubAmount


class StageEntry(FormatModel):
    number: str = Field(description="Номер этапа календарного плана")
    title: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    result: str | None = None


class FinancingEntry(FormatModel):
    year: int
    source: Literal["grant", "own", "other"] = Field(
        description="Источник: grant — грант, own — собственные средства, other — иные средства"
    )
    amount: RubAmount


class FileEntry(FormatModel):
    file: str = Field(description="Путь к файлу относительно dossier.json (через «/»)")
    sha256: str | None = Field(None, pattern=SHA256_PATTERN)
    name: str | None = Field(None, description="Имя файла, как его передало предприятие")


class DocumentEntry(FormatModel):
    type: str = Field(description="Код типа документа из профиля программы")
    title: str | None = None
    number: str | None = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    received_on: dt.date | None = None
    files: list[FileEntry] = Field(default_factory=list)
    file: str | None = Field(None, description="Один файл (для файлов, составленных вручную)")

    @model_validator(mode="after")
    def _some_file(self) -> DocumentEntry:
        if not self.files and not self.file:
            raise ValueError("у документа нет файлов: укажите files или file")
        return self

    def all_files(self) -> list[FileEntry]:
        out = list(self.files)
        if self.file:
            out.append(FileEntry(file=self.file))
        return out


class DossierExchange(FormatModel):
    """A dossier as it travels between workstations (format ``rci-intake-dossier/1``)."""

    format: Literal["rci-intake-dossier/1"]
    program: str = Field(description="Код программы (профиля)")
    profile_version: str | None = None
    submission_date: dt.date | None = None
    enterprise: EnterpriseSection
    contact: ContactSection | None = None
    project: ProjectSection = Field(default_factory=ProjectSection)
    signatory_is_director: bool | None = True
    cost_lines: list[CostLineEntry] = Field(default_factory=list)
    stages: list[StageEntry] = Field(default_factory=list, description="Календарный план")
    financing: list[FinancingEntry] = Field(
        default_factory=list, description="Финансирование по источникам и годам"
    )
    documents: list[DocumentEntry] = Field(default_factory=list)


def exchange_json_schema() -> dict[str, Any]:
    schema = DossierExchange.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Досье заявки для переноса между рабочими местами (RCI Intake)"
    return schema


def render_exchange_schema() -> str:
    return json.dumps(exchange_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_exchange_schema(path: Path | None = None) -> Path:
    """Write the JSON Schema (default: ``resources/schemas/dossier-exchange.schema.json``)."""
    target = path or resource_path("schemas", "dossier-exchange.schema.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_text_atomically(target, render_exchange_schema(), newline="\n")
