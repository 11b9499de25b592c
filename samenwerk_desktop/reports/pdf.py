"""The two PDF reports: the collaboration report and the meeting's agreements and decisions list.

The collaboration report lives in ``collaboration_report.py``, the meeting report in ``meeting_report.py``
and what both share in ``build.py``; this module is their one address for the CLI, the window and the bench.
"""

from __future__ import annotations

from samenwerk_desktop.reports.build import WIDE, WIDTH, Cancelled, Progress
from samenwerk_desktop.reports.collaboration_report import (
    FOCUS_AFTER,
    FOCUS_COUNT,
    IDLE_LIST,
    ROLE_TINT,
    abbreviations,
    collaboration_report,
)
from samenwerk_desktop.reports.document import ReportCancelled, ReportError
from samenwerk_desktop.reports.meeting_report import latest_meeting_id, meeting_report

__all__ = ["collaboration_report", "meeting_report", "latest_meeting_id", "ReportCancelled", "ReportError",
           "abbreviations", "FOCUS_AFTER", "FOCUS_COUNT", "IDLE_LIST", "ROLE_TINT", "WIDTH", "WIDE", "Progress",
           "Cancelled"]
