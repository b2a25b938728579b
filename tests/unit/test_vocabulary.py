"""Every stored code people read has exactly one label in the vocabulary."""

from __future__ import annotations

import enum

import pytest

from desktop_app.core import vocabulary
from desktop_app.core.db.models import Channel, DossierStatus, LegalBasis, Role, SizeCategory
from desktop_app.core.reports.models import CheckResult, Confidence, Severity, Verdict
from desktop_app.core.rules.eligibility import EligibilityVerdict


@pytest.mark.parametrize(("table", "codes"), [
    (vocabulary.DOSSIER_STATUSES, DossierStatus),
    (vocabulary.CHANNELS, Channel),
    (vocabulary.SIZES, SizeCategory),
    (vocabulary.LEGAL_BASES, LegalBasis),
    (vocabulary.ROLES, Role),
    (vocabulary.VERDICTS, Verdict),
    (vocabulary.SEVERITIES, Severity),
    (vocabulary.CONFIDENCES, Confidence),
    (vocabulary.CHECK_RESULTS, CheckResult),
])
def test_each_code_has_a_label(table: dict[str, str], codes: type[enum.StrEnum]) -> None:
    assert set(table) == {c.value for c in codes}
    assert all(label.strip() for label in table.values())


def test_the_rule_engine_verdicts_are_the_printed_ones() -> None:
    assert set(vocabulary.VERDICTS) == set(EligibilityVerdict.__args__)


def test_a_status_has_one_wording_everywhere() -> None:
    from desktop_app.core.services.dossiers import status_label

    assert status_label(DossierStatus.REFERRED) == "направлено в Агентство"
    assert vocabulary.all_labels().count("направлено в Агентство") == 1
