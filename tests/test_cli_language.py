"""Which language the command line speaks: --lang, else the environment, else Dutch."""

import pytest

from samenwerk_desktop.cli import language_from


@pytest.mark.parametrize(("argv", "environ", "expected"), [
    ([], {}, "nl"),
    (["--help"], {"LANG": "en_US.UTF-8"}, "en"),
    (["--help"], {"LANG": "de_DE.UTF-8"}, "nl"),
    (["--help"], {"LANG": "C.UTF-8"}, "nl"),
    (["check", "--help"], {"LC_MESSAGES": "en_GB", "LANG": "nl_NL"}, "en"),
    (["check", "--help"], {"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_GB"}, "nl"),
    (["check", "--help"], {"LC_ALL": "", "LANG": "en"}, "en"),
    (["--lang", "en", "--help"], {"LANG": "nl_NL"}, "en"),
    (["report", "--lang=nl", "--help"], {"LC_ALL": "en_US"}, "nl"),
    (["--lang", "fr"], {"LANG": "en_US"}, "en"),
    (["--help"], {"SAMENWERK_LANG": "en", "LANG": "nl_NL"}, "en"),
    (["--help"], {"SAMENWERK_LANG": "nl", "LC_ALL": "en_US"}, "nl"),
    (["import", "--", "--lang", "en"], {}, "nl"),
])
def test_the_language_of_the_command_line(argv, environ, expected):
    assert language_from(argv, environ) == expected
