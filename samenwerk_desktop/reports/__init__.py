"""PDF reports and CSV exports/imports of a collaboration (Qt-free)."""
