"""Long names in headings and list entries end in "…" (the whole name in the tooltip) instead of filling the pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

#: a heading keeps at most this many lines of a long name
HEADING_LINES = 2


def elided_lines(label: QLabel, text: str, lines: int = HEADING_LINES) -> str:
    """``text`` in at most ``lines`` lines of ``label``'s width, the last ending in "…" when it is cut."""
    metrics = label.fontMetrics()
    width = max(label.contentsRect().width(), 60)
    words, out, current = text.split(), [], ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1:]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out[:lines])


class ElidedHeading(QObject):
    """Keeps a heading's full text and shows it elided to its width; re-elided when the label is resized."""

    def __init__(self, label: QLabel, lines: int = HEADING_LINES):
        super().__init__(label)
        self.label = label
        self.lines = lines
        self.full = ""
        label.setWordWrap(False)
        # the pane decides the width, not the name (an elided text fits whatever width it gets)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.setMinimumWidth(0)
        label.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.full = text
        self.label.setToolTip(text if text else "")
        self.label.setAccessibleName(text)
        self._apply()

    def _apply(self) -> None:
        shown = elided_lines(self.label, self.full, self.lines) if self.full else ""
        if shown != self.label.text():
            self.label.setText(shown)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        """Override QObject.eventFilter: a new width elides the heading again."""
        if event.type() == QEvent.Type.Resize:
            self._apply()
        return False
