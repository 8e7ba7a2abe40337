"""A contribution is plain text: markup is refused (never silently stripped), control characters dropped,
whitespace tidied, and the length limited — every problem reported at once."""

from pejling.lib.participation.text import EMPTY, HTML_REFUSED, TOO_LONG, plain_text


def test_text_is_tidied():
    checked = plain_text("  Flere\tbænke\u00a0ved  Gudenåen\r\n\r\n\r\n\r\nTak!\x07 ")
    assert checked.text == "Flere bænke ved Gudenåen\n\nTak!"
    assert checked.problems == ()


def test_markup_and_scripts_are_refused():
    for probe in ("<script>alert(1)</script>", 'Se <a href="javascript:x">her</a>', "<img src=x onerror=alert(1)>"):
        assert plain_text(probe).problems == ((HTML_REFUSED, {}),), probe
    assert plain_text("2 < 3 og 5 > 4 & mere").problems == ()  # comparisons are not markup


def test_empty_and_too_long_are_reported_together():
    assert plain_text(" \n\t ").problems == ((EMPTY, {}),)
    long = "<b>" + "x" * 30
    assert plain_text(long, limit=20).problems == ((HTML_REFUSED, {}), (TOO_LONG, {"limit": 20, "length": 33}))
