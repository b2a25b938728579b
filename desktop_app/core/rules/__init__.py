"""Program profiles (data) → rule engine → findings; eligibility pre-screening.

Qt-free and database-free. Typical use::

    registry = ProfileRegistry.load(user_profiles_dir)
    profile = registry.latest("atd-reverse-engineering")
    report = validate(profile, facts)            # findings + verdict
    rows = checklist(profile, facts)             # every rule with its result
    docs = document_status(profile, facts)       # per document type
    result = evaluate_eligibility(profile, {"bankruptcy": False, ...})
"""

from .eligibility import (
    EligibilityReason,
    EligibilityResult,
    evaluate_eligibility,
    passing_answers,
)
from .engine import (
    ChecklistRow,
    DocumentStatus,
    Finding,
    ValidationReport,
    checklist,
    condition_holds,
    document_status,
    validate,
)
from .facts import (
    FIELDS,
    CostLineFact,
    DocumentFact,
    DossierFacts,
    EnterpriseFacts,
    FinancingFact,
    ProjectFacts,
    StageFact,
)
from .profile import Profile, version_key
from .profile_base import ProfileError
from .profile_loading import (
    load_profile,
    parse_profile,
    profile_json_schema,
    write_profile_schema,
)
from .registry import (
    ProfileNotFoundError,
    ProfileRegistry,
    check_profile_file,
    install_profile_file,
)

__all__ = [
    "FIELDS",
    "ChecklistRow",
    "CostLineFact",
    "DocumentFact",
    "DocumentStatus",
    "DossierFacts",
    "EligibilityReason",
    "EligibilityResult",
    "EnterpriseFacts",
    "FinancingFact",
    "Finding",
    "Profile",
    "ProfileError",
    "ProfileNotFoundError",
    "ProfileRegistry",
    "ProjectFacts",
    "StageFact",
    "ValidationReport",
    "check_profile_file",
    "checklist",
    "condition_holds",
    "document_status",
    "evaluate_eligibility",
    "install_profile_file",
    "load_profile",
    "parse_profile",
    "passing_answers",
    "profile_json_schema",
    "validate",
    "version_key",
    "write_profile_schema",
]
