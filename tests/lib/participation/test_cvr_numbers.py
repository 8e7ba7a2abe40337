"""CVR numbers pass the register's modulus-11 check; written with DK, spaces or dashes they are the same."""

from pejling.lib.participation.cvr import normalise_cvr, valid_cvr


def test_real_cvr_numbers_are_valid():
    assert valid_cvr("29189668")  # Randers Kommune
    assert valid_cvr("DK-10 10 39 40")  # Danmarks Statistik
    assert normalise_cvr("DK-10 10 39 40") == "10103940"


def test_wrong_check_digits_lengths_and_letters_are_refused():
    assert not valid_cvr("29189667")
    assert not valid_cvr("1010394")
    assert not valid_cvr("01010394")
    assert not valid_cvr("2918966A")
