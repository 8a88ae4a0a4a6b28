"""The words the claim reader recognises for products and economies, and the words it knows it does
not recognise (issue 11, "abstain before you guess").

Why a module of its own: the reader used to know its words through a handful of regexes, each
listing a few adjectives ("korean|taiwanese|japanese") and a few product nouns ("chips?|memory"),
so every new press voice found the next gap ("Taiwanese logic chips", "Korean memories", "the
island's chips") and a wider flow answered for it. Here each list is built once, from the bundled
data where the data hold the words, and says where it comes from:

- product words (:func:`products`): the HS 2022 descriptions of the IC subheadings
  (``data/harmonized_system``: "processors and controllers", "memories", "amplifiers",
  "electronic integrated circuits"), singular and plural, plus the press synonyms of
  ``blind/README.md``'s product rules ("logic chips", "CPUs", "DRAM", "ICs", "chips",
  "semiconductors"), each mapped to the basket of :mod:`frontload.codes.baskets` it names;
- economy words (:data:`DEMONYMS`, :data:`METONYMS`, :func:`economies`): every name the country crosswalk
  (``data/comtrade_country_codes`` via :mod:`frontload.codes.countries`) resolves is already read
  by the reader; this adds the demonyms and metonyms the press uses for the economies in the
  store ("Taiwanese", "South Korean", "Vietnamese", "the island", "the peninsula", "Hanoi"),
  each checked against the crosswalk when the module loads;
- product-like words (:func:`product_like`): every word of the HS descriptions
  (about 5,900 words: "gallium", "panels", "batteries", "steel") that is not a product word here nor a
  word of the nomenclature's own grammar ("other", "whether", "parts"): a goods noun the reader
  sees but cannot map, so a figure about it must not be checked against chips;
- economy-like words (:func:`economy_like`): a capitalised demonym shape ("Indonesian",
  "Bangladeshi", "Cambodian") that is not in :func:`economies`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..codes import baskets, countries, hs


@dataclass(frozen=True)
class ProductWord:
    """A product word and the basket it names (``codes`` as in the basket)."""

    word: str
    basket: str
    source: str  # "HS 854231 description", "press synonym"

    @property
    def codes(self) -> tuple[str, ...]:
        return baskets.BASKETS[self.basket].codes


# The HS subheadings whose own words the press uses, and the basket each is.
_HS_WORDS = {
    "854231": "processors",
    "854232": "memory",
    "854233": "amplifiers",
    "8542": "integrated-circuits",
}

# Press synonyms (blind/README.md, "Products": "processors", "logic chips" = HS 854231; "memory
# chips", "memories" = HS 854232; "chips"/"integrated circuits" = HS 8542; the semiconductors basket
# is HS 8541 + 8542 as the baskets define it). Singular and plural are both listed where the press
# writes both; attributive forms ("memory exports", "logic chip imports") are the singulars.
_PRESS = {
    "processors": (
        "logic chips",
        "logic chip",
        "logic semiconductors",
        "logic",
        "processor chips",
        "processor chip",
        "microprocessors",
        "microprocessor",
        "microcontrollers",
        "microcontroller",
        "cpus",
        "cpu",
        "gpus",
        "gpu",
    ),
    "memory": (
        "memory chips",
        "memory chip",
        "memory semiconductors",
        "memory semiconductor",
        "memories",
        "memory",
        "dram",
        "drams",
        "nand",
        "nand flash",
        "flash memory",
        "hbm",
        "high-bandwidth memory",
    ),
    "integrated-circuits": (
        "integrated circuits",
        "integrated circuit",
        "circuits",
        "ics",
        "ic",
        "chips",
        "chip",
        "microchips",
        "microchip",
        "semiconductor chips",
    ),
    "semiconductors": ("semiconductors", "semiconductor", "semis"),
}


def _plural_singular(word: str) -> list[str]:
    """'memories' -> 'memory', 'processors' -> 'processor' (the attributive form)."""
    if word.endswith("ies"):
        return [word, word[:-3] + "y"]
    if word.endswith("s") and not word.endswith("ss"):
        return [word, word[:-1]]
    return [word]


def _hs_phrases(code: str) -> list[str]:
    """The words of a subheading's own description, after its heading's: 'Electronic integrated
    circuits; processors and controllers, whether or not …' -> ['processors', 'controllers']."""
    text = hs.get(code).description.lower()
    own = text.split(";")[-1]
    own = re.split(r",\s*whether|\(|n\.e\.c\.", own)[0]
    out: list[str] = []
    for part in re.split(r",|\band\b", own):
        part = part.strip().removeprefix("electronic ").strip()
        if part and len(part) > 2:
            out += _plural_singular(part)
    return out


@functools.cache
def products() -> dict[str, ProductWord]:
    """Lower-cased product word -> what it names; longest words first (match them first)."""
    found: dict[str, ProductWord] = {}
    for code, basket in _HS_WORDS.items():
        for w in _hs_phrases(code):
            found.setdefault(w, ProductWord(w, basket, f"HS {code} description"))
    for basket, words in _PRESS.items():
        for w in words:
            found.setdefault(w, ProductWord(w, basket, "press synonym"))
    return dict(sorted(found.items(), key=lambda kv: -len(kv[0])))



def product_pattern() -> str:
    """A regex alternation of every product word (longest first; hyphens read as spaces)."""
    return "|".join(re.escape(w).replace(r"\-", "[- ]").replace(r"\ ", r"[- ]") for w in products())


# -- economies ------------------------------------------------------------------------------------
# Demonyms (adjectives of origin and of the reporter) and metonyms (a capital or a figure of speech
# for the economy). The country table has names, not demonyms, so these are listed by hand, only
# for economies the bundled data hold as reporter or partner; each ISO3 is checked against the
# crosswalk at load. Lower case; "the island" is Taiwan and "the peninsula" South Korea in the
# press about chips (the only island and peninsula economies of the data's trade stories).
_DEMONYMS = {
    "american": "USA",
    "us": "USA",
    "u.s.": "USA",
    "chinese": "CHN",
    "mainland": "CHN",
    "taiwanese": "TWN",
    "taiwan-made": "TWN",
    "south korean": "KOR",
    "korean": "KOR",
    "japanese": "JPN",
    "vietnamese": "VNM",
    "malaysian": "MYS",
    "singaporean": "SGP",
    "thai": "THA",
    "philippine": "PHL",
    "filipino": "PHL",
    "indian": "IND",
    "mexican": "MEX",
    "canadian": "CAN",
    "german": "DEU",
    "dutch": "NLD",
    "israeli": "ISR",
    "irish": "IRL",
    "hong kong": "HKG",
}
_METONYMS = {
    "washington": "USA",
    "beijing": "CHN",
    "the mainland": "CHN",
    "taipei": "TWN",
    "the island": "TWN",
    "seoul": "KOR",
    "the peninsula": "KOR",
    "tokyo": "JPN",
    "hanoi": "VNM",
    "kuala lumpur": "MYS",
    "manila": "PHL",
    "bangkok": "THA",
    "new delhi": "IND",
    "mexico city": "MEX",
    "ottawa": "CAN",
    "berlin": "DEU",
    "the hague": "NLD",
}


DEMONYMS = _DEMONYMS
METONYMS = _METONYMS


@functools.cache
def economies() -> dict[str, str]:
    """Lower-cased demonym or metonym -> ISO3 (longest first); each ISO3 is one the country
    crosswalk knows."""
    out = {**_DEMONYMS, **_METONYMS}
    for iso in set(out.values()):
        countries.name(iso)  # raises on a code the crosswalk does not hold
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))



def _capitalised(w: str) -> str:
    if w in ("us", "u.s."):
        return w.upper()
    return " ".join(x[:1].upper() + x[1:] for x in w.split(" ")).replace("-Made", "-made")


def demonym_pattern(exclude: tuple[str, ...] = ()) -> str:
    """A case-sensitive regex alternation of the demonyms as printed ("South Korean", "US",
    "Taiwan-made", "mainland"/"Mainland"), longest first, for 'Korean memories'."""
    forms = {
        f
        for w in _DEMONYMS
        if w not in exclude
        for f in (_capitalised(w), w if w == "mainland" else _capitalised(w))
    }
    words = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\-", "[- ]").replace(r"\ ", r"\s+") for w in words)


def economy(word: str) -> str | None:
    """ISO3 of a demonym or metonym ("Taiwanese", "the island", "Seoul"), else None."""
    w = re.sub(r"\s+", " ", word.strip().lower()).replace("’", "'").removesuffix("'s").strip()
    return economies().get(w)


@functools.lru_cache(maxsize=4096)
def _is_name(word: str) -> bool:
    """A name the country crosswalk resolves ("Taiwan", "Japan" end like demonyms; cached: a failed
    look-up computes spelling suggestions)."""
    try:
        return bool(countries.iso3(word.strip()))
    except Exception:  # CodeError: not an economy's name
        return False


# A capitalised adjective shaped like a demonym: "Indonesian", "Bangladeshi", "Cambodian" (regions,
# "Asian", "European", are not economies; see the region readers). Read only before a product or
# flow noun (see frames).
_DEMONYM_SHAPE = re.compile(
    r"^(?:(?:South|North|East|West|Southeast|Central|Latin)\s+)?[A-Z][a-z]+(?:ese|ian|an|ish|i|ic)$"
)
# Capitalised words of that shape that are not economies: months, sentence words, companies.
_NOT_DEMONYM = {
    "in", "an", "than", "then", "christian", "median", "asian", "european", "african", "atlantic",
    "pacific", "arctic", "titanic", "public", "republic", "italic", "arabic",
}  # fmt: skip


def economy_like(word: str) -> bool:
    """A capitalised demonym-shaped word the lexicon does not know ("Indonesian"; "Thai" is known)."""
    if economy(word) is not None or _is_name(word) or is_product_token(word):
        return False  # "Logic chips" at a sentence's start: a product word, not a demonym
    return bool(_DEMONYM_SHAPE.match(word.strip())) and word.strip().lower() not in _NOT_DEMONYM


# -- product-like words ---------------------------------------------------------------------------
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())



# Words of the HS descriptions that are its grammar or too general to name goods.
_HS_GRAMMAR = _words(
    """
    other others whether or not of and the a an for with without in on to by from than as at be is
    are used kind kinds principally solely mainly n e c nes heading headings subheading chapter note
    parts part accessories articles article thereof products product goods items item similar
    including excluding except put up form forms weight value new worth total trade imports exports
    shipments sales purchases billion million bn m data figures figure share level year years month
    months quarter record high low peak more less half first second third last this that these those
    their its his her our all any each every some such only also other same
    electronic electrical apparatus machines machinery equipment instruments appliances devices
    materials material types type
    """
)


# English function words and press words that the HS descriptions also hold ("when", "between",
# "under", "show"); never a goods noun.
_FUNCTION_WORDS = _words(
    """
    when where while which what whose between under over above below after before during since
    until just only even still also much many most more less least about around nearly almost
    show shows than then there these those this that they them with within without into onto
    upon from across along among against toward towards through throughout like such very well
    both either neither each every some same same ones once twice double half whole part rest
    high higher highest lower lowest level levels record rise fall rose fell grew jump surge drop
    slump gain loss value worth amount total trade market markets demand supply buyers sellers
    customs data figures release year years month months quarter week weeks period time times
    first last next previous prior earlier later ahead behind back away down near date
    """
)


_MONTHS = _words(
    "january february march april may june july august september october november december"
)


@functools.cache
def _hs_vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for code in hs._table().values():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", code.description))
    return frozenset(words)


@functools.cache
def _known_product_tokens() -> frozenset[str]:
    """Every token of a product word here or of a basket alias ("lithography", "servers")."""
    words = [*products(), *(a for b in baskets.BASKETS.values() for a in b.aliases)]
    return frozenset(t for w in words for t in re.split(r"[\s-]+", w.lower()))


def product_like(word: str) -> bool:
    """A goods noun of the HS nomenclature that the reader cannot map to its products ("gallium",
    "panels", "batteries"); product words and the nomenclature's grammar words are not."""
    if re.fullmatch(r"[A-Z][a-z]{3,}", word):
        # a sentence's first word ("Gallium shipments"): read lower-cased unless it is a name, a
        # demonym or a month
        if economy(word) is not None or _is_name(word) or word.lower() in _MONTHS:
            return False
        word = word.lower()
    if not re.fullmatch(r"[a-z]{4,}", word) or word in _FUNCTION_WORDS or re.search(r"(?:ly|ed|ing)$", word):
        return False  # goods are lower-case nouns: not names, months, function words or verb forms
    w = word.lower()
    singular = _plural_singular(w)[-1]
    if w in _known_product_tokens() or singular in _known_product_tokens() or w in _HS_GRAMMAR:
        return False
    if singular in _HS_GRAMMAR:
        return False
    vocab = _hs_vocabulary()
    return w in vocab or singular in vocab


def is_product_token(word: str) -> bool:
    """A token of a product word the reader maps ("memories", "chip", "logic")."""
    w = word.lower()
    return w in _known_product_tokens() or _plural_singular(w)[-1] in _known_product_tokens()
