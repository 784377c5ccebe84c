"""What an import did, for the command's summary, the --report file and the
admin page: counts of what was created, updated, left unchanged and skipped
(with reasons), and warnings an editor should look at."""

import json
from collections import Counter
from dataclasses import dataclass, field

LIKES_NOTE = (
    "Likes are not in WordPress export files, so none were brought across; "
    "posts and comments start with no likes."
)


@dataclass
class Report:
    source: str = ""
    dry_run: bool = False
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)  # "what: why" → count
    warnings: list = field(default_factory=list)
    shortcodes: Counter = field(default_factory=Counter)
    elements: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    stopped_at: str = ""
    error: str = ""
    timings: dict = field(default_factory=dict)

    def skip(self, what, why):
        self.skipped[f"{what}: {why}"] += 1

    def warn(self, message):
        self.warnings.append(message)

    def notes(self, notes):
        self.shortcodes.update(notes.shortcodes)
        self.elements.update(notes.elements)
        self.removed.update(notes.removed)

    def as_dict(self):
        def nonzero(counts):
            return {name: count for name, count in counts.items() if count}

        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "created": nonzero(self.created),
            "updated": nonzero(self.updated),
            "unchanged": nonzero(self.unchanged),
            "skipped": nonzero(self.skipped),
            "warnings": self.warnings,
            "unknown_shortcodes": dict(self.shortcodes),
            "kept_as_rich_text": dict(self.elements),
            "removed_as_unsafe": dict(self.removed),
            "likes": LIKES_NOTE,
            "stopped_at": self.stopped_at,
            "error": self.error,
            "timings": self.timings,
        }

    def as_json(self):
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    def as_text(self):
        lines = []
        heading = "Dry run: nothing was saved." if self.dry_run else "Import finished."
        if self.error:
            heading = f"Import failed, nothing was saved: {self.error}"
            if self.stopped_at:
                heading += f" (stopped at {self.stopped_at})"
        lines.append(heading)
        if self.source:
            lines.append(f"Source: {self.source}")
        for title, counts in (
            ("Created", self.created),
            ("Updated", self.updated),
            ("Unchanged", self.unchanged),
            ("Skipped", self.skipped),
            ("Unknown shortcodes (kept as text)", self.shortcodes),
            ("Kept as rich text", self.elements),
            ("Removed as unsafe", self.removed),
        ):
            counts = {name: count for name, count in counts.items() if count}
            if counts:
                lines.append(f"{title}:")
                lines.extend(f"  {name}: {count}" for name, count in sorted(counts.items()))
        if self.warnings:
            lines.append(f"Warnings ({len(self.warnings)}):")
            lines.extend(f"  {warning}" for warning in self.warnings)
        lines.append(LIKES_NOTE)
        return "\n".join(lines)
