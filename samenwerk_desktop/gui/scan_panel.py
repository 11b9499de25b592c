"""De samenwerkingsscan: scores per party per statement in a grid, the spread per statement, a trend per lens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenwerk_desktop.core import errors, scan
from samenwerk_desktop.core.model import LENSES, ScanStatement
from samenwerk_desktop.core.scan import decimal
from samenwerk_desktop.gui.movement_panel import QuietWhenHidden, run_steps

ATTENTION = "#fde0c5"
LINE = "#5e3c99"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScanPanel", text)


class TrendChart(QWidget):
    """A small chart per lens: the mean of each check (1 to 5) over the meetings, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: dict[str, list[float | None]] = {lens: [] for lens in LENSES}
        self.setMinimumHeight(120)

    def set_trend(self, trend: dict[str, list]) -> None:
        self.points = {lens: [m for _, m in trend.get(lens, [])] for lens in LENSES}
        self.update()

    def paintEvent(self, event) -> None:
        """Override QWidget.paintEvent: five small charts side by side."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        w = self.width() / len(LENSES)
        font = QFont(self.font())
        p.setFont(font)
        for i, (lens, words) in enumerate(LENSES.items()):
            box = QRectF(i * w + 6, 4, w - 12, self.height() - 8)
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(box.left(), box.top(), box.width(), 18), Qt.AlignmentFlag.AlignHCenter, words.text())
            plot = QRectF(box.left() + 14, box.top() + 22, box.width() - 18, box.height() - 30)
            p.setPen(QPen(QColor("#b8b8b8"), 1))
            p.drawRect(plot)
            p.setPen(QColor("#333333"))
            for v in (1, 5):
                y = plot.bottom() - (v - 1) / 4 * plot.height()
                p.drawText(QRectF(box.left(), y - 8, 12, 16), Qt.AlignmentFlag.AlignRight, str(v))
            values = self.points.get(lens, [])
            n = len(values)
            pts = [QPointF(plot.left() + (plot.width() * (k + 0.5) / n),
                           plot.bottom() - (v - 1) / 4 * plot.height()) for k, v in enumerate(values) if v is not None]
            p.setPen(QPen(QColor(LINE), 2.2))
            for a, b in zip(pts, pts[1:], strict=False):
                p.drawLine(a, b)
            p.setBrush(QColor(LINE))
            for pt in pts:
                p.drawEllipse(pt, 3.5, 3.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.end()


class ScanPanel(QuietWhenHidden, QWidget):
    """One check entered per party: a grid of parties x statements, with mean and spread rows below."""

    def __init__(self, document, parent: QWidget | None = None, today=date.today):
        super().__init__(parent)
        self.document = document
        self.today = today
        self.scan_box = QComboBox(self)
        self.scan_box.setAccessibleName(_tr("Scan"))
        self.scan_box.setToolTip(_tr("De scan waarvan de scores hieronder staan"))
        self.new_button = QPushButton(_tr("Nieuwe scan"), self)
        self.agreement_button = QPushButton(_tr("Maak werkafspraak van deze stelling"), self)
        self.add_button = QPushButton(_tr("Stelling toevoegen…"), self)
        self.add_button.setToolTip(_tr("Dubbelklik op een kolomkop om de stelling te wijzigen."))
        self.grid = QTableWidget(self)
        self.grid.setAccessibleName(_tr("Scores per partij en stelling"))
        self.chart = TrendChart(self)
        top = QHBoxLayout()
        top.addWidget(self.scan_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.agreement_button)
        top.addWidget(self.add_button)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.grid, 3)
        col.addWidget(self.chart, 1)
        self._filling = False
        self.statement_ids: list[int] = []
        self.party_ids: list[int] = []
        self.scan_box.currentIndexChanged.connect(self.fill_grid)
        self.new_button.clicked.connect(self.new_scan)
        self.agreement_button.clicked.connect(self.make_agreement)
        self.add_button.clicked.connect(self.ask_add_statement)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self.ask_edit_statement)
        self.grid.itemChanged.connect(self._on_item)
        document.changed.connect(self._on_changed)
        document.reloaded.connect(self.fill)
        self.fill()

    @property
    def scan_id(self) -> int | None:
        return self.scan_box.currentData()

    def fill(self) -> None:
        keep = self.scan_id
        self.scan_box.blockSignals(True)
        self.scan_box.clear()
        for s in scan.scans(self.document.data):
            meeting = self.document.data.get("meeting", s.meeting_id)
            self.scan_box.addItem(f"{s.date}" + (f" · {meeting.title}" if meeting else ""), s.id)
        index = self.scan_box.findData(keep)
        self.scan_box.setCurrentIndex(index if index >= 0 else self.scan_box.count() - 1)
        self.scan_box.blockSignals(False)
        self.fill_grid()

    def fill_grid(self) -> None:
        data = self.document.data
        self._filling = True
        statements = scan.statements(data)
        parties = data.parties
        self.statement_ids = [s.id for s in statements]
        self.party_ids = [p.id for p in parties]
        self.grid.clear()
        self.grid.setColumnCount(len(statements))
        self.grid.setRowCount(len(parties) + 2)
        per_lens: dict[str, int] = {}
        for c, st in enumerate(statements):
            per_lens[st.lens] = per_lens.get(st.lens, 0) + 1
            head = QTableWidgetItem(f"{LENSES[st.lens].text()} {per_lens[st.lens]}")
            head.setToolTip(st.text)
            self.grid.setHorizontalHeaderItem(c, head)
        self.grid.setVerticalHeaderLabels([p.label for p in parties] + [_tr("Gemiddeld"), _tr("Spreiding")])
        scores = scan.scores_of(data, self.scan_id) if self.scan_id is not None else {}
        results = scan.results(data, self.scan_id) if self.scan_id is not None else []
        for c, st in enumerate(statements):
            for r, p in enumerate(parties):
                s = scores.get((st.id, p.id))
                item = QTableWidgetItem(str(s.score) if s else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, item)
            res = results[c] if c < len(results) else None
            mean = QTableWidgetItem(decimal(res.mean if res else None))
            spread = QTableWidgetItem(f"{res.low}–{res.high}" if res and res.scores else "–")
            for item in (mean, spread):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if res is not None and res.needs_attention:
                    item.setBackground(QColor(ATTENTION))
            self.grid.setItem(len(parties), c, mean)
            self.grid.setItem(len(parties) + 1, c, spread)
        self.grid.setEnabled(self.scan_id is not None)
        self.agreement_button.setEnabled(self.scan_id is not None and bool(statements))
        self.chart.set_trend(scan.trend(data))
        self._filling = False

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._filling or item.row() >= len(self.party_ids):
            return
        text = item.text().strip()
        value = None if not text else (int(text) if text.isdigit() else -1)
        self.set_score(self.party_ids[item.row()], self.statement_ids[item.column()], value)

    def set_score(self, party_id: int, statement_id: int, value: int | None) -> bool:
        try:
            steps = scan.score_steps(self.document.data, self.scan_id, statement_id, party_id, value)
        except errors.SamenwerkError as exc:
            self.document.errorOccurred.emit(str(exc))
            self.fill_grid()
            return False
        return run_steps(self.document, _tr("Score geven"), steps) if steps else True

    def new_scan(self) -> bool:
        meeting = next((m for m in self.document.data.meetings if m.status == "running"), None)
        steps = scan.start_steps(self.document.data, self.today(), meeting.id if meeting else None)
        done = run_steps(self.document, _tr("Nieuwe samenwerkingsscan"), steps)
        self.scan_box.setCurrentIndex(self.scan_box.count() - 1)
        return done

    def make_agreement(self) -> int | None:
        """The statement of the current column becomes a proposed working agreement (one undo step)."""
        column = self.grid.currentColumn()
        if self.scan_id is None or not 0 <= column < len(self.statement_ids):
            self.document.errorOccurred.emit(_tr("Kies eerst een stelling in de tabel."))
            return None
        found = scan.results(self.document.data, self.scan_id)[column]
        agreement = scan.agreement_for(self.document.data, found, self.document.data.get("scan", self.scan_id).meeting_id)
        change = self.document.apply(_tr("Werkafspraak uit de scan"), lambda p: p.add(agreement))
        return change.ids[0] if change is not None else None

    # -- the statements, editable --------------------------------------------------------------------

    @classmethod
    def ask_text(cls, parent, title: str, text: str = "") -> str | None:
        """A statement's text (tests replace this)."""
        value, ok = QInputDialog.getText(parent, title, _tr("Stelling:"), text=text)
        return value if ok else None

    @classmethod
    def ask_lens(cls, parent) -> str | None:
        """The lens of a new statement (tests replace this)."""
        names = [m.text() for m in LENSES.values()]
        value, ok = QInputDialog.getItem(parent, _tr("Stelling toevoegen"), _tr("Lens:"), names, 0, False)
        return list(LENSES)[names.index(value)] if ok else None

    def ask_edit_statement(self, column: int) -> bool:
        if not 0 <= column < len(self.statement_ids):
            return False
        statement = self.document.data.get("scan_statement", self.statement_ids[column])
        text = self.ask_text(self, _tr("Stelling wijzigen"), statement.text)
        if text is None or text.strip() == statement.text:
            return False
        return self.document.apply(_tr("Stelling wijzigen"),
                                   lambda p: p.update("scan_statement", statement.id, text=text.strip())) is not None

    def ask_add_statement(self) -> bool:
        lens = self.ask_lens(self)
        text = self.ask_text(self, _tr("Stelling toevoegen")) if lens is not None else None
        if not text or not text.strip():
            return False
        statement = ScanStatement(lens=lens, text=text.strip())
        return self.document.apply(_tr("Stelling toevoegen"), lambda p: p.add(statement)) is not None

    def _on_changed(self, change) -> None:
        if self.hold_while_hidden():
            return
        kinds = set(change.kinds) | {change.kind}
        if "scan" in kinds or "meeting" in kinds:
            self.fill()
        elif kinds & {"scan_score", "scan_statement", "party"}:
            self.fill_grid()
