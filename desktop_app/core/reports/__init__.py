"""Printed documents of RCI Intake (reportlab): referral package, conclusion, checklist.

The modules touch neither the database nor Qt: they take the models of
:mod:`.models` and return PDF bytes.
"""

from desktop_app.core.reports.checklist import build_document_checklist
from desktop_app.core.reports.conclusion import build_prescreening_conclusion
from desktop_app.core.reports.fonts import ReportError, register_fonts
from desktop_app.core.reports.package import (
    PackageLayout,
    build_referral_package,
    build_referral_package_with_layout,
)

__all__ = [
    "PackageLayout",
    "ReportError",
    "build_document_checklist",
    "build_prescreening_conclusion",
    "build_referral_package",
    "build_referral_package_with_layout",
    "register_fonts",
]
