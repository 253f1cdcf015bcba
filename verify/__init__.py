"""verify: check the factual claims of a news article against reference sources.

The public API is imported on first use, so `import verify` stays light:

    from verify import RunOptions, check_text
    report = check_text(open("article.txt").read(), RunOptions(mode="offline"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "check_text": "verify.app",
    "check_files": "verify.app",
    "claims_for": "verify.app",
    "RunOptions": "verify.app",
    "BatchResult": "verify.app",
    "Format": "verify.app",
    "Hooks": "verify.app",
    "InputError": "verify.errors",
    "Article": "verify.models",
    "Claim": "verify.models",
    "ClaimResult": "verify.models",
    "Evidence": "verify.models",
    "Outcome": "verify.models",
    "Reason": "verify.models",
    "Report": "verify.models",
    "Review": "verify.models",
    "Summary": "verify.models",
    "Verdict": "verify.models",
    "SCHEMA_VERSION": "verify.models",
}

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "BatchResult",
    "Claim",
    "ClaimResult",
    "Evidence",
    "Format",
    "Hooks",
    "InputError",
    "Outcome",
    "Reason",
    "Report",
    "Review",
    "RunOptions",
    "Summary",
    "Verdict",
    "__version__",
    "check_files",
    "check_text",
    "claims_for",
]

if TYPE_CHECKING:
    from verify.app import BatchResult, Format, Hooks, RunOptions, check_files, check_text, claims_for
    from verify.errors import InputError
    from verify.models import (
        SCHEMA_VERSION,
        Article,
        Claim,
        ClaimResult,
        Evidence,
        Outcome,
        Reason,
        Report,
        Review,
        Summary,
        Verdict,
    )


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'verify' has no attribute {name!r}")
