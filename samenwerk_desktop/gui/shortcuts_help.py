"""Help › Sneltoetsen: every shortcut of the window once, with what it does, read from its QActions and QShortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _where(window, obj) -> str:
    """Where a shortcut works: in the whole window, or in one panel (by the panel's name)."""
    names = {"map": _tr("Kaart"), "raci": _tr("Verantwoordelijkheden (RACI)"), "agreements": _tr("Afspraken"),
             "inspector": _tr("Partij")}
    owner = obj.parent()
    for name, panel in getattr(window, "panels", {}).items():
        if owner is panel or (isinstance(owner, QWidget) and panel.isAncestorOf(owner)):
            return names.get(name, name)
    return ""


def _name(text: str) -> str:
    """An action's text as a description: no mnemonic '&', no undo text after the colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split(":")[0].strip()


def shortcut_lines(window) -> list[tuple[str, str]]:
    """(what it does, keys) of every shortcut in the window, each key once; a panel's own keys name the panel."""
    seen: set[str] = set()
    lines: list[tuple[str, str]] = []
    entries = [(act.text(), act.shortcuts(), act) for act in window.findChildren(QAction)]
    entries += [(sc.whatsThis(), [sc.key()], sc) for sc in window.findChildren(QShortcut)]
    for text, sequences, obj in entries:
        name = _name(text)
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()]
        keys = [k for i, k in enumerate(keys) if k not in seen and k not in keys[:i]]
        if not name or not keys:
            continue
        seen.update(keys)
        where = _where(window, obj)
        if not where and obj.objectName().startswith("actionRoomView_"):  # not the docks of the same name
            where = _tr("Zaalscherm")
        lines.append((f"{name} ({where})" if where else name, ", ".join(keys)))
    return lines


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ShortcutsDialog(QDialog):
    """The shortcuts in a table that scrolls (the list is long once every panel's keys are in it)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Sneltoetsen"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("shortcutsText")
        self.browser.setAccessibleName(_tr("Sneltoetsen"))
        rows = "".join(f"<tr><td>{_escape(name)}</td><td><b>{_escape(keys)}</b></td></tr>"
                       for name, keys in shortcut_lines(window))
        self.browser.setHtml(
            f"<table cellspacing='4'>{rows}</table>"
            + _tr("<p>Op de kaart: Shift+slepen van partij naar partij verbindt; dubbelklik op een lege plek "
                  "voegt een partij toe; spatie+slepen of de middelste muisknop verschuift; het muiswiel zoomt.</p>")
            + _tr("<p>Zonder muis: Tab kiest op de kaart de volgende partij, Enter bewerkt haar, de pijltjes "
                  "verschuiven haar (met Shift in kleine stapjes) en de menutoets of Shift+F10 opent haar menu, "
                  "met Verbinden met….</p>"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Sluiten"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
