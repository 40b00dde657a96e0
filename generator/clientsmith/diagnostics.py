"""Problems found in a spec, reported as ``file: /json/pointer: message``.

One collector is threaded through every stage so that `validate` can report all
problems strictly while `generate` shows the same ones as warnings and carries on.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.Enum):
    """How bad a problem is: errors make a spec invalid, warnings are advice."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place in one file."""

    file: str
    pointer: str
    message: str
    severity: Severity = field(default=Severity.ERROR, compare=False)
    omitted: str | None = field(default=None, compare=False)
    """What the generator left out of the client because of this problem, if anything."""

    def format(self) -> str:
        text = f"{self.file}: {self.pointer or '/'}: {self.message}"
        if self.omitted:
            text += f" (left out: {self.omitted})"
        return text


class SpecError(Exception):
    """A spec that cannot be turned into a client at all; carries its diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics

    def __reduce__(self) -> tuple[type[SpecError], tuple[list[Diagnostic]]]:
        """Pickle by diagnostics, so a worker process can hand its error to the parent."""
        return (SpecError, (self.diagnostics,))


@dataclass
class Diagnostics:
    """Collects diagnostics in the order they were found, without duplicates."""

    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def add(
        self,
        file: str,
        pointer: str,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        omitted: str | None = None,
    ) -> None:
        key = (file, pointer, message)
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Diagnostic(file, pointer, message, severity, omitted))

    def extend(self, diagnostics: list[Diagnostic]) -> None:
        for d in diagnostics:
            self.add(d.file, d.pointer, d.message, severity=d.severity, omitted=d.omitted)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)


def escape_pointer_token(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, *tokens: str | int) -> str:
    if len(tokens) == 1:  # the common case, by far
        token = str(tokens[0])
        if "~" not in token and "/" not in token:
            return f"{base}/{token}"
    return base + "".join("/" + escape_pointer_token(str(t)) for t in tokens)
