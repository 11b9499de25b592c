"""What the import fuzz tests share: what a clean refusal looks like, and the table of outcomes they print."""

from __future__ import annotations

from collections import Counter

OUTCOMES = ("refused", "imported", "UNEXPECTED", "LOST")


def is_sentence(text: str, name: str) -> bool:
    """One sentence that names the file and is not the command line's last line of defence."""
    return text.endswith(".") and f"‘{name}’" in text and "\n" not in text and "onverwachte" not in text


def report(title: str, counts: Counter) -> None:
    """Print the cases tried per class and their outcomes (shown with pytest -rP)."""
    print(f"\n{title}")
    width = max((len(c) for c, _ in counts), default=0)
    for cls in sorted({c for c, _ in counts}):
        print(f"  {cls:{width}} tried {sum(n for (c, _), n in counts.items() if c == cls):5}  "
              + "  ".join(f"{o} {counts[(cls, o)]}" for o in OUTCOMES))
