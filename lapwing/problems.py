"""Problems met while reading input: each names the file, the line or record, and what to do.

Bad input never stops a batch. Readers and stages add a :class:`Problem` to a
:class:`ProblemLog` and go on; the CLI prints the log as a summary and turns it into an exit
code (:data:`EXIT_PARTIAL` when anything was skipped).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

EXIT_OK = 0
EXIT_FAILURE = 1  # nothing could be done (e.g. no input at all, database unusable)
EXIT_USAGE = 2  # click's own code for bad command-line usage
EXIT_PARTIAL = 3  # the run finished, but some input was skipped: see the problem summary


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input.

    ``severity`` is ``error`` when some input was skipped (nothing from it was stored) and
    ``warning`` when it was stored with a change the user should know about (a guessed
    encoding, an unparseable date dropped, a huge file split in parts).
    """

    origin: str
    reason: str
    severity: Severity = "error"
    line: int | None = None
    record: str | None = None
    hint: str | None = None

    def location(self) -> str:
        """``file:line [record]``, the way editors and grep print places."""
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where} [{self.record}]" if self.record else where

    def __str__(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.reason}"
        return f"{text} ({self.hint})" if self.hint else text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ProblemLog:
    """Collects problems during a run; cheap to pass to every reader and stage."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def error(self, origin: str, reason: str, **where: Any) -> None:
        self.add(Problem(origin, reason, "error", **where))

    def warning(self, origin: str, reason: str, **where: Any) -> None:
        self.add(Problem(origin, reason, "warning", **where))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def counts(self) -> Counter[str]:
        return Counter(p.severity for p in self.problems)

    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.errors else EXIT_OK

    def __len__(self) -> int:
        return len(self.problems)
