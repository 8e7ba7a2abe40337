import pytest

from pejling.lib.planfile.direction import Direction, parse_direction


def test_it_parses_up_down_and_thresholds():
    assert parse_direction("up") == Direction("up")
    assert parse_direction("down") == Direction("down")
    assert parse_direction("above 0") == Direction("up", 0.0)
    assert parse_direction("below -2.5") == Direction("down", -2.5)
    assert str(parse_direction("above 0")) == "above 0"
    assert parse_direction("above 0").is_threshold
    assert not parse_direction("up").is_threshold


@pytest.mark.parametrize("text", ["sideways", "above", "over 0", "above zero", ""])
def test_it_rejects_anything_else(text):
    with pytest.raises(ValueError, match="ugyldig retning / invalid direction"):
        parse_direction(text)
