"""Named product baskets: the groups of HS codes analysts talk about.

A basket lists disjoint codes (never a parent and one of its children), so its
value is a plain sum with no double counting. ``members`` names sub-baskets for
breakdowns (the IC subheadings). :func:`resolve_product` turns what a user
types, an HS code, a basket name or words like "memory chips", into the codes
to sum.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..errors import CodeError, UnknownProductError
from . import hs


@dataclass(frozen=True)
class Basket:
    name: str
    label: str
    codes: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    why: str = ""

    def __post_init__(self) -> None:
        for a in self.codes:
            for b in self.codes:
                if a != b and b.startswith(a):
                    raise ValueError(f"basket {self.name}: {a} contains {b} (would double count)")


_B = [
    Basket(
        "integrated-circuits",
        "Integrated circuits (HS 8542)",
        ("8542",),
        (
            "ics",
            "ic",
            "chips",
            "integrated circuits",
            "semiconductors chips",
            "electronic integrated circuits",
            "集成电路",
            "積體電路",
        ),
        "The heading China's customs and the press quote as 'integrated circuits'.",
    ),
    Basket(
        "processors",
        "Processors and controllers (HS 854231)",
        ("854231",),
        (
            "processors",
            "processor",
            "cpus",
            "gpus",
            "logic chips",
            "controllers",
            "processors and controllers",
        ),
    ),
    Basket(
        "memory",
        "Memories (HS 854232)",
        ("854232",),
        ("memory", "memories", "memory chips", "dram", "nand", "hbm"),
    ),
    Basket("amplifiers", "Amplifiers (HS 854233)", ("854233",), ("amplifiers",)),
    Basket(
        "other-ics",
        "Other integrated circuits (HS 854239)",
        ("854239",),
        ("other ics", "other integrated circuits"),
    ),
    Basket("ic-parts", "Parts of integrated circuits (HS 854290)", ("854290",), ("ic parts", "parts of ics")),
    Basket(
        "discrete-semiconductors",
        "Discrete semiconductors (HS 8541)",
        ("8541",),
        ("discretes", "discrete semiconductors", "diodes and transistors", "semiconductor devices"),
    ),
    Basket(
        "semiconductors",
        "Semiconductors: ICs and discrete devices (HS 8541 + 8542)",
        ("8541", "8542"),
        ("semiconductors", "semis"),
    ),
    Basket(
        "chip-equipment",
        "Chip-making equipment (HS 8486 + 903082 + 903141)",
        ("8486", "903082", "903141"),
        (
            "chip equipment",
            "chipmaking equipment",
            "chip making equipment",
            "sme",
            "semiconductor manufacturing equipment",
            "semiconductor equipment",
            "fab tools",
            "wafer fab equipment",
        ),
        "HS 8486 with the wafer test and inspection instruments of 9030 and 9031.",
    ),
    Basket(
        "chip-equipment-core",
        "Chip-making equipment, narrow (HS 848620 + 903082 + 903141)",
        ("848620", "903082", "903141"),
        ("sme core",),
        "The three codes of the bundled 2016–2020 Comtrade equipment series.",
    ),
    Basket(
        "lithography",
        "Lithography machines for semiconductor devices (HS 848620, incl. steppers)",
        ("848620",),
        ("lithography", "lithography machines", "steppers", "asml machines"),
    ),
    Basket(
        "computers",
        "Computers and units (HS 8471)",
        ("8471",),
        ("computers", "adp machines", "servers", "automatic data processing machines"),
    ),
    Basket("storage-units", "Storage units (HS 847170)", ("847170",), ("storage", "storage units", "drives")),
    Basket(
        "computer-units-nes",
        "Other computer units (HS 847180)",
        ("847180",),
        ("computer units", "ai servers", "other units of adp machines"),
    ),
    Basket("computer-parts", "Parts of computers (HS 847330)", ("847330",), ("computer parts",)),
    Basket(
        "semiconductor-media",
        "Solid-state storage media (HS 852351)",
        ("852351",),
        ("solid state storage", "solid state drives", "flash drives", "ssds", "semiconductor media"),
    ),
]

BASKETS: dict[str, Basket] = {b.name: b for b in _B}

# The IC heading broken into its HS 2022 subheadings, for product breakdowns.
IC_SUBHEADINGS = ("854231", "854232", "854233", "854239", "854290")


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip().lower())


def basket(name: str) -> Basket:
    key = _norm(name)
    for b in _B:
        if _norm(b.name) == key or key in (_norm(a) for a in b.aliases):
            return b
    raise UnknownProductError(name, _suggest(name))


def _suggest(text: str) -> list[str]:
    names = [b.name for b in _B] + [a for b in _B for a in b.aliases]
    return list(dict.fromkeys(difflib.get_close_matches(_norm(text), names, n=5, cutoff=0.6)))[:3]


def resolve_product(text: str | int) -> tuple[str, ...]:
    """HS codes to sum for a code, a basket name or alias: ``"memory chips"`` → ``("854232",)``.

    A bare code is checked against the nomenclature (national 8–11-digit lines
    are accepted when their HS6 parent exists), so a typo fails here with
    suggestions instead of returning an empty series later.
    """
    raw = str(text).strip()
    if re.fullmatch(r"[\d.\s]+", raw):
        code = hs.normalize(text)
        hs.get(code)  # raises UnknownProductError with nearby codes
        return (code,)
    try:
        return basket(raw).codes
    except UnknownProductError:
        pass
    if "," in raw or "+" in raw:  # "854231+854232"
        parts = [p for p in re.split(r"[,+]", raw) if p.strip()]
        codes = tuple(c for p in parts for c in resolve_product(p))
        try:
            Basket("ad-hoc", raw, codes)  # validates disjointness
        except ValueError as exc:
            raise CodeError(f"{raw!r} would double count: {exc}".replace("basket ad-hoc: ", ""),
                            hint="list either a heading or its subheadings, not both") from None
        return codes
    raise UnknownProductError(raw, _suggest(raw))
