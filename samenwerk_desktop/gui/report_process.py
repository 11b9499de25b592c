"""A large report made in a worker process, so the window's event loop never waits for it (the GIL is not shared)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import tempfile

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

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


class _Spare:
    """A worker process started before the export is asked for, waiting for its one job.

    Spawning a process and importing ReportLab and the core in it takes about 0.3 s, and the
    fonts another 0.05 s; a process started when the report dialog is shown has done that by
    the time the facilitator has chosen the file and clicked.
    """

    def __init__(self):
        ctx = multiprocessing.get_context("spawn")
        child_jobs, self.jobs = ctx.Pipe(duplex=False)
        self.results, child_results = ctx.Pipe(duplex=False)
        self.cancel = ctx.Event()
        self.process = ctx.Process(target=worker.waiting_main, daemon=True,
                                   args=(child_jobs, child_results, self.cancel))
        self.process.start()
        child_jobs.close()
        child_results.close()

    def release(self) -> None:
        """Let the process go: it reads the end of its job pipe and exits.

        Kept until it has: its cancel event's semaphore goes with this object, and a process
        still starting would not find it.
        """
        self.jobs.close()
        self.results.close()
        _leaving[:] = [s for s in _leaving if s.process.is_alive()]  # is_alive() also reaps an ended one
        _leaving.append(self)


_spare: _Spare | None = None
#: released processes that may not have read their arguments yet
_leaving: list[_Spare] = []


def prepare_worker(data) -> None:
    """Start a waiting worker process for a large collaboration's next report (a report dialog is shown)."""
    global _spare
    if wants_process(data) and (_spare is None or not _spare.process.is_alive()):
        release_worker()
        _spare = _Spare()


def release_worker() -> None:
    """Let a waiting worker process that no export took go (the report dialog is hidden)."""
    global _spare
    spare, _spare = _spare, None
    if spare is not None:
        spare.release()


class SpareWorker(QObject):
    """Keeps a waiting worker process while a report dialog is shown (prepare_worker), lets it go when hidden."""

    def __init__(self, dialog: QObject, document):
        super().__init__(dialog)
        self._document = document
        dialog.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        """Override QObject.eventFilter: the dialog's Show starts the waiting process, its Hide releases it."""
        if event.type() == QEvent.Type.Show:
            prepare_worker(self._document.data)
        elif event.type() == QEvent.Type.Hide:
            release_worker()  # when no export took it
        return False


def _take_spare() -> _Spare | None:
    global _spare
    spare, _spare = _spare, None
    if spare is not None and not spare.process.is_alive():  # it has gone (killed, or its start failed)
        spare.release()
        return None
    return spare


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
        self._job = (self._data_file, options, i18n.language())
        self._spare = _take_spare()  # started when the dialog opened: its imports and fonts are done
        if self._spare is not None:
            self._process, self._conn, self._cancel = self._spare.process, self._spare.results, self._spare.cancel
            self._child_conn = None
        else:
            ctx = multiprocessing.get_context("spawn")
            self._conn, child_conn = ctx.Pipe(duplex=False)
            self._cancel = ctx.Event()
            self._process = ctx.Process(target=worker.child_main, daemon=True,
                                        args=(child_conn, self._cancel, *self._job))
            self._child_conn = child_conn
        self._outcome: tuple | None = None
        self._ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start the worker process (or hand the waiting one its job) and read its pipe on a timer."""
        if self._spare is not None:
            with contextlib.suppress(OSError):  # a process that has gone: the poll says so in one sentence
                self._spare.jobs.send(self._job)
            self._spare.jobs.close()  # one job per process
        else:
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
