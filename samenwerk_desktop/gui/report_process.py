"""A large report made in a worker process, so the window's event loop never waits for it (the GIL is not shared)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import tempfile

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from samenwerk_desktop.core import i18n
from samenwerk_desktop.reports import worker

#: a collaboration with more entities than this (parties, relations, work items, agreements) gets a process
PROCESS_AFTER = 500
#: how often the window looks at the pipe (ms)
POLL_MS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def wants_process(data) -> bool:
    """True for a collaboration whose report takes long enough to be worth a process of its own (~0.3 s to start)."""
    return len(data.parties) + len(data.relations) + len(data.work_items) + len(data.agreements) > PROCESS_AFTER


class ReportProcess(QObject):
    """One report in a worker process, with the signals of ReportWorker and QThread's start/quit/wait/finished.

    The data is pickled to a private temporary file (a snapshot: the facilitator may go on
    editing), which the worker reads and removes; progress and the outcome come back through a
    pipe that a timer reads, so nothing here blocks the window.
    """

    #: done, total
    progressed = Signal(int, int)
    #: the number of pages written
    succeeded = Signal(int)
    #: the sentence to show
    failed = Signal(str)
    #: the user cancelled; no file was written
    cancelled = Signal()
    #: emitted last, whatever the outcome
    done = Signal()
    #: the process has ended and its outcome was delivered (as QThread.finished)
    finished = Signal()

    def __init__(self, data, options: dict, parent: QObject | None = None):
        super().__init__(parent)
        fd, self._data_file = tempfile.mkstemp(prefix="samenwerk-report-", suffix=".pickle")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._cancel = ctx.Event()
        self._process = ctx.Process(target=worker.child_main, daemon=True,
                                    args=(child_conn, self._cancel, self._data_file, options, i18n.language()))
        self._child_conn = child_conn
        self._outcome: tuple | None = None
        self._ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the worker process and read its pipe on a timer."""
        self._process.start()
        self._child_conn.close()  # only the child writes; the pipe ends when it exits
        self._timer.start()

    def cancel(self) -> None:
        """Ask the worker to stop at the next flowable; it writes no file."""
        self._cancel.set()

    def quit(self) -> None:
        """Nothing to do: the process ends by itself (QThread's API, for the dialog)."""

    def wait(self) -> None:
        """Wait until the worker has ended and deliver its outcome."""
        while not self._ended:
            self._conn.poll(0.1)
            self._poll()

    def _poll(self) -> None:
        if self._ended:
            return
        alive = self._process.is_alive()  # before reading: a worker that had ended has sent everything
        try:
            while self._conn.poll():
                message = self._conn.recv()
                if message[0] == "progress":
                    self.progressed.emit(message[1], message[2])
                else:
                    self._outcome = message
        except (EOFError, OSError):  # the worker has gone: its end of the pipe is closed
            self._end()
            return
        if self._outcome is not None or not alive:
            self._end()

    def _end(self) -> None:
        self._ended = True
        self._timer.stop()
        self._process.join(0)  # never waits: a worker that has sent its outcome may still be exiting
        with contextlib.suppress(OSError):
            os.unlink(self._data_file)  # the worker removes it once read; not when it never got that far
        kind, *rest = self._outcome or ("error", _tr("het hulpproces stopte onverwacht"))
        if kind == "ok":
            self.succeeded.emit(rest[0])
        elif kind == "cancelled":
            self.cancelled.emit()
        elif kind == "refused":
            self.failed.emit(rest[0])
        else:
            self.failed.emit(_tr("Het rapport kon niet worden gemaakt: %1").replace("%1", rest[0]))
        self.done.emit()
        self.finished.emit()
