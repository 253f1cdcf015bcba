"""Adding one of the project's own pipeline components to a loaded spaCy pipeline.

Each component module (paragraph starts, nicknamed people, hyphen-joined names) names its component,
its function and where it goes; registering it with spaCy and adding it once is the same for all, so it
lives here: a pipeline without the component it must follow or precede (a blank one in a test) is
left as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["add_component"]


@functools.cache
def _register(name: str, func: Callable[[Doc], Doc]) -> None:
    """spaCy's registry is global: each name registered once per process."""
    from spacy.language import Language

    Language.component(name, func=func)


def add_component(nlp: Language, name: str, func: Callable[[Doc], Doc], needs: str, **where: Any) -> None:
    """Add `func` as component `name` (once), placed by `where` (spaCy's `before=`, `after=`, `last=`),
    when the pipeline has the component `needs` it works with."""
    if name in nlp.pipe_names or needs not in nlp.pipe_names:
        return
    _register(name, func)
    nlp.add_pipe(name, **where)
