"""Numbers in Danish and English writing: only finite numbers, and an ambiguous 12.345 settled by its file."""

import pytest

from pejling.lib.numbers import Convention, NumberError, file_convention, parse_decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12.0),
        ("-7", -7.0),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1.234.567", 1234567.0),
        ("12.345,6", 12345.6),
        ("1 234", 1234.0),
        ("1\u00a0234,5", 1234.5),
        ("1e3", 1000.0),
        ("0.0001", 0.0001),
    ],
)
def test_unambiguous_numbers(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-Infinity", "1e400", "-1e400"])
def test_non_finite_numbers_are_refused(text):
    with pytest.raises(NumberError) as caught:
        parse_decimal(text)
    message = str(caught.value)
    assert message.startswith(("ikke et tal / not a number", "ikke et endeligt tal / not a finite number"))


@pytest.mark.parametrize("text", ["1_000", "12,5,6", "mange", "", "0x10", "1.2.3"])
def test_other_text_is_not_a_number(text):
    with pytest.raises(NumberError, match="ikke et tal / not a number"):
        parse_decimal(text)


def test_twelve_point_three_four_five_needs_its_file_to_say_what_it_means():
    with pytest.raises(NumberError) as caught:
        parse_decimal("12.345")
    assert str(caught.value) == (
        "tvetydigt tal / ambiguous number '12.345': skriv / write 12345 (tusinder / thousands) "
        "eller / or 12,345 (decimaler / decimals)"
    )
    assert parse_decimal("12.345", Convention.DANISH) == 12345.0
    assert parse_decimal("12.345", Convention.POINT) == 12.345


def test_the_file_convention_comes_from_the_other_values():
    assert file_convention(["12.345", "38,5"]) is Convention.DANISH
    assert file_convention(["12.345", "1.234.567"]) is Convention.DANISH
    assert file_convention(["12.345", "38.5"]) is Convention.POINT
    assert file_convention(["12.345", "12"]) is Convention.UNKNOWN
    assert file_convention(["38,5", "38.5"]) is Convention.UNKNOWN
