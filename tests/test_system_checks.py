from django.core.checks import run_checks


def _ids(settings_overrides, settings):
    for name, value in settings_overrides.items():
        setattr(settings, name, value)
    return sorted(message.id for message in run_checks(tags=["pejling"]))


def test_no_problems_with_the_default_settings(settings):
    assert _ids({}, settings) == []


def test_a_bad_api_url_is_pejling_e002(settings):
    assert _ids({"PEJLING_STATBANK_URL": "api.statbank.dk/v1"}, settings) == ["pejling.E002"]
    assert _ids(
        {"PEJLING_STATBANK_URL": "https://api.statbank.dk/v1", "PEJLING_JOBINDSATS_URL": "ftp://x"}, settings
    ) == ["pejling.E002"]
