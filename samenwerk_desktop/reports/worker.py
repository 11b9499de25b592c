"""A report made in a worker process (no Qt): the data from a pickle file, progress and the outcome through a pipe."""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable

from samenwerk_desktop.core import audience, i18n
from samenwerk_desktop.core.errors import SamenwerkError
from samenwerk_desktop.reports import party_report, pdf
from samenwerk_desktop.reports.build import no_collections
from samenwerk_desktop.reports.document import ReportCancelled

#: progress is sent at most this often (seconds); the last step always
PROGRESS_EVERY = 0.05


def make_report(data, options: dict, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
    """Make the report the options ask for (``kind``, ``path``, ``lang``, ...); the number of pages."""
    kw = dict(lang=options["lang"], include_private=options["include_private"], progress=progress,
              cancelled=cancelled, force=options["force"], open_project=options["open_project"])
    if options["kind"] == "party":  # from what that party may see (its own projection), never private notes
        return party_report.party_report(data, options["party_id"], options["path"], lang=options["lang"],
                                         progress=progress, cancelled=cancelled, force=options["force"],
                                         open_project=options["open_project"])
    data = audience.output_data(data, options["include_private"])  # the room's projection unless asked
    if options["kind"] == "meeting":
        return pdf.meeting_report(data, options["meeting_id"], options["path"], **kw)
    return pdf.collaboration_report(data, options["path"], **kw)


def waiting_main(jobs, conn, cancel_event) -> None:
    """A worker process started ahead of its job: the fonts registered, then one job from ``jobs``, as child_main.

    When the window lets it go unused (the pipe is closed), it ends without a word.
    """
    from samenwerk_desktop.reports.text import coverage, styles

    coverage()
    styles()
    try:
        data_file, options, lang = jobs.recv()
    except (EOFError, OSError):
        return
    finally:
        jobs.close()
    child_main(conn, cancel_event, data_file, options, lang)


def child_main(conn, cancel_event, data_file: str, options: dict, lang: str) -> None:
    """The worker process: read the data, make the report, send ("progress", done, total)s and one outcome.

    The outcome is ("ok", pages), ("cancelled",), ("refused", sentence) for a SamenwerkError,
    or ("error", text) for anything unexpected; the window words the last one.
    """
    i18n.set_language(lang)
    last = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY or done >= total:
            last = now
            conn.send(("progress", done, total))

    try:
        # no cyclic collections in this short-lived process: the unpickling's and the projection's
        # objects set off full collections as the build's would (build.no_collections)
        with no_collections():
            with open(data_file, "rb") as f:
                data = pickle.load(f)  # noqa: S301 - our own pickle, written by the window a moment ago
            os.unlink(data_file)
            pages = make_report(data, options, progress, cancel_event.is_set)
    except ReportCancelled:
        conn.send(("cancelled",))
    except SamenwerkError as exc:
        conn.send(("refused", str(exc)))
    except Exception as exc:  # never a traceback for the user: the window shows one sentence
        conn.send(("error", str(exc)))
    else:
        conn.send(("ok", pages))
    conn.close()
