import json

import pytest

from pejling.lib.statbank.errors import (
    CellLimitExceeded,
    NotAllowed,
    RequestInvalid,
    TableNotFound,
    TransientError,
    ValueNotFound,
    VariableNotFound,
    error_from_response,
)
from tests.conftest import shared_path


def _body(code, message):
    return json.dumps({"errorTypeCode": code, "message": message}).encode()


def test_every_real_error_body_maps_to_a_typed_exception():
    log = json.loads(shared_path("data/api-samples/dst_error_and_probe_log_2025-10-30.json").read_text())
    mapped = {
        entry["test"]: type(
            error_from_response(entry["result"]["status_code"], entry["result"]["response"].encode(), table="FOLK1A")
        ).__name__
        for entry in log["error_types"]
    }
    assert mapped["invalid_table_id"] == "TableNotFound"
    assert mapped["invalid_format"] == "RequestInvalid"
    assert mapped["invalid_variable_code"] == "VariableNotFound"
    assert mapped["invalid_value_code"] == "ValueNotFound"
    assert mapped["malformed_json"] == "RequestInvalid"


def test_errors_name_table_variable_and_value():
    error = error_from_response(
        400, _body("EXTRACT-NOTFOUND", "Kan ikke finde værdien: 999999 (OMRÅDE)"), table="FOLK1A"
    )
    assert isinstance(error, ValueNotFound)
    assert (error.table, error.variable, error.value) == ("FOLK1A", "OMRÅDE", "999999")
    assert str(error) == "tabel FOLK1A, variabel OMRÅDE, værdi 999999: Kan ikke finde værdien: 999999 (OMRÅDE)"
    english = error_from_response(400, _body("EXTRACT-NOTFOUND", "Can't find value: 999 (OMRÅDE)"), table="X")
    assert (type(english), english.variable, english.value) == (ValueNotFound, "OMRÅDE", "999")
    variable = error_from_response(400, _body("EXTRACT-NOTFOUND", "Kan ikke finde variablen: INVALIDVAR"), table="T")
    assert (type(variable), variable.variable) == (VariableNotFound, "INVALIDVAR")
    table = error_from_response(400, _body("EXTRACT-NOTFOUND", "Tabel findes ikke: INVALIDTABLE999"), table="X")
    assert (type(table), table.table) == (TableNotFound, "INVALIDTABLE999")


@pytest.mark.parametrize(
    ("status", "body", "kind", "retryable"),
    [
        (
            400,
            _body("REQUEST-LIMIT", "Forespørgslen på op mod 4.800.600 celler er over begrænsningen"),
            CellLimitExceeded,
            False,
        ),
        (400, _body("EXTRACT-NOTALLOWED", "Der skal vælges værdier for variabel: OMRÅDE"), NotAllowed, False),
        (404, _body("REQUEST-NOTFOUND", "Siden kan ikke findes. / Page not found."), RequestInvalid, False),
        (503, b"<html>Service Unavailable</html>", TransientError, True),
        (429, b"Too Many Requests", TransientError, True),
        (400, b"not json", RequestInvalid, False),
    ],
)
def test_error_kinds(status, body, kind, retryable):
    error = error_from_response(status, body, table="AUK01")
    assert type(error) is kind
    assert error.retryable is retryable
    assert error.table == "AUK01"
