import pytest

from pejling.lib.env import SettingError, env_bool, env_float, env_int, env_list, env_str


def test_it_reads_booleans_strictly():
    assert env_bool("X", False, {"X": "yes"}) is True
    assert env_bool("X", True, {"X": "0"}) is False
    assert env_bool("X", True, {}) is True
    with pytest.raises(SettingError, match=r"X='maybe' is not a boolean"):
        env_bool("X", False, {"X": "maybe"})


def test_it_rejects_bad_numbers_and_bounds():
    assert env_int("N", 3, {"N": "7"}) == 7
    with pytest.raises(SettingError, match=r"N='seven' is not an integer"):
        env_int("N", 3, {"N": "seven"})
    with pytest.raises(SettingError, match="below the minimum 0"):
        env_int("N", 3, {"N": "-1"}, minimum=0)
    assert env_float("F", 1.0, {"F": "2.5"}) == 2.5
    with pytest.raises(SettingError, match=r"F='2,5' is not a number"):
        env_float("F", 1.0, {"F": "2,5"})


def test_it_reads_lists_and_strings():
    assert env_list("L", ["a"], {"L": " x, y ,,z "}) == ["x", "y", "z"]
    assert env_list("L", ["a"], {}) == ["a"]
    assert env_str("S", "default", {"S": ""}) == "default"


def test_it_reads_secrets_from_files(tmp_path):
    secret = tmp_path / "key"
    secret.write_text("s3cret\n", encoding="utf-8")
    assert env_str("KEY", "", {"KEY_FILE": str(secret)}) == "s3cret"
    with pytest.raises(SettingError, match="both set"):
        env_str("KEY", "", {"KEY": "a", "KEY_FILE": str(secret)})
    with pytest.raises(SettingError, match="cannot be read"):
        env_str("KEY", "", {"KEY_FILE": str(tmp_path / "missing")})
