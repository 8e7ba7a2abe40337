"""Danish areas as Danmarks Statistik codes them: the country, the five regions, the 98 municipalities.

Codes and names follow the OMRÅDE variable of FOLK1A (/v1/tableinfo, lang=da); the kommunegruppe is
DST's classification KOMMUNEGRUPPER (1 Hovedstads-, 2 Storby-, 3 Provinsby-, 4 Oplands-, 5 Landkommuner).
Christiansø (411) appears in some tables but is not a municipality and is deliberately left out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

COUNTRY = "000"

KOMMUNEGRUPPER: dict[str, str] = {
    "1": "Hovedstadskommuner",
    "2": "Storbykommuner",
    "3": "Provinsbykommuner",
    "4": "Oplandskommuner",
    "5": "Landkommuner",
}


@dataclass(frozen=True)
class Area:
    """One area: its DST code, Danish name, kind, region code and kommunegruppe code."""

    code: str
    name: str
    kind: str  # "land", "region" or "kommune"
    region: str | None = None
    kommunegruppe: str | None = None


AREAS: tuple[Area, ...] = (
    Area("000", "Hele landet", "land"),
    Area("084", "Region Hovedstaden", "region"),
    Area("101", "København", "kommune", "084", "1"),
    Area("147", "Frederiksberg", "kommune", "084", "1"),
    Area("155", "Dragør", "kommune", "084", "1"),
    Area("185", "Tårnby", "kommune", "084", "1"),
    Area("165", "Albertslund", "kommune", "084", "1"),
    Area("151", "Ballerup", "kommune", "084", "1"),
    Area("153", "Brøndby", "kommune", "084", "1"),
    Area("157", "Gentofte", "kommune", "084", "1"),
    Area("159", "Gladsaxe", "kommune", "084", "1"),
    Area("161", "Glostrup", "kommune", "084", "1"),
    Area("163", "Herlev", "kommune", "084", "1"),
    Area("167", "Hvidovre", "kommune", "084", "1"),
    Area("169", "Høje-Taastrup", "kommune", "084", "1"),
    Area("183", "Ishøj", "kommune", "084", "1"),
    Area("173", "Lyngby-Taarbæk", "kommune", "084", "1"),
    Area("175", "Rødovre", "kommune", "084", "1"),
    Area("187", "Vallensbæk", "kommune", "084", "1"),
    Area("201", "Allerød", "kommune", "084", "1"),
    Area("240", "Egedal", "kommune", "084", "1"),
    Area("210", "Fredensborg", "kommune", "084", "4"),
    Area("250", "Frederikssund", "kommune", "084", "4"),
    Area("190", "Furesø", "kommune", "084", "1"),
    Area("270", "Gribskov", "kommune", "084", "4"),
    Area("260", "Halsnæs", "kommune", "084", "4"),
    Area("217", "Helsingør", "kommune", "084", "3"),
    Area("219", "Hillerød", "kommune", "084", "3"),
    Area("223", "Hørsholm", "kommune", "084", "1"),
    Area("230", "Rudersdal", "kommune", "084", "1"),
    Area("400", "Bornholm", "kommune", "084", "5"),
    Area("085", "Region Sjælland", "region"),
    Area("253", "Greve", "kommune", "085", "1"),
    Area("259", "Køge", "kommune", "085", "3"),
    Area("350", "Lejre", "kommune", "085", "4"),
    Area("265", "Roskilde", "kommune", "085", "3"),
    Area("269", "Solrød", "kommune", "085", "1"),
    Area("320", "Faxe", "kommune", "085", "4"),
    Area("376", "Guldborgsund", "kommune", "085", "5"),
    Area("316", "Holbæk", "kommune", "085", "4"),
    Area("326", "Kalundborg", "kommune", "085", "5"),
    Area("360", "Lolland", "kommune", "085", "5"),
    Area("370", "Næstved", "kommune", "085", "3"),
    Area("306", "Odsherred", "kommune", "085", "5"),
    Area("329", "Ringsted", "kommune", "085", "4"),
    Area("330", "Slagelse", "kommune", "085", "3"),
    Area("340", "Sorø", "kommune", "085", "4"),
    Area("336", "Stevns", "kommune", "085", "4"),
    Area("390", "Vordingborg", "kommune", "085", "5"),
    Area("083", "Region Syddanmark", "region"),
    Area("420", "Assens", "kommune", "083", "4"),
    Area("430", "Faaborg-Midtfyn", "kommune", "083", "4"),
    Area("440", "Kerteminde", "kommune", "083", "4"),
    Area("482", "Langeland", "kommune", "083", "5"),
    Area("410", "Middelfart", "kommune", "083", "4"),
    Area("480", "Nordfyns", "kommune", "083", "4"),
    Area("450", "Nyborg", "kommune", "083", "4"),
    Area("461", "Odense", "kommune", "083", "2"),
    Area("479", "Svendborg", "kommune", "083", "5"),
    Area("492", "Ærø", "kommune", "083", "5"),
    Area("530", "Billund", "kommune", "083", "5"),
    Area("561", "Esbjerg", "kommune", "083", "3"),
    Area("563", "Fanø", "kommune", "083", "5"),
    Area("607", "Fredericia", "kommune", "083", "3"),
    Area("510", "Haderslev", "kommune", "083", "5"),
    Area("621", "Kolding", "kommune", "083", "3"),
    Area("540", "Sønderborg", "kommune", "083", "5"),
    Area("550", "Tønder", "kommune", "083", "5"),
    Area("573", "Varde", "kommune", "083", "5"),
    Area("575", "Vejen", "kommune", "083", "4"),
    Area("630", "Vejle", "kommune", "083", "3"),
    Area("580", "Aabenraa", "kommune", "083", "5"),
    Area("082", "Region Midtjylland", "region"),
    Area("710", "Favrskov", "kommune", "082", "4"),
    Area("766", "Hedensted", "kommune", "082", "4"),
    Area("615", "Horsens", "kommune", "082", "3"),
    Area("707", "Norddjurs", "kommune", "082", "5"),
    Area("727", "Odder", "kommune", "082", "4"),
    Area("730", "Randers", "kommune", "082", "3"),
    Area("741", "Samsø", "kommune", "082", "5"),
    Area("740", "Silkeborg", "kommune", "082", "3"),
    Area("746", "Skanderborg", "kommune", "082", "4"),
    Area("706", "Syddjurs", "kommune", "082", "4"),
    Area("751", "Aarhus", "kommune", "082", "2"),
    Area("657", "Herning", "kommune", "082", "3"),
    Area("661", "Holstebro", "kommune", "082", "3"),
    Area("756", "Ikast-Brande", "kommune", "082", "4"),
    Area("665", "Lemvig", "kommune", "082", "5"),
    Area("760", "Ringkøbing-Skjern", "kommune", "082", "5"),
    Area("779", "Skive", "kommune", "082", "5"),
    Area("671", "Struer", "kommune", "082", "5"),
    Area("791", "Viborg", "kommune", "082", "3"),
    Area("081", "Region Nordjylland", "region"),
    Area("810", "Brønderslev", "kommune", "081", "5"),
    Area("813", "Frederikshavn", "kommune", "081", "5"),
    Area("860", "Hjørring", "kommune", "081", "5"),
    Area("849", "Jammerbugt", "kommune", "081", "5"),
    Area("825", "Læsø", "kommune", "081", "5"),
    Area("846", "Mariagerfjord", "kommune", "081", "5"),
    Area("773", "Morsø", "kommune", "081", "5"),
    Area("840", "Rebild", "kommune", "081", "4"),
    Area("787", "Thisted", "kommune", "081", "5"),
    Area("820", "Vesthimmerlands", "kommune", "081", "5"),
    Area("851", "Aalborg", "kommune", "081", "2"),
)

BY_CODE: dict[str, Area] = {area.code: area for area in AREAS}
MUNICIPALITIES: tuple[Area, ...] = tuple(a for a in AREAS if a.kind == "kommune")
REGIONS: tuple[Area, ...] = tuple(a for a in AREAS if a.kind == "region")
MUNICIPALITY_CODES: frozenset[str] = frozenset(a.code for a in MUNICIPALITIES)


@dataclass(frozen=True)
class Landsdel:
    """One of DST's 11 landsdele (NUTS 3): code, Danish and English label, region and member municipalities.
    Codes ``01``–``11`` are INFERRED (dst-tables.md §2); the labels are as DST's tables print them."""

    code: str
    name: str
    english: str
    region: str
    members: tuple[str, ...]


def _landsdel(code: str, name: str, region: str, members: str) -> Landsdel:
    return Landsdel(code, f"Landsdel {name}", f"Province {name}", region, tuple(members.split()))


LANDSDELE: tuple[Landsdel, ...] = (
    _landsdel("01", "Byen København", "084", "101 147 155 185"),
    _landsdel("02", "Københavns omegn", "084", "165 151 153 157 159 161 163 167 169 183 173 175 187"),
    _landsdel("03", "Nordsjælland", "084", "201 240 210 250 190 270 260 217 219 223 230"),
    _landsdel("04", "Bornholm", "084", "400"),
    _landsdel("05", "Østsjælland", "085", "253 259 350 265 269"),
    _landsdel("06", "Vest- og Sydsjælland", "085", "306 316 320 326 329 330 336 340 360 370 376 390"),
    _landsdel("07", "Fyn", "083", "420 430 440 482 410 480 450 461 479 492"),
    _landsdel("08", "Sydjylland", "083", "530 561 563 607 510 621 540 550 573 575 630 580"),
    _landsdel("09", "Østjylland", "082", "710 766 615 707 727 730 741 740 746 706 751"),
    _landsdel("10", "Vestjylland", "082", "657 661 756 665 760 779 671 791"),
    _landsdel("11", "Nordjylland", "081", "810 813 860 849 825 846 773 840 787 820 851"),
)
LANDSDEL_BY_CODE: dict[str, Landsdel] = {landsdel.code: landsdel for landsdel in LANDSDELE}

# English labels of DST's tables (lang=en) where they differ from the Danish names.
ENGLISH_NAMES: dict[str, str] = {"000": "All Denmark", "101": "Copenhagen"}


def is_municipality(code: str) -> bool:
    """True for one of the 98 municipality codes."""
    return code in MUNICIPALITY_CODES


def area_name(code: str) -> str:
    """The Danish name of an area code; raises KeyError naming the code when unknown."""
    try:
        return BY_CODE[code].name
    except KeyError:
        raise KeyError(f"ukendt områdekode / unknown area code: {code!r}") from None


def members_of_kommunegruppe(group_code: str) -> tuple[str, ...]:
    """Municipality codes in one of DST's five kommunegrupper."""
    return tuple(a.code for a in MUNICIPALITIES if a.kommunegruppe == group_code)


# Names that differ from DST's Danish names: English labels (lang=en), Jobindsats spellings, old names.
NAME_ALIASES: dict[str, str] = {
    "all denmark": "000",
    "hele landet": "000",
    "landet": "000",
    "copenhagen": "101",
    "århus": "751",
    "nordfyn": "480",
    "vesthimmerland": "820",
    "lyngby-tårbæk": "173",
    "høje taastrup": "169",
    "bornholms regionskommune": "400",
    "christiansø": "411",
    "capital region of denmark": "084",
    "region zealand": "085",
    "region of southern denmark": "083",
    "central denmark region": "082",
    "north denmark region": "081",
}


def _fold_name(name: str) -> str:
    cleaned = unicodedata.normalize("NFC", name).strip().lower()
    for suffix in (" kommune", " kommunes jobcenter", " jobcenter"):
        cleaned = cleaned.removesuffix(suffix)
    return cleaned


_BY_NAME: dict[str, str] = {_fold_name(area.name): area.code for area in AREAS} | NAME_ALIASES


def code_for_name(name: str) -> str | None:
    """The DST code for an area name or a code (Danish, English or Jobindsats spelling); None if unknown."""
    text = name.strip()
    if text in BY_CODE or text == "411":
        return text
    return _BY_NAME.get(_fold_name(text))
