"""Options: every switch of the library in one frozen object, the only config passed down the stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsgrab import settings
from newsgrab.model import REMOVAL_CATEGORIES

KINDS = ("auto", "html", "text")


@dataclass(frozen=True, slots=True)
class Options:
    """How to read and clean one input.

    `keep`: removal categories to keep in the body (`{"all"}` turns the boilerplate pass off).
    `extra_rules`: paths of user rule files in the same TOML format as the packaged ones.
    `max_bytes`: the size limit for raw and unpacked input.
    """

    keep: frozenset[str] = field(default_factory=frozenset)
    extra_rules: tuple[Path, ...] = ()
    max_bytes: int = settings.MAX_INPUT_BYTES

    def __post_init__(self) -> None:
        unknown = set(self.keep) - set(REMOVAL_CATEGORIES) - {"all"}
        if unknown:
            raise ValueError(
                f"unknown category for keep: {', '.join(sorted(unknown))}; "
                f"choose from all, {', '.join(REMOVAL_CATEGORIES)}"
            )
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")

    @property
    def boilerplate_enabled(self) -> bool:
        return "all" not in self.keep


DEFAULT_OPTIONS = Options()
