"""Problems with stable codes, one registry for every report: `plan check`, local and StatBank file imports,
sync reports and the API's error shape all name a code from here, so a script can act on ``data.unknown_area``
whatever the wording. The list of codes is in docs/problems.md (a test keeps the two equal)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """A stable problem code and what it means (Danish / English)."""

    code: str
    summary: str


CODES: dict[str, Code] = {}


def _code(code: str, summary: str) -> str:
    assert code not in CODES, code
    CODES[code] = Code(code, summary)
    return code


# A file as a whole.
FILE_NOT_FOUND = _code("file.not_found", "filen findes ikke / the file does not exist")
FILE_TOO_LARGE = _code("file.too_large", "filen er for stor / the file is too large")
FILE_NOT_UTF8 = _code("file.not_utf8", "filen er ikke UTF-8 / the file is not UTF-8")
FILE_UNREADABLE = _code("file.unreadable", "filen kan ikke læses / the file cannot be read")
FILE_EMPTY = _code("file.empty", "filen er tom / the file is empty")
FILE_NOT_XLSX = _code("file.not_xlsx", "filen er ikke en gyldig XLSX-fil / not a valid XLSX workbook")

# YAML syntax of a plan file.
YAML_INVALID = _code("yaml.invalid", "ugyldig YAML / invalid YAML")
YAML_INVALID_CHARACTER = _code("yaml.invalid_character", "ugyldigt tegn / invalid character")
YAML_DUPLICATE_KEY = _code("yaml.duplicate_key", "dobbelt nøgle / duplicate key")
YAML_KEY_NOT_TEXT = _code("yaml.key_not_text", "en nøgle skal være tekst / a key must be text")

# The plan-file schema and its cross-references.
SCHEMA_MISSING = _code("schema.missing", "en påkrævet nøgle mangler / a required key is missing")
SCHEMA_UNKNOWN_KEY = _code("schema.unknown_key", "ukendt nøgle / unknown key")
SCHEMA_INVALID = _code("schema.invalid", "ugyldig værdi / invalid value")
PLAN_INVALID_ID = _code("plan.invalid_id", "ugyldigt id / invalid id")
PLAN_DUPLICATE_ID = _code("plan.duplicate_id", "dobbelt id / duplicate id")
PLAN_UNKNOWN_MUNICIPALITY = _code("plan.unknown_municipality", "ukendt kommunekode / unknown municipality code")
PLAN_UNKNOWN_SOURCE = _code("plan.unknown_source", "ukendt kilde / unknown source")
PLAN_INVALID_DIRECTION = _code("plan.invalid_direction", "ugyldig retning / invalid direction")
PLAN_YEARS_OUT_OF_ORDER = _code("plan.years_out_of_order", "årene står i forkert rækkefølge / years out of order")
PLAN_INCOMPLETE = _code(
    "plan.incomplete", "en nøgle, som en anden kræver, mangler / a key another one needs is missing"
)
PLAN_RULE_MISMATCH = _code(
    "plan.rule_mismatch", "reglen passer ikke til retningen / the rule does not fit the direction"
)
PLAN_UNKNOWN_REFERENCE = _code("plan.unknown_reference", "henviser til et id, der ikke findes / unknown id")
PLAN_PEER_IS_TARGET = _code(
    "plan.peer_is_target", "en målindikator kan ikke være peer-variabel / a target indicator cannot be a peer variable"
)

# Rows of a data file (local data, StatBank files).
DATA_MISSING_COLUMNS = _code("data.missing_columns", "kolonner mangler / missing columns")
DATA_NO_ROWS = _code("data.no_rows", "ingen rækker / no rows")
DATA_UNKNOWN_AREA = _code("data.unknown_area", "ukendt område / unknown area")
DATA_BAD_PERIOD = _code("data.bad_period", "ugyldig periode / invalid period")
DATA_BAD_NUMBER = _code("data.bad_number", "ugyldigt tal / invalid number")
DATA_DUPLICATE_ROW = _code("data.duplicate_row", "dobbelt række / duplicate row")
DATA_NO_SOURCE = _code("data.no_source", "kilde mangler / no source")
DATA_UNKNOWN_VARIABLE = _code("data.unknown_variable", "variablen findes ikke i tabellen / variable not in the table")
DATA_UNKNOWN_CODE = _code("data.unknown_code", "koden findes ikke i tabellen / code not in the table")
DATA_INVALID_CODE = _code("data.invalid_code", "ugyldig kode / invalid code")

# What an online source answered (sync reports).
SOURCE_UNAVAILABLE = _code("source.unavailable", "kilden svarer ikke / the source is unavailable (retried)")
SOURCE_NOT_CONFIGURED = _code("source.not_configured", "kilden er ikke sat op / the source is not configured")
SOURCE_TABLE_NOT_FOUND = _code("source.table_not_found", "tabellen findes ikke / no such table")
SOURCE_VARIABLE_NOT_FOUND = _code("source.variable_not_found", "variablen findes ikke / no such variable")
SOURCE_CODE_NOT_FOUND = _code("source.code_not_found", "koden findes ikke / no such code")
SOURCE_CODES_CHANGED = _code(
    "source.codes_changed", "bindingens koder er ikke længere i tabellen / the binding's codes left the table"
)
SOURCE_CELL_LIMIT = _code("source.cell_limit", "for mange celler / too many cells")
SOURCE_REFUSED = _code("source.refused", "kilden afviste forespørgslen / the source refused the request")
SOURCE_BAD_ANSWER = _code("source.bad_answer", "svaret kan ikke læses / the answer cannot be read")
SOURCE_INACTIVE = _code(
    "source.inactive", "Danmarks Statistik opdaterer ikke længere tabellen / the table is no longer updated"
)
SOURCE_AREA_LEVEL_MISSING = _code(
    "source.area_level_missing", "tabellen mangler et områdeniveau / the table lacks an area level"
)
SOURCE_INTERRUPTED = _code("source.interrupted", "kørslen blev afbrudt / the run was interrupted")

# The API.
API_NOT_FOUND = _code("api.not_found", "ikke fundet / not found")
API_INVALID = _code("api.invalid", "ugyldig forespørgsel / invalid request")
API_ERROR = _code("api.error", "fejl / error")


@dataclass(frozen=True, order=True)
class Problem:
    """One located problem: line (1-based; 0 when the file could not be read), location (a key path, a column
    or a variable), message, and its stable code."""

    line: int
    location: str
    message: str
    code: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered problem code {self.code!r}")

    def as_dict(self) -> dict[str, str | int]:
        return {"code": self.code, "location": self.location, "line": self.line, "message": self.message}

    def __str__(self) -> str:
        return f"linje {self.line}: {self.location}: {self.message} [{self.code}]"


_QUOTED_END = re.compile(r"""\s('[^']*'|"[^"]*")$""")


def in_language(message: str, language: str) -> str:
    """One language of a bilingual problem message ("dansk / english"). The Danish half gets the detail that
    follows the English one ("ukendt område / unknown area 'Atlantis'" → "ukendt område 'Atlantis'")."""
    if " / " not in message:
        return message
    danish, english = message.split(" / ", 1)
    if language == "en":
        return english
    if ": " in english and ": " not in danish:
        return f"{danish}: {english.split(': ', 1)[1]}"
    quoted = _QUOTED_END.search(english)
    if quoted and not danish.endswith(quoted.group(1)):
        return f"{danish} {quoted.group(1)}"
    return danish
