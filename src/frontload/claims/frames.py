"""Claim frames: every quantity mention of a text is a claim of its own, with its own span.

The reader before this one gave each sentence one frame (one period, one reporter, one amount),
which is what real press text breaks: "reached $1.4 billion in March, and over the first half they
were up more than 40%" holds two claims with two periods; "Purchases from Taiwan more than
doubled" takes its importer from the sentence before. Here:

1. the text is cut into paragraphs (a first line ``# …`` is the headline) and sentences, each
   sentence into clauses (at ``;``, ", while", ", and", ", but" … but never inside a comparison
   such as "Korea, Taiwan, and the US combined");
2. every quantity mention is found with its offsets: amounts, percentage changes, multiples
   ("doubled", "fell by half"), directions without a number ("grew in 2024"), shares, ranks,
   combined totals, records, streaks, counts, and numbers that are not trade figures (technology
   nodes, tariff rates, very long digit runs);
3. each mention's slots are filled from its own clause first (the period nearest to it), then from
   the other clauses of the sentence, the paragraph, the headline and the article date; the claim
   lists the slots it inherited (``Claim.inherited``) so the verdict can say so;
4. a slot with two candidates and nothing to choose between them is left ambiguous
   (``Claim.ambiguous``): the verdict abstains and lists them.

Numbers, ranges and dates are read by our own patterns: Recognizers-Text and dateparser were
measured on the hand-written corpus (docs/claims.md) and were 2,000x and 8,000x slower than the
patterns, missed "bn"/"m" scales and read "in October, a 60" as October 2060.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import cast

from . import lexicon
from . import parse as P
from .parse import Claim

# A digit run this long is not an amount anyone prints (and reading it with the patterns would be
# quadratic): it is reported as not checkable and blanked before the rest is read.
MAX_DIGITS = 30
_LONG_NUMBER = re.compile(rf"\d[\d,.]{{{MAX_DIGITS},}}")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_BLANK = "\u00b7"

_CLAUSE_SPLIT = re.compile(
    r";\s*|,\s+(?=(?:while|whereas|but|and|although|though|even as|compared with|against)\b)|"
    r"\s+(?=(?:while|whereas)\b)|\s+[—–]\s+|"
    # "..., with June alone bringing in $953 million": a "with" clause that names its own period is
    # a claim of its own, and its period does not capture the figure before it
    r",\s+(?=with\s+(?:(?:the|its|their)\s+)?(?i:" + P._MONTH_WORDS + r"|(?:19|20)\d\d)\b)|"
    # "..., to $3.65 billion, after falling sharply in June": a move of its own, at its own time
    r",\s+(?=(?:after|before)\s+\w+ing\b)"
)
# Clauses whose period is theirs alone: it is never lent to the sentence's other clauses.
_OWN_PERIOD_CLAUSE = re.compile(r"(?:with|after|before)\s", re.I)
_COMPANY = re.compile(
    r"\b(?:[Ss]hares (?:of|in) [A-Z]|(?:'s|’s) shares\b|[Ss]hare price|[Ss]tock (?:price|market)|[Ss]tocks\b|"
    r"[Rr]evenues?\b|"
    r"[Pp]rofits?\b|[Ee]arnings\b|[Mm]arket (?:value|cap)|[Vv]aluation|Nasdaq|[Dd]ividend|"
    # "SK Hynix said its HBM sales doubled": a company's own sales
    r"\bsaid its (?:[\w-]+\s+){0,2}sales\b)"
)
# "fell for a third straight month": a run of month-on-month moves, not a change on a year earlier.
_RUN_OF_MOVES = re.compile(
    r"^\s+for\s+(?:a|the)\s+(?:\w+|\d+(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s+"
    r"(?:months?|quarters?|years?)",
    re.I,
)
_TOTAL_WORDS = re.compile(
    r"\b(?:total|overall|in all|from all sources|worldwide|globally|from the world)\b", re.I
)

# -- qualifiers: what makes a printed figure an interval ---------------------------------------------
_Q_OVER = (
    r"more than|over|above|at least|in excess of|upwards of|exceed(?:ed|ing|s)?|topp(?:ed|ing)|tops?|"
    r"surpass(?:ed|ing|es)?|beyond"
)
_Q_UNDER = r"nearly|almost|close to|just under|just shy of|just below|a little under|approaching"
_Q_ABOUT = r"about|around|roughly|some|approximately|an estimated|circa|or so|near|close on"
_Q_BELOW = r"up to|under|below|less than|as much as|no more than"
_QUAL_BEFORE = re.compile(
    r"(?P<q>" + "|".join((_Q_OVER, _Q_UNDER, _Q_ABOUT, _Q_BELOW)) + r")\s+(?:a\s+record\s+|a\s+)?$", re.I
)


def _bound_of(q: str) -> str | None:
    q = q.lower()
    for pattern, name in ((_Q_UNDER, "under"), (_Q_ABOUT, "about"), (_Q_BELOW, "below"), (_Q_OVER, "over")):
        if re.fullmatch(pattern, q):
            return name
    return None


def _qualifier(s: str, start: int, floor: int = 0) -> tuple[str | None, int]:
    """The qualifier printed just before a number ("more than $400 million") and where it starts."""
    lo = max(floor, start - 30)
    m = _QUAL_BEFORE.search(s[lo:start])
    if not m:
        return None, start
    if m.group("q").lower() == "up to" and _VERB_BEFORE_UP.search(
        s[max(0, lo + m.start() - 20) : lo + m.start()]
    ):
        return None, start  # "edged up to $69.6 billion": a verb and its goal, not a bound
    return _bound_of(m.group("q")), lo + m.start()


_VERB_BEFORE_UP = re.compile(
    r"\b(?:\w+ed|rose|grew|went|shot|crept|came|moved|ticked|edged|climbed|jumped|picked)\s+$", re.I
)


# -- multiples and directions ------------------------------------------------------------------------
_TIMES = {
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "twice": 2.0,
}
_SHARE_OF_PERIOD = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?:full[- ]year|whole[- ]year|entire[- ]year|last year's|previous year's|"
    r"(?:19|20)\d\d(?:'s|’s)|(?:19|20)\d\d\s+(?:total|figure|level|tally)\b|(?:"
    + P._MONTH_WORDS
    + r")(?:'s|’s))",
    re.I,
)
_PRIOR_SHARE = re.compile(
    r"(?:\s+(?:in|for)\s+(?:19|20)\d\d)?,?\s+(?:up |down )?from\s+"
    r"(?:(?P<q>about|around|roughly|some|nearly)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)",
    re.I,
)
# "about 42% of global billings of $117.1 billion, up from 26% in 2020": the earlier share after the
# share's own noun phrase (batch 8, a4)
_PRIOR_SHARE_LATER = re.compile(
    r"[^;%.]{0,60}?(?:\d[\d,]*\.\d+[^;%.]{0,30}?)?,\s+(?:up |down )from\s+"
    r"(?:(?P<q>about|around|roughly|some|nearly)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)",
    re.I,
)
# "up from 26% in 2020", "from $12.2 billion in 2022": a period right after a base figure is that
# figure's, not the period of the sentence's other figures
_FROM_FIGURE_IN = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US\$|\$)?\d[\d,.]*\s*"
    r"(?:%|per\s?cent|percent|billion|million|bn|mn|m)?\s+(?:in\s+)?$",
    re.I,
)
# "$608 million in April, a tenth below the month before": a fraction of a named base.
_FRACTION_RELATIVE = re.compile(
    r"\b(?:(?P<q>more than|over|nearly|almost|about|roughly|around|close to|some)\s+)?"
    r"(?P<f>half|a half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|"
    r"one fifth|two[- ]fifths|three[- ]fifths|a tenth|one tenth)\s+"
    r"(?P<dir>below|lower than|under|down on|above|higher than|up on)"
    r"(?=\s+(?:the month before|the previous month|the prior month|a year earlier|the year before|"
    r"a year before|the same month (?:of|in) )|\s+(?:" + P._MONTH_WORDS + r")\b|"
    # "a quarter below 2021's $15.7bn", "about a third below the 2021 peak" (claims8b)
    r"\s+(?:(?:the|its|their)\s+)?(?:19|20)\d\d(?:['’]s\b|\s+(?:peak|high|level|total|figure|record)\b))",
    re.I,
)
# "up a fifth", "down nearly a third from a year earlier": a change as a fraction without "by";
# never "up a third of" (a share) nor a fraction before a noun
_FRACTION_UP_DOWN = re.compile(
    r"\b(?P<dir>up|down)\s+(?:(?P<q>more than|over|nearly|almost|about|roughly|around|close to|some)\s+)?"
    r"(?P<f>half|a half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|a tenth)\b"
    r"(?=\s*(?:[,;.]|$|\s(?:from|on|in|over|year|since|against|compared)\b))",
    re.I,
)
# "fell by more than a third", "rose by a quarter": a change written as a fraction.
# the share reader's fractions, and "by a half", "three-fifths above" (batch 9 s017)
_FRACTION_WORDS = {**P._FRACTIONS, "a half": 50.0, "two fifths": 40.0, "three fifths": 60.0}
_FRACTION_CHANGE = re.compile(
    r"\b(?P<verb>\w+)\s+by\s+(?:(?P<q>more than|over|nearly|almost|about|roughly|around|close to|"
    r"at least|just under|some)\s+)?(?P<f>half|a half|a third|one third|two[- ]thirds|a quarter|one quarter|"
    r"three[- ]quarters|a fifth|one fifth|a tenth|one tenth)\b",
    re.I,
)
_MULTIPLE = re.compile(
    r"\b(?:(?P<q>more than|nearly|almost|roughly|about|around|over|close to|just over|well over)\s+)?"
    r"(?P<m>doubl(?:ed|ing|e[sd]?)|tripl(?:ed|ing|e[sd]?)|trebl(?:ed|ing|e[sd]?)|quadrupl(?:ed|ing|e[sd]?)|"
    r"halv(?:ed|ing|e[sd]?)|cut in half|"
    r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)(?P<half>\s+and\s+a\s+half)?"
    r"[- ]?(?:times|fold)|twice)\b",
    re.I,
)
_DIRECTION = re.compile(
    r"\b(?P<up>(?:edged|edging|ticked|crept|inched) (?:up|higher)|rose|risen|rising|grew|grown|growing|"
    r"increased|jumped|surged|soared|climbed|gained|rebounded|rebounding|rebounds?|rallied|expanded|"
    # "up sharply from a year earlier", "higher again" (claims8b)
    r"up (?:sharply|strongly|slightly|modestly|markedly|only slightly)|higher again|sharply higher|"
    # "imports from Taiwan were up in the first quarter while those from Malaysia were down" (claims8c)
    r"(?:(?<=\bwere )|(?<=\bwas ))up(?!\s+(?:to|from|by|on|at|for|against)\b))\b|"
    r"\b(?P<down2>(?:edged|edging|ticked|inched) (?:down|lower)|down (?:sharply|slightly|modestly|markedly|"
    r"only slightly)|sharply lower|lower again)\b|"
    r"\b(?P<down>fell|fallen|falling|declined|dropped|slumped|shrank|shrunk|"
    r"plunged|slipped|slid|sank|tumbled|dipped|contracted|decreased|plummeted|eased|"
    r"(?:(?<=\bwere )|(?<=\bwas ))down(?!\s+(?:to|from|by|on|at|for|against)\b))\b",
    re.I,
)
_BASE_MONTH = re.compile(
    r"\b(?:(?:from|on|over|than|of|compared with|against)\s+(?:(?:the|its|their)\s+)?"
    r"(?:level\s+(?:of|in)\s+)?"
    r"(?:in\s+)?(?P<mon>"
    + P._MONTH_WORDS
    + r")(?:\s+(?P<y>\d{4}))?|(?P<mon2>"
    + P._MONTH_WORDS
    + r")(?:\s+(?P<y2>\d{4}))?(?:'s|’s)\s+(?:level|total|figure))\b",
    re.I,
)
_BASE_YEAR = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,2}?(?:since|from|than in|than|on|over|versus|vs\.?|compared (?:with|to)|against)"
    r"\s+(?P<y>(?:19|20)\d\d)\b"
    # "roughly double their 2010 level", "its 2020 figure"
    r"|^\W{0,3}(?:(?:its|their|the)\s+)(?P<y2>(?:19|20)\d\d)\s+(?:level|figure|total|value|mark)\b",
    re.I,
)

# -- streaks -----------------------------------------------------------------------------------------
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
    "a": 1,
    "one": 1,
}
_STREAK_THIS_YEAR = re.compile(
    r"(?:above|over|more than|exceed\w*|topp?\w*|surpass\w*)\b.{0,60}?\b(?:every|each)\s+(?:single\s+)?"
    r"month\s+"
    r"(?:so far\s+)?(?:this year|of the year|(?:in|of) (?P<y>(?:19|20)\d\d))",
    re.I,
)
# "Korea's monthly memory exports never fell below $4.5 billion in 2024": a monthly floor over the
# year, not the annual total.
_STREAK_NEVER_BELOW = re.compile(
    r"\bnever\s+(?:fell|dipped|dropped|slipped|went|sank)\s+(?:below|under)\b.{0,40}?"
    r"\bin\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
# "$1.11 billion in October, the ninth month in a row above $1 billion": N months ending at the
# clause's own month.
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_STREAK_RUN = re.compile(
    r"\bthe\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+(?:straight\s+|consecutive\s+)?month\s+(?:in a row\s+)?"
    r"(?:above|over|exceeding|topping|of more than)\b",
    re.I,
)
_STREAK_FOR = re.compile(
    r"(?:above|over|more than|exceed\w*|topp?\w*|surpass\w*)\b.{0,60}?\b(?:(?:every|each)\s+month\s+for|"
    r"for)\s+(?P<q>more than\s+|over\s+|at least\s+|nearly\s+|almost\s+)?(?P<n>\d+|two|three|four|five|six|"
    r"nine|ten|twelve|eighteen|a|one)\s+(?:(?:straight|consecutive|successive)\s+)?(?P<u>years?|months?)"
    r"(?:\s+(?:in a row|running|straight))?",
    re.I,
)

# -- periods -----------------------------------------------------------------------------------------
_MW = P._MONTH_WORDS
_P_RANGE = re.compile(
    r"\b(?:between\s+)?(" + _MW + r")\s*(?:-|–|to|and|through)\s*(" + _MW + r")(?:,?\s+(\d{4}))?", re.I
)
_P_YTD = re.compile(
    r"\b(?:(?:the )?year to|^(?:through|up to|until)(?: the end of)?) (" + _MW + r")(?:\s+(\d{4}))?", re.I
)
# "on the same months of 2025", "the $1.1 billion of the same period of 2025": the span of the
# sentence's own period, in another year.
_P_SAME = re.compile(
    r"\b(?:the )?same (?:period|time|stretch|span|months?|(?:\w+ )?months|quarter|half)(?: of| in)? "
    r"((?:19|20)\d\d|last year|a year earlier|the year before)",
    re.I,
)
_P_FIRSTN = re.compile(r"\bfirst (\w+) months(?: of (\d{4}|the year|this year|last year))?", re.I)
# "in the seven months" (the writer has named the year to date before): the first N months
_P_THE_N = re.compile(
    r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bfor\s))the\s+(\w+)\s+months\b(?!\s+(?:to|through|ending|ended|before|after)\b)",
    re.I,
)
_P_QUARTER = re.compile(
    r"\b(first|second|third|fourth|final(?=[\s-]quarter of \d{4}))[\s-]quarter"
    r"(?: of (\d{4}|the year|this year|last year))?|"
    r"\bq([1-4])\s*(\d{4})\b",
    re.I,
)
_P_HALF = re.compile(r"\b(first|second)[\s-]half(?: of (\d{4}|the year|this year|last year))?", re.I)
_P_MONTH = re.compile(r"\b(" + _MW + r")(?:,?\s+(\d{4}))?\b", re.I)
_P_YEAR = re.compile(
    r"\b(?:in|for|during|of|over|across|through|to|until)\s+((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I
)
_P_POSSESSIVE_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:'s|’s)(?=\s)")
# "the 2022 peak of $184 billion": a year attached to the figure's noun is that figure's period.
_P_ATTRIBUTIVE_YEAR = re.compile(
    r"\b(?:the|its|a|their)\s+((?:19|20)\d\d)(?=\s+(?:peak|high|record|low|trough|level|total|figure|top|"
    r"best|bottom|height)\s+of\b)",
    re.I,
)
# -- spans to a month and spans to date (claims8b) ----------------------------------------------------
# "in the seven months to July", "the three months to September", "the twelve months ended June":
# N months ending at that month (N = the month's number is the year to date).
_P_N_TO = re.compile(
    r"\b(?:the\s+)?(\w+)\s+months\s+(?:to|through|ending|ended|up to)\s+(?:the end of\s+)?(" + _MW + r")"
    r"(?:,?\s+(\d{4}))?\b",
    re.I,
)
# "the June quarter", "the quarter to September": the three months ending in March/June/Sep/Dec.
_P_QTR_MONTH = re.compile(
    r"\bthe\s+(march|june|september|december)\s+quarter(?:\s+of\s+(\d{4}))?|"
    r"\bthe\s+quarter\s+(?:to|ending|ended)\s+(march|june|september|december)(?:,?\s+(\d{4}))?",
    re.I,
)
# "H1", "H1 2025", "1H25", "2Q25", "Q2", "Q3'25": halves and quarters in analysts' shorthand.
_P_SHORT_HALF = re.compile(r"\b(?:H([12])|([12])H)(?:\s*'?\s*((?:19|20)?\d\d))?\b")
_P_SHORT_QUARTER = re.compile(r"\b(?:Q([1-4])|([1-4])Q)(?:\s*'?\s*((?:19|20)?\d\d))?\b")
# "through July", "to July", "as of August", "until June": the year to that month, unless another
# month opens a range ("from March to July" is read by _P_RANGE first) or a comparison ("compared
# to July").
_P_TO_MONTH = re.compile(
    r"(?<!\bcompared )(?<!\brelative )(?<!\bclose )(?<!\bsimilar )(?<!\bequal )(?<!\bup )"
    r"\b(?:through|thru|to|until|till|as of|up to|up until)\s+(?:the end of\s+)?(" + _MW + r")(?!['’]s)"
    r"(?:,?\s+(\d{4}))?\b",
    re.I,
)
# "so far this year", "year to date", "year-to-date", "this year so far": January to the latest
# month in the store.
_P_SO_FAR = re.compile(
    r"\b(?:so far (?:this year|in ((?:19|20)\d\d))|(?:this|the) year so far|"
    r"(?:the |this )?year[- ]to[- ]date|"
    r"to date this year|this year to date|(?:in|of) the year to date)\b",
    re.I,
)
# "have roughly tripled this year": the year to date (not "every month this year", a streak, nor
# "any month this year", a record's range; nor a forecast: "is expected to grow 16% this year")
_P_THIS_YEAR = re.compile(r"(?<!\bmonth )(?<!\bmonths )\bthis year\b(?!['’]s)", re.I)
_FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|forecast|projects?|projected|predicts?|will|would|could|should|"
    r"set to|on course|on track|on pace|heading|headed|poised|plans?|planned|aims?|likely|outlook|guidance|"
    r"estimates?)\b",
    re.I,
)
# "over the past twelve months", "in the last 12 months", "the trailing twelve months"
_P_TRAILING = re.compile(
    r"\b(?:the\s+)?(?:past|last|latest|trailing|previous)\s+(?:twelve|12)\s+months\b", re.I
)
# "last year's $12 billion" is a figure's base (read by _base_of); "last year's processor imports"
# is the period of the noun it qualifies.
# "At their 2021 peak, …", "The 2025 total was the highest …": a year on the figure's own noun, in
# subject position (not a base: no "from"/"than" before it)
_P_YEAR_NOUN = re.compile(
    r"\b(?:at|in|during)\s+(?:the|its|their)\s+((?:19|20)\d\d)(?=\s+(?:peak|high|low|trough|top)\b)|"
    r"(?:^|(?<=[.;:]\s))\W{0,3}(?:the|its|their)\s+((?:19|20)\d\d)(?=\s+(?:total|tally|haul|figure|value|level)\s+"
    r"(?:was|were|is|came|reached|stood|hit|rose|fell|set|marked)\b)",
    re.I,
)
# "put 2025 processor imports at", "In SEMI's 2024 equipment billings": a bare year before the flow's
# noun (never after a base word or inside a range)
_P_ADJ_YEAR = re.compile(
    r"(?<!\bsince )(?<!\bfrom )(?<!\bthan )(?<!\band )(?<!\bto )(?<!\bon )(?<!\bversus )(?<!\bagainst )"
    r"(?<!\bvs )(?<!\bover )(?<![-–/])\b((?:19|20)\d\d)(?!['’]s)"
    r"(?=\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:imports|exports|shipments|purchases|sales|billings|spending)\b)",
)
# "nearly tripled between 2013 and 2022": the later year, on the earlier one
_P_YEAR_RANGE = re.compile(r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.I)
_P_LAST_YEAR = re.compile(
    r"\blast year\b(?!['’]s\s+(?:US\$|USD|\$|\d|(?:level|figure|total|value|pace|tally|haul|rate|amount|sum|"
    r"record|high|peak|low|mark|result|run|showing|performance)\b))", re.I)
_P_LAST_MONTH = re.compile(r"\blast month\b", re.I)
_WHEN_ANCHOR = re.compile(r"\b((?:19|20)\d\d),?\s+when\b", re.I)
_YEAR_EARLIER = re.compile(
    r"^\s*(?:in\s+|of\s+)?(?:a year (?:earlier|before|ago)|the (?:previous|prior) year|the year before|"
    r"twelve months (?:earlier|before))",
    re.I,
)


@dataclass
class Period:
    start: int  # offsets in the sentence
    end: int
    first: dt.date
    months: int
    text: str
    anchored: str | None = None  # "2020 from 'echoes 2020, when'" when the year came from elsewhere
    # "so far this year" ("ytd"), "the past twelve months" ("trailing"): the span ends at the latest
    # month the store holds for the flow (verify resolves it); ``months`` is a provisional guess
    to_date: str | None = None


@dataclass
class Mention:
    kind: str  # amount change multiple direction share rank combined record streak count not_trade
    start: int  # offsets in the sentence
    end: int
    fill: dict[str, object] = field(default_factory=dict)  # Claim fields this mention sets


@dataclass
class Context:
    """Slots a paragraph (or the headline) carries to the sentences that do not restate them."""

    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    product: tuple[str, ...] = ()
    product_text: str | None = None
    measure: str = "value"
    period: tuple[dt.date, int, str] | None = None
    month_year: int | None = None  # the year of the last month-level period or "YYYY, when" anchor
    periods: list[str] = field(default_factory=list)  # the distinct periods of the last sentence
    where: str = "the previous sentence"
    period_where: str | None = None  # where the period came from when not from ``where``


# -- the text ----------------------------------------------------------------------------------------
def read(text: str, today: dt.date) -> list[Claim]:
    """Every quantity mention of ``text`` as a claim, in text order."""
    out: list[Claim] = []
    long_numbers = list(_LONG_NUMBER.finditer(text))
    for m in long_numbers:
        digits = sum(ch.isdigit() for ch in m.group(0))
        out.append(
            Claim(
                sentence=m.group(0)[:40] + "…",
                start=m.start(),
                kind="not_trade",
                not_trade_reason=f"a number of {digits:,} digits is not an amount (numbers longer than "
                f"{MAX_DIGITS} digits are not read)",
                span=(m.start(), m.end()),
                quote=m.group(0)[:40] + "…",
            )
        )
    original = text
    if long_numbers:
        parts, pos = [], 0
        for m in long_numbers:
            parts += [text[pos : m.start()], _BLANK * (m.end() - m.start())]
            pos = m.end()
        text = "".join([*parts, text[pos:]])
    breaks = [m.start() for m in _PARA_BREAK.finditer(text)]
    headline = Context(where="the headline")
    body_from = 0
    stripped = text.lstrip()
    if stripped.startswith("# "):
        h_start = len(text) - len(stripped)
        h_end = text.find("\n", h_start)
        h_end = len(text) if h_end < 0 else h_end
        h = text[h_start + 2 : h_end]
        _learn(headline, P._parse_sentence(h_start + 2, h, today), None)
        head_claims = _sentence(h_start + 2, h, today, Context(where="the headline"), None)
        out += head_claims
        body_from = h_end
    else:
        head_claims = []
    para, ctx = -1, Context()
    lead: tuple[dt.date, int, str] | None = None
    first_lead: tuple[dt.date, int, str] | None = None
    lead_set = False
    longs = [c for c in out if c.span and c.kind == "not_trade" and c.sentence.endswith("…")]
    for start, s in P.sentences(text[body_from:], digits_only=False):
        start += body_from
        p = bisect.bisect_right(breaks, start)
        if p != para:
            # A new paragraph restates its subject, but the article's period runs on until another
            # is named ("in the first seven months of 2026" in the lead): the first period a
            # paragraph states is its topic and is carried on, never a month named in passing
            # later ("after falling sharply in June"); said so in the explanation.
            para, ctx = p, Context()
            if lead is not None:
                ctx.period, ctx.periods = lead, [lead[2]]
                ctx.period_where = "an earlier paragraph"
            lead_set = False
        claims = _sentence(start, s, today, ctx, headline)
        first = next((c for c in claims if c.kind == "trade"), None)
        if not lead_set and first is not None:
            # the paragraph's first claim decides: a period it states is the new lead; one it
            # inherited keeps the lead
            lead_set = True
            if (
                first.period_start
                and first.months
                and not any(i.startswith("period") for i in first.inherited)
            ):
                lead = (first.period_start, first.months, first.period_text or "")
                first_lead = first_lead or lead
        if long_numbers:
            # The claims show the sentence as written; a long number's claim belongs to the
            # sentence it starts in (the rest of it was blanked and is not read again).
            shown = original[start : start + len(s)]
            held = [c for c in longs if c.span and start <= c.span[0] < start + len(s)]
            for c in held:
                c.start, c.sentence = start, shown
            if held:
                claims = [c for c in claims if c.not_trade_reason != _NO_MENTION]
            for c in claims:
                c.sentence = shown
        out += claims
    _headline_period(head_claims, first_lead)
    out.sort(key=lambda c: (c.span or (c.start, c.start))[0])
    return out


def _headline_period(claims: list[Claim], lead: tuple[dt.date, int, str] | None) -> None:
    """'# China's US chip purchases hit $1.11bn as …': a headline figure without a period is the
    lead paragraph's (the first period the article states); an inferred slot, so a contradiction on
    it abstains (claims8b)."""
    if lead is None:
        return
    for c in claims:
        if c.kind == "trade" and c.period_start is None and not c.ambiguous:
            c.period_start, c.months, c.period_text = lead
            c.inherited.append(f"period '{lead[2]}' from the article's first paragraph")


_NO_MENTION = "numbers here are not trade values or changes"
_CUE = re.compile(
    r"\d|doubl|tripl|trebl|quadrupl|halv|half|third|quarter|fifth|sixth|seventh|eighth|tenth|record|"
    r"highest|lowest|largest|biggest|top|leading|times|fold|" + _DIRECTION.pattern.replace(r"\b", ""),
    re.I,
)


def _sentence(start: int, s: str, today: dt.date, ctx: Context, headline: Context | None) -> list[Claim]:
    """The claims of one sentence; ``ctx`` (the paragraph so far) is read and then updated."""
    if not s.strip(_BLANK + " "):
        return []  # the blanked pieces of a number too long to read
    s_frame = _MEMBERS.sub(lambda m: m.group(1) + _BLANK * (m.end() - m.end(1)), s)
    s_frame = _POLICY_OBJECT.sub(lambda m: m.group(1) + _BLANK * (m.end() - m.end(1)), s_frame)
    s_frame = _COMBINED_MEMBERS.sub(lambda m: m.group(1) + _BLANK * (m.end() - m.end(1)), s_frame)
    s_frame = _RELATIVE.sub(lambda m: m.group(1) + _BLANK * (m.end() - m.end(1)), s_frame)
    dl = _DATELINE.match(s_frame)
    if dl:  # "SEOUL/TOKYO (Nikkei Asia) --": where the story was filed, not whose trade it is
        s_frame = _BLANK * dl.end() + s_frame[dl.end() :]
    premasked = P._mask(s_frame)
    base = P._parse_sentence(start, s_frame, today, premasked)
    base.sentence = s
    if not _CUE.search(s):  # prose without quantities: only its subject is carried on
        _learn(ctx, base, None)
        return []
    masked = P._mask(s)[0] if s_frame != s else premasked[0]
    mentions, masked = _mentions(s, masked)
    clauses = _clauses(s, mentions)
    frames = (
        [base]
        if len(clauses) == 1
        else [P._parse_sentence(start + a, s_frame[a:b], today) for a, b in clauses]
    )
    periods = _periods(s, masked, clauses, today, ctx)
    company = bool(_COMPANY.search(s))
    compared = [(x.start, x.end) for x in mentions if x.kind in ("combined", "share", "rank")]
    out: list[Claim] = []
    carried: tuple[str, int] | None = None
    for m in mentions:
        if (
            m.kind == "direction"
            and not _is_run(m)
            and any(
                (
                    # "barely moved in 2025, edging up": a flat change gives no direction (claims12c)
                    (o.kind in ("change", "multiple") and "flat" not in (o.fill.get("notes") or []))  # type: ignore[operator]
                    or (o.kind == "direction" and (_is_run(o) or o.start < m.start))
                )
                and o is not m
                and _clause_of(clauses, o.start) == _clause_of(clauses, m.start)
                for o in mentions
            )
        ):
            # "rose sharply, up 40%": the change says more; one direction per clause, and a run of
            # moves ("slipped too, falling for a second straight month") before a plain one
            continue
        k = _clause_of(clauses, m.start)
        own, theirs = _own_frame(s_frame, start, m, mentions, clauses, k, frames[k], today)
        mine = [*frames[:k], own, *frames[k + 1 :]]
        c = _frame_claim(s, start, m, mine, k)
        if m.kind in ("change", "multiple", "direction") and _of_count(m, mentions, clauses):
            c.notes.append("change_of_count")  # "549.2 billion chips, up 14.6%": the count's change
        if m.kind != "not_trade":
            later = {_clause_of(clauses, o.start) for o in mentions} - set(range(k + 1))
            _fill(
                c,
                s_frame,
                m,
                k,
                mine,
                clauses,
                periods,
                own if len(clauses) == 1 else base,
                ctx,
                headline,
                company,
                today,
                compared,
                later,
            )
            _mark_theirs(c, theirs)
            _possessive(c, s, m)
            _outside_region(c, s, m)
            carried = _with_economy(c, s, m, carried)
            _listed_partner(c, s, m)
            _versus_member(c, s, m)
            _bracketed_member(c, s, m)
            _world_exports(c, s, m, clauses[k])
            _whole_world(c, s, m, clauses[k])
            _part_of_which(c, s, m)
            _no_base_or_bound(c, s, m)
            _own_tally(c, s[clauses[k][0] : clauses[k][1]], out)
        if m.kind == "direction" and c.kind == "not_trade":
            continue  # "demand fell": a verb in prose, not a claim about a flow
        _those_from(c, s[clauses[k][0] : clauses[k][1]], out, clauses, k)
        out.append(c)
    _record_periods(out)
    _prior_shares(out)
    if not out and re.search(r"\d", s):
        # Digits but no quantity mention (a date, an ordinal): one claim says why, as before.
        c = dataclasses.replace(base, inherited=[])
        first = re.search(r"\d[\d,.]*", s)
        c.span = (start + first.start(), start + first.end()) if first else (start, start + len(s))
        c.quote = first.group(0) if first else s
        c.kind = "not_trade"
        c.not_trade_reason = c.not_trade_reason or _NO_MENTION
        out.append(c)
    _learn(ctx, base, out)
    return out


# Regions and groups the customs tables do not hold as one economy (SEMI's "Europe" and "North
# America" are regions of its own table and are not listed).
_REGION = re.compile(
    r"\b(?:(?:South|North)[- ]?east(?:ern)? Asia|South(?:ern)? Asia|Central Asia|ASEAN|the EU\b|"
    r"European Union|"
    r"Latin America|South America|Central America|Africa|the Middle East|the Gulf|Eastern Europe|Oceania|"
    r"emerging (?:markets|economies)|the rest of (?:Asia|the world)|"
    r"other Asian (?:economies|markets|countries))",
    re.I,
)


def _outside_region(c: Claim, s: str, m: Mention) -> None:
    """'… even as they rose to most of Southeast Asia': a region outside the store, in the mention's
    own stretch of the sentence (between commas) and with no economy of the store there, gives no
    verdict, rather than the figure of a neighbouring clause's economy."""
    if c.kind == "not_trade" or c.measure != "value" or c.ambiguous:
        return
    a = max(s.rfind(",", 0, m.start), s.rfind(";", 0, m.start)) + 1
    ends = [i for i in (s.find(",", m.end), s.find(";", m.end)) if i >= 0]
    b = min(ends) if ends else len(s)
    piece = s[a:b]
    region = _REGION.search(piece)
    if region is None or P._found_countries(_REGION.sub(" ", piece)):  # "Latin America" is not the US
        return
    c.ambiguous = f"'{region.group(0)}' is a region the store does not hold as one economy"


_DATELINE = re.compile(
    r"^[A-Z][A-Z/ .,'-]{2,60}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s+"
)
# "the largest source ahead of Malaysia": economies a comparison names are not the frame's subject.
_MEMBERS = re.compile(
    r"(\b(?:ahead of|behind|followed by|overtaking|overtook|outpacing|outstripping|second only to|"
    r"trailing|bigger than|larger than|smaller than)\s+)"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*"
)
# "more than Korea, Taiwan and North America combined": the members compared are not the
# subject of the sentence's figures (batch 9 a4)
_NAME = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
_COMBINED_MEMBERS = re.compile(
    r"(\b(?:more than|less than|bigger than|larger than|greater than|above|below|exceed\w*|outstrip\w*|"
    r"surpass\w*|eclips\w*)\s+(?:those of\s+|that of\s+)?)"
    + _NAME
    + r"(?:,\s*"
    + _NAME
    + r")*,?\s+and\s+"
    + _NAME
    + r"(?=\s+combined\b)"
)
# "Korea, whose exporters lean on memory, sold $86 billion of chips": a relative clause without a
# figure describes the subject; its goods are not the flow's product (batch 9 s101)
_RELATIVE = re.compile(r"(,\s*)(?:whose|which|who)\b[^,;$%\d]{1,80}(?=,)", re.I)
# "a 25% tariff on Chinese semiconductors": the goods a policy targets are not the flow's product.
_POLICY_OBJECT = re.compile(
    r"(\b(?:tariffs?|duty|duties|levy|levies|curbs|controls|restrictions|bans?|sanctions)\s+on\s+)"
    r"(?:(?:imported|foreign|Chinese|American|US|Korean|Japanese|Taiwanese|advanced)\s+){0,2}"
    r"(?:semiconductors?|chips?|microchips|memory chips|processors|integrated circuits|ICs)\b"
)
# "from the mainland", "the island's exports": the press's names for China and Taiwan.
_MAINLAND = re.compile(r"\b(?:from|to)\s+the\s+mainland\b", re.I)


_ACROSS_REPORTERS = re.compile(
    r"\bworld's (?:\w+\s+)?(?:largest|biggest|top|leading|second|third)"
    r"|\bof (?:the\s+)?(?:global|world|world's|worldwide) (?:[\w-]+\s+){0,3}?(?:exports|imports|shipments)"
    r"|\bof the (?:global|world|worldwide) total\b"
    r"|\bplace\s+among\s+(?:the\s+)?(?:world's\s+)?(?:[\w-]+\s+){0,2}?exporters\b",
    re.I,
)
_HOLDER_BEFORE = re.compile(
    r"(?:(?:'s|’s)\s+share\s+(?:\w+\s+){0,2}?|\s+(?:still\s+|alone\s+|also\s+)?(?:took|accounted for|made up|"
    r"captured|represented|had|held)\s+|\s+another\s+)$"
)


# -- a figure keeps its own slots ---------------------------------------------------------------------
# Kinds that are figures with a phrase of their own ("China's $49.6 billion", "the $24 billion spent
# on processors", "20 came from Japan"); a change or a multiple shares its amount's flow instead.
_FIGURE_KINDS = ("amount", "count", "not_trade")
# "China's $49.6 billion", "Korea's 20": the economy a possessive puts right before a figure.
_POSSESSIVE_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*\s+)?\b[A-Z][\w.]*(?:'s|’s)\s*(?:\w+\s+)?$")


_THOSE_FROM = re.compile(r"\bthose\s+(?:from|of)\s+((?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def _those_from(c: Claim, clause: str, out: list[Claim], clauses: list[tuple[int, int]], k: int) -> None:
    """'Vietnam's shipments to the US rose 90%, while those from South Korea more than doubled':
    'those' are the other clause's shipments, from another exporter to the same partner (batch 8,
    a1: read as Vietnam's exports to Korea)."""
    g = _THOSE_FROM.search(clause)
    who = g.group(1) if g else ""
    iso = P._iso(who.removeprefix("the ")) if who else None
    if iso is None or c.partner != iso or c.kind != "trade":
        return
    prev = next(
        (
            o
            for o in reversed(out)
            if o.kind == "trade" and o.span and o.span[0] - c.start < clauses[k][0] and o.flow == "X"
        ),
        None,
    )
    if prev is None or prev.partner in (None, "WLD", iso) or prev.reporter in (None, iso):
        return
    c.reporter, c.partner, c.flow = iso, prev.partner, "X"
    c.inherited = [x for x in c.inherited if not x.startswith(("reporter", "partner"))]
    c.inherited.append(f"partner {c.partner} from another clause of the sentence ('those from {who}')")


def _prior_shares(claims: list[Claim]) -> None:
    """'China and Hong Kong together took 51.7% of Taiwan's exports in 2024, down from 58.0% in
    2022': the earlier share is held by the same economies, of the same total, as the share before
    it; only its period is its own."""
    last: Claim | None = None
    for c in claims:
        if c.comparison != "share":
            continue
        if "prior_share" in c.notes and last is not None:
            c.reporter, c.partner, c.flow = last.reporter, last.partner, last.flow
            c.product, c.product_text, c.measure = last.product, last.product_text, last.measure
            c.notes = [
                n for n in c.notes if not n.startswith("together:") and n != "across_reporters"
            ] + [n for n in last.notes if n.startswith("together:") or n == "across_reporters"]
        elif "prior_share" not in c.notes:
            last = c


def _theirs(
    s: str, m: Mention, mentions: list[Mention], clause: tuple[int, int]
) -> list[tuple[int, int, str]]:
    """The phrases of the other figures in m's clause: a later figure's words up to the next figure
    or the clause's end ("next to the $24 billion spent on processors"), and any other figure's
    possessive ("behind China's $49.6 billion"). An earlier figure's trailing words are left alone:
    they are usually the shared frame ("$5 billion of chips in June, up from $4 billion")."""
    a, b = clause
    inside = [o for o in mentions if a <= o.start < b and o is not m and o.kind in _FIGURE_KINDS]
    out: list[tuple[int, int, str]] = []
    for o in inside:
        pos = _POSSESSIVE_BEFORE.search(s, max(a, o.start - 40), o.start)
        if pos is not None and not (pos.start() < m.end and m.start < pos.end()):
            out.append((pos.start(), o.start, s[o.start : o.end]))
        if o.start > m.start:
            nxt = min([x.start for x in mentions if x.start >= o.end and x is not o] + [b])
            out.append((o.end, nxt, s[o.start : o.end]))
    return out


def _own_frame(
    s: str,
    start: int,
    m: Mention,
    mentions: list[Mention],
    clauses: list[tuple[int, int]],
    k: int,
    frame: Claim,
    today: dt.date,
) -> tuple[Claim, list[tuple[str, object, str]]]:
    """m's clause read without the other figures' phrases: the frame it may take its slots from, and
    the slots (name, value, the other figure) that only those phrases give. Issue 11, batch 6: a
    figure bound to a neighbouring figure's economy or product was the commonest wrong verdict."""
    # a record, share or change word ("a record $15.7 billion of chips") shares its amount's phrase
    if m.kind not in ("amount", "count"):
        return frame, []
    a, b = clauses[k]
    if any(o.start < m.start and o.kind in _FIGURE_KINDS and a <= o.start for o in mentions):
        # "next to the $24 billion spent on processors": the product of a later figure's own words
        # is its product, not the one the clause named first for the figure before it
        nxt = min([x.start for x in mentions if x.start >= m.end] + [b])
        product, text = P._product(s[m.end : nxt])
        if product and product != frame.product:
            frame = dataclasses.replace(frame, product=product, product_text=text)
    regions = _theirs(s, m, mentions, clauses[k])
    if not regions:
        return frame, []
    text = s[a:b]
    for x, y, _q in regions:
        text = _blank(text, x - a, y - a)
    alt = P._parse_sentence(start + a, text, today)
    who = next((q for _x, _y, q in regions), "")
    theirs: list[tuple[str, object, str]] = []
    for slot in ("reporter", "partner", "product"):
        mine, full = getattr(alt, slot), getattr(frame, slot)
        if full and mine != full:
            theirs.append((slot, full, who))
    if not theirs:
        return frame, []
    own = dataclasses.replace(frame, reporter=alt.reporter, partner=alt.partner)
    if alt.product != frame.product:
        own.product, own.product_text, own.measure = alt.product, alt.product_text, alt.measure
    return own, theirs


# "…, with Malaysia taking $9.3 billion": the economy of a with-clause is the figure's partner
_WITH_TAKING = re.compile(
    r"\bwith\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:alone\s+)?(?:taking|buying|receiving|absorbing|"
    r"getting|importing|supplying|shipping|sending|providing|contributing)\s+$"
)
_WITH_KINDS = ("amount", "change", "multiple", "direction")
_LISTED_MEMBER = re.compile(r"\b(?:with|and)\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:at\s+)?$")


def _with_economy(c: Claim, s: str, m: Mention, carried: tuple[str, int] | None) -> tuple[str, int] | None:
    """'Taiwan's chip exports totalled $110 billion, with Malaysia taking $9.3 billion, already most
    of 2024's full-year $9.9 billion': the with-clause's economy is its figure's partner, and the
    elliptical clause after it keeps that economy until another is named (batch 8, s062)."""
    if m.kind not in _WITH_KINDS or c.comparison is not None:
        return carried
    g = _WITH_TAKING.search(s, max(0, m.start - 60), m.start)
    iso = P._iso(g.group(1)) if g else None
    if iso is not None and g is not None and iso != c.reporter and c.partner in (None, "WLD"):
        c.partner = iso
        return (iso, m.end)
    g = _LISTED_MEMBER.search(s, max(0, m.start - 40), m.start)
    iso = P._iso(g.group(1)) if g else None
    if iso is not None and c.reporter not in (None, iso) and c.partner not in (None, "WLD", iso):
        # "South Korea supplied $373 million, with Taiwan at $247 million and Japan at $241
        # million": each member listed is the partner of the same flow
        c.partner = iso
        c.inherited = [x for x in c.inherited if not x.startswith("partner")]
        return None
    if carried is None:
        return None
    if P._found_countries(s[carried[1] : m.start]):
        return None  # another economy named in between
    if c.partner in (None, "WLD") and c.reporter != carried[0]:
        c.partner = carried[0]
        c.inherited.append(f"partner {carried[0]} from another clause of the sentence")
    return carried


# "the first month above $300 million in the data": the figure bears the bound out, but that no
# earlier month passed it is not checked (batch 9 s043)
_FIRST_ABOVE = re.compile(
    r"\bthe\s+first\s+(?:[\w-]+\s+)?(?:month|quarter|year|time)\s+(?:(?:it\s+)?(?:above|over|below|under|"
    r"beyond|past|topping|exceeding)\s+|(?:that\s+)?(?:\w+\s+)?(?:topped|exceeded|passed|crossed)\s+)?$",
    re.I,
)
# "ten times its usual level": a multiple of a level no period names (batch 9 a2)
_USUAL_BASE = re.compile(
    r"^\s+(?:of\s+)?(?:its|their|the)\s+(?:usual|normal|typical|customary|historical|long-run|average)\s+"
    r"(?:level|pace|run-rate|rate|amount|volume|figure|monthly\s+\w+)",
    re.I,
)


_OWN_TALLY = re.compile(
    r"(?:'s|’s|\b(?:its|their))\s+own\s+(?:tally|figures?|count|records?|data|numbers|statistics|books)\b",
    re.I,
)


def _own_tally(c: Claim, clause: str, before: list[Claim]) -> None:
    """'… American customs logged $8.1 billion from the island; for 2025, the island's own tally was
    $4.8 billion': the other side of the flow just named keeps its partner (batch 9 a1)."""
    if c.partner is not None or c.reporter is None or not _OWN_TALLY.search(clause):
        return
    for x in reversed(before):
        other = {x.reporter, x.partner} - {c.reporter, None, "WLD"}
        if c.reporter in (x.reporter, x.partner) and len(other) == 1:
            c.partner = other.pop()
            c.inherited.append(f"partner {c.partner}: the other side of the flow named before ('own')")
            return


def _no_base_or_bound(c: Claim, s: str, m: Mention) -> None:
    """An unbounded first caps the verdict at consistent; a multiple of a usual level has no base."""
    if m.kind == "amount" and _FIRST_ABOVE.search(s, max(0, m.start - 50), m.start):
        c.notes.append("cap_consistent:that no earlier month passed the figure is not checked")
    usual = _USUAL_BASE.match(s[m.end : m.end + 60]) if m.kind in ("multiple", "change") else None
    if usual is not None and not c.ambiguous:
        c.ambiguous = f"the base '{usual.group(0).strip()}' names no period"


# "Taiwanese processors worth $1.1 billion, Malaysian ones worth $450 million": each figure of a
# list is its own demonym's
_DEMONYM_WORTH = re.compile(
    r"(?:^|,\s*|\band\s+|\bin\s+\w+\s+)([A-Z][a-z]+)\s+(?:[a-z-]+\s+){1,2}(?:worth|valued at|totall?ing)\s+$"
)
# "more memory chips from Korea than from Taiwan in June, $373 million against $274 million"
_FROM_THAN_FROM = re.compile(
    r"\bfrom\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+than\s+from\s+"
    r"((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
)
_AGAINST_FIGURE = re.compile(
    r"(?:US\$|USD\s?|\$)\s?\d[\d,.]*\s*(?:billion|million|bn|mn|m)?\s+(?:against|versus|vs\.?|and)\s+$", re.I
)


def _listed_partner(c: Claim, s: str, m: Mention) -> None:
    """The economy of each figure in a list (batch 9 s142, s143): a demonym right before "… worth
    $X", or the second of "from A than from B, $X against $Y"."""
    if m.kind != "amount" or c.comparison is not None:
        return
    listed = len(re.findall(r"\b(?:worth|valued at|totall?ing)\s+(?:US\$|USD\s?|\$)\s?\d", s)) > 1
    g = _DEMONYM_WORTH.search(s, max(0, m.start - 50), m.start) if listed else None
    iso = _economy_word(g.group(1)) if g else None
    if iso is None:
        pair = _FROM_THAN_FROM.search(s, 0, m.start)
        if pair is not None and _AGAINST_FIGURE.search(s, pair.end(), m.start):
            iso = _economy_word(pair.group(2))
    if iso is not None and iso != c.reporter and c.partner not in (None, iso):
        c.partner = iso
        c.inherited = [x for x in c.inherited if not x.startswith("partner")]


# "a 7.9% share of world exports of roughly $950 billion", "global IC exports, some $950 billion"
_WORLD_EXPORTS_BEFORE = re.compile(
    r"\b(?:global|world|world's|world’s|worldwide)\s+(?:[\w-]+\s+){0,3}?exports\s*(?:,\s*|of\s+|at\s+|worth\s+|"
    r"(?:totall?ing|valued at)\s+)$",
    re.I,
)
# "World exports of integrated circuits totalled $950 billion": the world as the subject
_WORLD_EXPORTS_SUBJECT = re.compile(
    # (an economy after "from", "to", "by" makes it a flow of that economy's; "came to roughly
    # $950bn" does not: claims11d, batch 11 a3)
    r"^\s*(?:the\s+)?(?:global|world|worldwide)\s+(?:[\w-]+\s+){0,3}?exports\b"
    r"(?![^,;]*\b(?:from|to|by)\s+(?:the\s+)?(?!USD\b|US\$|US\s?\d)[A-Z])",
    re.I,
)


# "$2.3bn of memories from the whole world", "exports to all destinations": the World as partner
_WHOLE_WORLD_AFTER = re.compile(
    r"^[^,;:()$\d]{0,50}?\b(?:from|to)\s+(?:the\s+(?:whole|entire)\s+world|all\s+(?:sources|origins|"
    r"suppliers|destinations|markets|countries)|everywhere)\b",
    re.I,
)
# "… from Malaysia and $12.0bn in total": the total beside a partner's figure is the World's
_IN_TOTAL_AFTER = re.compile(
    r"^(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:in total|in all|all told)\b", re.I
)
_AND_BEFORE = re.compile(
    r"(?:\d[\d.,]*\s*(?:bn|billion|m|million|tn|trillion)\b[^;:.]*?)(?:\band|,)\s*$", re.I
)


def _whole_world(c: Claim, s: str, m: Mention, clause: tuple[int, int]) -> None:
    """'the US imported $10.2bn of processors from Taiwan and $2.3bn of memories from the whole
    world': the phrase after the figure names its partner, the World, not the partner of another
    figure of the sentence (claims11d, batch 11 s111)."""
    if m.kind not in ("amount", "change", "multiple", "direction") or c.measure != "value":
        return
    after = s[m.end : clause[1]]
    if not (
        _WHOLE_WORLD_AFTER.match(after)
        or (_IN_TOTAL_AFTER.match(after) and _AND_BEFORE.search(s[max(0, m.start - 120) : m.start]))
    ):
        return
    c.partner = None
    # read from the figure's own words, so not an inherited slot (a contradiction stands)
    c.inherited = [x for x in c.inherited if not x.startswith("partner")]


# "$32.6bn of processors, of which Taiwan supplied $10.2bn"; "Of the $32.6bn …, Taiwan supplied
# $10.2bn": the words that name the holder of the part
_OF_WHICH = re.compile(r"(?:,\s*|\()of which\s+(?P<holder>[^,;:$\d]{2,60}?)\s*$", re.I)
_OF_THE_FIGURE = re.compile(
    r"^\s*(?:out\s+)?of\s+(?:the|a total of|a|its)\s+(?:US\$|USD\s?|\$)\d[^,;]*,\s*"
    r"(?P<holder>[^,;:$\d]{2,60}?)\s*$",
    re.I,
)
_MAINLAND_WORD = re.compile(r"\bthe mainland\b|\bmainland China\b", re.I)


def _part_of_which(c: Claim, s: str, m: Mention) -> None:
    """The part of a whole named before it ("$32.6bn of processors, of which Taiwan supplied
    $10.2bn"): the economy that holds the part is the reporter when it is the whole's own (SEMI's
    regions, "of which China imported"), else the partner of the whole's flow ("of which Taiwan
    supplied": US imports from Taiwan); never the whole's figure (claims11d, batch 11's "of which"
    shapes). A part of the world's exports, or a holder that cannot be told, abstains."""
    if m.kind not in ("amount", "change", "multiple", "direction", "share") or c.measure != "value":
        return
    head = s[: m.start]
    g = _OF_WHICH.search(head) or _OF_THE_FIGURE.match(head)
    if g is None:
        return
    words = g.group("holder")
    found = [iso for _, iso in P._found_countries(words)]
    if _MAINLAND_WORD.search(words):
        found.append("CHN")
    holders = sorted(set(found))
    if len(holders) != 1 or c.reporter in (None, "WLD") or "world_exports" in c.notes:
        if holders or c.reporter == "WLD":
            c.ambiguous = (
                f"the part of a whole named before it ({words.strip()!r}): whose part cannot be told"
            )
        return
    (holder,) = holders
    if holder == c.reporter:
        return
    c.partner = holder
    c.inherited = [x for x in c.inherited if not x.startswith("partner")]


def _world_exports(c: Claim, s: str, m: Mention, clause: tuple[int, int]) -> None:
    """The world's exports (the sum of the all-reporters export table) as an amount's subject: the
    amount right after "world exports of" is the world total, not the sentence's economy (batch 8,
    s076: "a 7.9% share of world exports of roughly $950 billion" was checked as Malaysia's)."""
    if m.kind != "amount" or c.comparison is not None or c.measure == "billings":
        return
    a = clause[0]
    if _world_total_of(c, s, m):
        return
    near = _WORLD_EXPORTS_BEFORE.search(s, max(a, m.start - 60), m.start)
    subject = _WORLD_EXPORTS_SUBJECT.match(s[a : m.start]) and not P._found_countries(s[a : m.start])
    if near is None and not subject:
        return
    c.reporter, c.partner, c.flow = "WLD", None, "X"
    c.notes.append("world_exports")
    c.inherited = [x for x in c.inherited if not x.startswith(("reporter", "partner"))]


# "a fifth of the world total of roughly $950bn": the denominator of a share, the world's figure
_WORLD_TOTAL_OF = re.compile(
    r"\b(?:the|a)\s+(?:world|global|worldwide|world's|world’s)\s+(?:total|sum|market)\s+"
    r"(?:of\s+|at\s+|was\s+|worth\s+)?$",
    re.I,
)


def _world_total_of(c: Claim, s: str, m: Mention) -> bool:
    """'a fifth of the world total of roughly $950bn': the amount is the world's, never the
    sentence's economy (claims11d, batch 11 s066). For exports the store's all-reporters table
    holds it (checked as the world's exports); for any other flow the store has no world total,
    so the figure abstains rather than being checked as the reporter's own."""
    if not _WORLD_TOTAL_OF.search(s, max(0, m.start - 40), m.start):
        return False
    c.inherited = [x for x in c.inherited if not x.startswith(("reporter", "partner"))]
    if c.flow == "X":
        c.reporter, c.partner = "WLD", None
        c.notes.append("world_exports")
    else:
        c.ambiguous = "the world total a share is of: the store holds a world total for exports only"
    return True


_OWN_POSSESSIVE = re.compile(r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:'s|’s)\s*$")


_VERSUS_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared with|compared to|than|over|ahead of)\s+$")


_OVERTAKEN = re.compile(
    r"\b(?:overtaking|overtook|overtakes|displaced|displacing|displaces|outpacing|outpaced|beating)\s+"
    r"(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*|mainland(?:\s+China)?)"
)


def _versus_member(c: Claim, s: str, m: Mention) -> None:
    """'Hong Kong overtook the mainland as the top destination, taking $29.5 billion against $27.3
    billion': the figure set against the subject's is the economy it overtook (batch 5 s33)."""
    before = s[max(0, m.start - 20) : m.start]
    if m.kind != "amount" or not re.search(r"\b(?:against|versus|vs\.?|compared with)\s+$", before):
        return
    g = _OVERTAKEN.search(s, 0, m.start)
    if g is None:
        return
    name = g
    iso = "CHN" if g.group(1).lower().startswith("mainland") else P._iso(g.group(1))
    if iso is None:
        return
    if c.partner not in (None, "WLD", iso) and c.reporter != iso:
        c.partner = iso
    elif c.measure == "billings" and c.partner in (None, "WLD") and c.reporter not in (None, iso):
        c.reporter = iso  # a region's billings set against another region's
    else:
        return
    c.inherited.append(f"partner {iso}: the economy '{name.group(0)}' the subject is set against")


# "Taiwan (US$8.0 billion), Malaysia (US$3.3 billion)", "exceed Taiwan's (1.44 billion dollars)":
# an economy named right before a figure in brackets
_BRACKETED_OF = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s)?\s*\(\s*$")


def _bracket_economy(s: str, end: int) -> tuple[str, str] | None:
    g = _BRACKETED_OF.search(s, max(0, end - 40), end)
    if g is None:
        return None
    words = g.group(1).split()
    for k in range(len(words)):
        iso = _economy_word(" ".join(words[k:]))
        if iso:
            return iso, " ".join(words[k:])
    return None


def _bracketed_member(c: Claim, s: str, m: Mention) -> None:
    """'Taiwan (US$8.0 billion), Malaysia (US$3.3 billion) and Vietnam (US$1.35 billion)' (claims13b,
    batch 12 s065/a2): a figure in brackets after an economy's name is that economy's. In a list of
    partners (the claim's partner is itself a bracketed member) it takes the partner's place; when
    the subject's economy holds the slot instead ("Korea's sales exceed Taiwan's (…)"), abstain."""
    if m.kind != "amount":
        return
    own = _bracket_economy(s, m.start)
    if own is None or own[0] in (c.reporter, c.partner):
        return
    iso, name = own
    members = {
        e[0]
        for b in re.finditer(r"\(", s)
        if (e := _bracket_economy(s, b.end())) is not None and b.end() != m.start
    }
    if c.partner not in (None, "WLD") and c.partner in members:
        c.partner = iso
        c.inherited = [i for i in c.inherited if not i.startswith("partner")]
        c.inherited.append(f"partner {iso}: the economy '{name}' named before the figure in brackets")
        return
    subject = re.match(r"\s*((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s)\s", s)
    if (
        subject is not None
        and c.reporter not in (None, "WLD")
        and _economy_word(subject.group(1)) == c.reporter
        and re.search(r"(?:'s|’s)\s*\(\s*$", s[max(0, m.start - 6) : m.start])
    ):
        # "Korea's memory sales to the US exceed Taiwan's (…)": the same flow, the other possessor's
        c.reporter = iso
        if c.partner == iso:
            c.partner = None
        c.inherited = [i for i in c.inherited if not i.startswith("reporter")]
        c.inherited.append(f"reporter {iso}: '{name}'s' set against the subject's '{subject.group(1)}'s'")
        return
    c.ambiguous = f"the figure in brackets is {name}'s, not the subject's; its flow is not stated"


def _possessive(c: Claim, s: str, m: Mention) -> None:
    """'third behind China's $49.6 billion': an economy's possessive right before a figure makes it
    that figure's economy (the reporter), whatever the sentence's subject."""
    if m.kind not in ("amount", "count"):
        return
    g = _OWN_POSSESSIVE.search(s, max(0, m.start - 30), m.start)
    iso = P._iso(g.group(1)) if g else None
    if iso is None and g is not None and " " in g.group(1):
        iso = P._iso(g.group(1).split()[-1])
    if iso is None or iso == c.reporter:
        return
    if (
        c.partner not in (None, "WLD", iso)
        and c.reporter not in (None, "WLD")
        and g is not None
        and _VERSUS_BEFORE.search(s, max(0, g.start() - 20), g.start())
    ):
        # "shipping $8.1 billion against Malaysia's $7.7 billion": the economy compared with the
        # partner takes the partner's place in the same flow (US imports from Malaysia)
        c.partner = iso
        c.inherited = [i for i in c.inherited if not i.startswith("partner")]
        return
    c.reporter = iso
    if c.partner == iso:
        c.partner = None
    c.inherited = [i for i in c.inherited if not i.startswith("reporter")]


def _mark_theirs(c: Claim, theirs: list[tuple[str, object, str]]) -> None:
    """A slot the claim still holds that only another figure's phrase gives counts as read from
    elsewhere: a contradiction may not rest on it (verify._guard)."""
    for slot, value, who in theirs:
        if getattr(c, slot) == value:
            shown = c.product_text if slot == "product" else value
            c.inherited.append(f"{slot} {shown} from the phrase of another figure ('{who}')")


def _of_count(m: Mention, mentions: list[Mention], clauses: list[tuple[int, int]]) -> bool:
    """A change about a count, not a value: the sentence gives a count and no amount, or the figure
    nearest before the change in its clause is a count ("imported 549.2 billion integrated circuits
    in 2024, up nearly 15% year on year, with a total value of US$385 billion")."""
    if not any(o.kind == "count" for o in mentions):
        return False
    if not any(o.kind == "amount" for o in mentions):
        return True
    k = _clause_of(clauses, m.start)
    before = [
        o
        for o in mentions
        if o.end <= m.start and o.kind in ("count", "amount") and _clause_of(clauses, o.start) == k
    ]
    return bool(before) and max(before, key=lambda o: o.end).kind == "count"


_TOGETHER = re.compile(r"\b(?:together|combined|between them)\b", re.I)


_OF_ECONOMY = re.compile(
    r"\s*(?:of\s+)?(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:outlay|spending|total|figure|bill)\b"
)


def _share_of_others(c: Claim, s: str, m: Mention) -> None:
    """'one third of the Chinese outlay' (issue 11, batch 6): a share of another economy's figure,
    not of the world's, which the share checker does not compute; ambiguous, never a guess."""
    g = _OF_ECONOMY.match(s, m.end)
    iso = P._ADJ.get(g.group("adj").lower()) if g else None
    if iso is not None and iso != c.reporter:
        c.ambiguous = f"the share is of {iso}'s figure ('{g.group(0).strip()}'), not of a total"  # type: ignore[union-attr]


def _share_holder(c: Claim, s: str, m: Mention, others: list[str]) -> None:
    """'the US still took less than 5% of the total', 'with Malaysia's share at 27%': the economy
    just before the share holds it (the partner); the flow is the other economy's."""
    lo = max(0, m.start - 45)
    window = s[lo : m.start]
    wide = s[max(0, m.start - 75) : m.start]  # "Mainland China and Hong Kong together still took a little"
    if _TOGETHER.search(window) and len({i for _, i in P._found_countries(wide)}) > 1:
        window = wide
    found = P._found_countries(window)
    if not found:
        return
    if len({i for _, i in found}) > 1 and _TOGETHER.search(window):
        # "Mainland China and Hong Kong together took just over half": the economies' summed share
        # of the flow of the economy named after it ("of Taiwan's exports")
        isos = list(dict.fromkeys(i for _, i in found))
        owner = c.reporter if c.reporter not in isos else None
        if owner is None:
            owner = next((r for r in others if r not in isos), None)
        if owner is None or "WLD" in isos:
            c.ambiguous = "a combined share of " + " and ".join(isos) + " together, of a flow not named"
            return
        c.reporter, c.partner = owner, isos[0]
        c.notes.append("together:" + ",".join(isos))
        return
    pos, iso = found[-1]
    name = re.match(r"(?:the )?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*", window[pos:])
    rest = window[pos + (name.end() if name else 0) :]
    # "and Hong Kong 22%", "with Hong Kong at 22%", "against Malaysia's 27%"
    listed = "listed_share" in c.notes and re.fullmatch(r"(?:'s|’s)?\s+(?:at\s+)?", rest)
    if not _HOLDER_BEFORE.match(rest) and not _HOLDER_BEFORE.search(rest) and not listed:
        return
    if iso == c.partner:
        return
    other = c.reporter if c.reporter != iso else c.partner
    if not other or other == iso:  # "and Hong Kong another 27.3%": the flow is the sentence's
        other = next((r for r in others if r != iso), None)
    c.partner = iso
    if other and other != iso:
        c.reporter = other


def _record_periods(claims: list[Claim]) -> None:
    """'a record $184.1 billion the year before': a record printed with its amount has the amount's
    period."""
    for r, a in itertools.pairwise(claims):
        if (
            r.comparison == "record"
            and a.amount is not None
            and r.span
            and a.span
            and 0 <= a.span[0] - r.span[1] <= 2
        ):
            r.period_start, r.months, r.period_text = a.period_start, a.months, a.period_text
    # "from 2023's US$8.31 billion, which was the lowest level in 11 years": a record tied by a
    # relative clause to the figure just before it is that figure's record (its period), not the
    # period of the sentence's first figure
    for a, r in itertools.pairwise(claims):
        if (
            r.comparison == "record"
            and a.amount is not None
            and a.period_start is not None
            and r.span
            and a.span
            and r.sentence is a.sentence
            and _WHICH_WAS.match(a.sentence[a.span[1] - a.start : r.span[0] - a.start])
        ):
            r.period_start, r.months, r.period_text = a.period_start, a.months, a.period_text


_WHICH_WAS = re.compile(
    r"^\s*,\s*(?:which|that)\s+(?:was|were|is|had\s+been|marked)\s+(?:also\s+)?(?:the\s+|its\s+|a\s+)?$",
    re.I,
)


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    return len(clauses) - 1


def _clauses(s: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Clause boundaries (offsets in s); never inside a comparison ("Korea, Taiwan, and the US
    combined") or a streak."""
    keep = [(m.start, m.end) for m in mentions if m.kind in ("combined", "streak", "share", "rank")]
    cuts = [0]
    for m in _CLAUSE_SPLIT.finditer(s):
        if any(a < m.start() < b for a, b in keep):
            continue
        cuts.append(m.end())
    cuts.append(len(s))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


# -- mentions ----------------------------------------------------------------------------------------
def _overlaps(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in taken)


def _blank(s: str, a: int, b: int) -> str:
    return s[:a] + _BLANK * (b - a) + s[b:]


_DIGIT = re.compile(r"\d")
_SHARE_CUE = re.compile(r"%|per\s?cent|share|half|third|quarter|fifth|sixth|seventh|eighth|tenth", re.I)


@dataclass
class _Found:
    """The mentions of one sentence as they are found (each finder appends its own kind)."""

    s: str
    masked: str
    out: list[Mention] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)


def _mentions(s: str, masked: str) -> tuple[list[Mention], str]:
    """Every quantity mention of a sentence, in order; and the sentence with the mentions read as
    shares blanked (so their per cent is not read again as a change). Comparisons are read first:
    their numbers ("45% of") are theirs; then streaks and amounts, multiples, changes, counts,
    directions, and last every other number (not a trade figure)."""
    f = _Found(s, masked)
    digits = bool(_DIGIT.search(masked))
    shares = bool(_SHARE_CUE.search(masked))
    for find, needed in (
        (_find_not_trade, True),
        (_find_year_counts, True),
        (_find_shares, shares),
        (_find_shares_at, shares and digits),
        (_find_share_levels, digits),
        (_find_share_fraction_levels, shares),
        (_find_appended_fraction_shares, shares and digits),
        (_find_combined, True),
        (_find_ranks, True),
        (_find_records, True),
        (_find_series_highs, True),
        (_find_year_peaks, True),
        (_find_money, digits),
        (_find_multiples, True),
        (_find_fraction_changes, shares),
        (_find_fraction_change_words, shares),
        (_find_changes, digits),
        (_find_flat, True),
        (_find_counts, digits),
        (_find_noun_runs, True),
        (_find_directions, True),
        (_find_leftovers, digits),
    ):
        if needed:  # a finder whose pattern cannot match is not run (5 MB of text stays fast)
            find(f)
    f.out.sort(key=lambda x: x.start)
    return f.out, f.masked


# "the second year above $100 billion", "a third straight year of growth", "its fifth consecutive
# annual gain": a count of years, not the amount of that year (claims8b).
_YEAR_COUNT = re.compile(
    r"\b(?:the|a|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|successive\s+|full\s+)?(?:years?|annual\s+(?:gain|rise|increase|"
    r"decline|fall|drop))\b(?:\s+(?:in a row|running))?"
    r"(?:\s+(?:above|over|of more than|exceeding|topping|beyond|below|under|of)\s+"
    r"(?:(?:US\$|USD\s?|\$)\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|tn|m)?|(?:double-digit\s+)?"
    r"(?:growth|gains?|increases?|rises?|declines?|falls?|contraction|decreases?)))?",
    re.I,
)


def _find_year_counts(f: _Found) -> None:
    """A count of years ("the second year above $100 billion"): not checkable as that year's amount;
    the run of annual figures is not read here."""
    for m in _YEAR_COUNT.finditer(f.s):
        if re.search(r"\bfor\s+$", f.s[max(0, m.start() - 5) : m.start()]):
            continue  # "grew for a third straight year": a run of moves, checked as one
        if not _overlaps(m.start(), m.end(), f.taken):
            why = "a count of years (the Nth year above a level or of growth), not the amount of one year"
            f.out.append(Mention("not_trade", m.start(), m.end(), {"not_trade_reason": why}))
            f.taken.append((m.start(), m.end()))


def _find_not_trade(f: _Found) -> None:
    s, out, taken = f.s, f.out, f.taken
    for pattern, why in P._NOT_TRADE:
        if why == "a date":
            continue  # dates are not quantity mentions
        for m in pattern.finditer(s):
            if not _overlaps(m.start(), m.end(), taken):
                out.append(Mention("not_trade", m.start(), m.end(), {"not_trade_reason": why}))
                taken.append((m.start(), m.end()))
    # Comparisons first: their numbers ("45% of") are theirs.


_SHARE_MOVE = re.compile(
    r"(?:rose|fell|climbed|shrank|grew|sank|slid|dropped|slipped|edged|ticked|inched|increased|"
    r"decreased|declined|jumped|surged|soared|slumped|plunged|rebounded|recovered|eased|dipped)\b",
    re.I,
)


_SHARE_DOWN = r"fell|shrank|sank|slid|dropped|slipped|decreased|declined|slumped|plunged|eased|dipped"


def _find_shares(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in P._SHARE.finditer(masked):
        sh = P._share(m.group(0))
        if sh is None:
            continue
        value, bound, tol, text = sh
        if _SHARE_OF_PERIOD.match(masked, m.end()):
            out.append(
                Mention(
                    "not_trade",
                    m.start(),
                    m.end(),
                    {
                        "not_trade_reason": "a share of another period's "
                        "figure (not of a total) is not checked"
                    },
                )
            )
            taken.append((m.start(), m.end()))
            continue
        start = m.start()
        if m.group("pct4") and _SHARE_MOVE.match(m.group("v4")) and m.group("v4").lower().endswith(" to"):
            # "share ... fell to about 22%": the level and the move are two claims, each on its own
            # span (the move is read by the directions, as the move of a share)
            start = m.start("q4") if m.group("q4") else m.start("pct4")
            verb = _SHARE_MOVE.match(m.group("v4"))
            assert verb is not None
            a, b = m.start("v4"), m.start("v4") + verb.end()
            down = re.match(_SHARE_DOWN, verb.group(0), re.I) is not None
            out.append(
                Mention(
                    "share",
                    a,
                    b,
                    {
                        "comparison": "share",
                        "direction": -1 if down else 1,
                        "comparison_text": verb.group(0),
                        "notes": ["share_move"],
                    },
                )
            )
            taken.append((a, b))
        out.append(
            Mention(
                "share",
                start,
                m.end(),
                {
                    "comparison": "share",
                    "share_pct": value,
                    "share_bound": bound,
                    "share_tolerance": tol,
                    "comparison_text": text,
                },
            )
        )
        taken.append((start, m.end()))
        masked = _blank(masked, start, m.end())
        # "slipped to 26 per cent in 2023 from 27 per cent a year earlier": the earlier share too.
        prior = _PRIOR_SHARE.match(masked, m.end()) or _PRIOR_SHARE_LATER.match(masked, m.end())
        if prior:
            a, b = prior.start("n"), prior.end()
            pct = prior.group("n")
            tol = 0.5 * 10 ** (-(len(pct.split(".")[1]) if "." in pct else 0))
            q = prior.group("q")
            out.append(
                Mention(
                    "share",
                    prior.start("q") if q else a,
                    b,
                    {
                        "comparison": "share",
                        "share_pct": float(pct),
                        "share_bound": None,
                        "share_tolerance": max(tol, 2.5) if q else tol,
                        "comparison_text": prior.group(0).strip(),
                        "prior": True,
                        "notes": ["prior_share"],
                    },
                )
            )
            taken.append((a, b))
            masked = _blank(masked, a, b)
    f.masked = masked


_SHARE_AT = re.compile(
    r"(?:(?:'s|’s)\s+share\s+(?:at|was|stood at|reached|of)|\s+another"
    # "with a share of 4.5%", "the share was more than 30%" (claims11c): the share's own holder is
    # read from the clause, as for "'s share"
    r"|\b(?:with|had|held|gave\s+it|giving\s+it)\s+a\s+share\s+of|\b[Tt]he\s+share\s+(?:was|stood at)"
    # "Mainland China took 35% of the total and Hong Kong 22%": after a share, another holder's
    # "..., with Hong Kong at 22%", "against Malaysia's 27%" (claims11c): the same listing
    r"|(?P<and>\s+(?:and|with|against)\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?(?:\s+at|'s|’s)?))\s+"
    r"(?:(?P<q>about|around|roughly|some|nearly|almost|"
    r"more than|over|just over|under|below)\s+)?(?P<n>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)",
    re.I,
)


_SHARE_WORD_BEFORE = re.compile(r"\b(?:share|slice|portion|proportion)\b(?:\s+of\b)?[^;:.%]{0,110}$", re.I)


def _find_share_levels(f: _Found) -> None:
    """'Hong Kong's share of Taiwan's chip exports rose in 2024, to 22.3%', 'lifting America's share
    of the island's shipments to roughly 4.5%', 'the US share more than doubled to 4.5 per cent': the
    level a share reached, after "to" or "at", with the share named earlier in the sentence and no
    other percentage between (claims8b)."""
    masked = f.masked
    for m in P._PCT.finditer(masked):
        a, b = m.start(), m.end()
        if _overlaps(a, b, f.taken) or _POINTS_AFTER.match(masked, b):
            continue
        lead = re.search(r"\b(?:to|at)\s+$", masked[max(0, a - 30) : a]) or _LEVEL_BEFORE.search(
            masked[max(0, a - 30) : a]
        )
        if not lead or not re.search(r"\b(?:to|at)\s+", lead.group(0)):
            continue
        if not _SHARE_WORD_BEFORE.search(masked[max(0, a - 140) : a]):
            continue
        bound, qa = _qualifier(f.s, a)
        pct = m.group("num")
        tol = 0.5 * 10 ** (-(len(pct.split(".")[1]) if "." in pct else 0))
        tol = max(tol, 2.5 * (bound == "about")) if bound else tol
        fill = {
            "comparison": "share",
            "share_pct": float(pct),
            "share_bound": {"over": "over", "under": "under", "below": "below"}.get(bound or ""),
            "share_tolerance": tol,
            "comparison_text": masked[min(qa, a) : b],
        }
        f.out.append(Mention("share", min(qa, a), b, fill))
        f.taken.append((min(qa, a), b))
        f.masked = masked = _blank(masked, min(qa, a), b)


# "Singapore's share of Taiwan's chip exports held at about a sixth", "the Chinese share rises to
# just over half": the level of a share written as a fraction (claims11c); the fraction is last in
# its phrase (never "to half of the total", read by the share reader, nor "a quarter of 2024").
_FRACTION_LEVEL = re.compile(
    r"\b(?:to|at)\s+(?:(?P<q>more than|well over|just over|a little over|over|above|almost|nearly|"
    r"close to|just under|under|below|about|around|roughly|some|barely)\s+)?(?P<f>" + P._FRACTION_RE + r")\b"
    r"(?!\s*(?:of\b|[- ](?:year|month|point|per)))",
    re.I,
)


def _find_share_fraction_levels(f: _Found) -> None:
    """The level a share reached written as a fraction ('fell to a quarter', 'held at about a
    sixth'), read only with the share word earlier in the sentence and no percentage between: the
    same shape as `_find_share_levels`, with the share reader's fractions (2.5 points of tolerance,
    as for "a quarter of")."""
    masked = f.masked
    for m in _FRACTION_LEVEL.finditer(masked):
        a = m.start("q") if m.group("q") else m.start("f")
        b = m.end()
        if _overlaps(a, b, f.taken):
            continue
        before = masked[max(0, m.start() - 140) : m.start()]
        if not _SHARE_WORD_BEFORE.search(before) or re.search(r"%|per\s?cent", before.split("share")[-1]):
            continue
        masked = _take_fraction_share(f, m, a, b)


def _take_fraction_share(f: _Found, m: re.Match[str], a: int, b: int) -> str:
    """Record the fraction ``m`` (groups ``q``, the qualifier, and ``f``, the fraction) at
    ``a:b`` as a share mention (2.5 points of tolerance, as for the other fractions) and blank it;
    returns the new masked text. The qualifier's bound: "more than"/"over" above, "almost"/"nearly"
    a little below, "under"/"below" below (the appended-fraction pattern has no "under")."""
    q = (m.group("q") or "").lower()
    bound = (
        "over"
        if q in ("more than", "well over", "just over", "a little over", "over", "above")
        else "under"
        if q in ("almost", "nearly", "close to", "just under")
        else "below"
        if q in ("under", "below")
        else None
    )
    fill = {
        "comparison": "share",
        "share_pct": P._FRACTIONS[re.sub(r"[- ]", " ", m.group("f").lower())],
        "share_bound": bound,
        "share_tolerance": 2.5,
        "comparison_text": f.masked[a:b],
    }
    f.out.append(Mention("share", a, b, fill))
    f.taken.append((a, b))
    f.masked = _blank(f.masked, a, b)
    return f.masked


# "of which the mainland took US$31.6bn, about a quarter", "China accounted for $49.6bn of the
# $117.1bn spent worldwide, more than two-fifths" (claims12c): a fraction set off by a comma after
# a part figure is the part's share of the whole; read only after a verb of a part ("took",
# "accounted for", "of which") in the same clause, and the fraction ends the clause
_PART_FIGURE_BEFORE = re.compile(
    r"\b(?:of which|accounted for|took|made up|represented|captured|supplied)\b[^;:%]{0,100}?"
    r"(?:US\$|USD\s?|\$)\s?\d[\d,.]*\s*(?:bn|billion|mn|million|m|tn|trillion)?\b[^;:%]{0,80}$",
    re.I,
)
_APPENDED_FRACTION = re.compile(
    r",\s+(?:(?P<q>more than|well over|just over|a little over|over|almost|nearly|close to|just under|about|"
    r"around|roughly|some|barely)\s+)?(?P<f>" + P._FRACTION_RE + r")(?=\s*(?:[.;)]|$))",
    re.I,
)


def _find_appended_fraction_shares(f: _Found) -> None:
    """A part's share written as a fraction after the part figure and a comma ('of which the
    mainland took US$31.6bn, about a quarter'): a share, with its holder and whole read from the
    clause as for "took a quarter of" (2.5 points of tolerance, as for the other fractions)."""
    masked = f.masked
    for m in _APPENDED_FRACTION.finditer(masked):
        a = m.start("q") if m.group("q") else m.start("f")
        b = m.end()
        if _overlaps(a, b, f.taken):
            continue
        if not _PART_FIGURE_BEFORE.search(masked[max(0, m.start() - 200) : m.start()]):
            continue
        masked = _take_fraction_share(f, m, a, b)


def _listed_name(listed: str) -> str:
    """'and Hong Kong', 'with Hong Kong at', "against Malaysia's": the economy's name alone."""
    name = re.sub(r"^\s*(?:and|with|against)\s+(?:the\s+)?", "", listed)
    return re.sub(r"(?:\s+at|'s|’s)$", "", name).strip()


def _find_shares_at(f: _Found) -> None:
    for m in _SHARE_AT.finditer(f.masked):
        a = m.start("q") if m.group("q") else m.start("n")
        if _overlaps(a, m.end(), f.taken):
            continue
        if m.group("and") and not (
            any(o.kind == "share" and o.end <= m.start() for o in f.out)
            and P._iso(_listed_name(m.group("and")))
        ):
            continue  # "exports rose 5% and Korea 3%": only after a share is it another share
        pct = m.group("n")
        tol = 0.5 * 10 ** (-(len(pct.split(".")[1]) if "." in pct else 0))
        q = (m.group("q") or "").lower()
        bound = {
            "more than": "over",
            "over": "over",
            "just over": "over",
            "nearly": "under",
            "almost": "under",
            "under": "below",
            "below": "below",
        }.get(q)
        f.out.append(
            Mention(
                "share",
                a,
                m.end(),
                {
                    "comparison": "share",
                    "share_pct": float(pct),
                    "share_bound": bound,
                    "share_tolerance": max(tol, 2.5) if q in ("about", "around", "roughly", "some") else tol,
                    "comparison_text": m.group(0),
                    "notes": ["listed_share"] if m.group("and") else [],
                },
            )
        )
        f.taken.append((a, m.end()))
        f.masked = _blank(f.masked, a, m.end())


_YEARS_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}


def _find_combined(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in P._COMBINED.finditer(masked):
        listed = m.group("list") or m.group("list2") or ""
        others = tuple(dict.fromkeys(iso for _, iso in P._found_countries(listed)))
        if others and not _overlaps(m.start(), m.end(), taken):
            below = m.group("verb").lower() in ("less than", "smaller than", "below")
            out.append(
                Mention(
                    "combined",
                    m.start(),
                    m.end(),
                    {
                        "comparison": "combined",
                        "others": others,
                        "comparison_text": m.group(0),
                        "notes": ["below"] if below else [],
                    },
                )
            )
            taken.append((m.start(), m.end()))


_AMONG_TOP = re.compile(
    r"\b(?:among|one of|in)\s+the\s+(?:[\w]+(?:'s|’s)\s+)?(?:top\s+)?"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+$",
    re.I,
)


def _find_ranks(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in P._RANK.finditer(masked):
        if not _overlaps(m.start(), m.end(), taken):
            ordinal = (m.group("ord") or m.group("ord2") or m.group("ord3") or "").lower()
            rank = P._ORDINAL_RANK.get(ordinal, 1)
            fill: dict[str, object] = {"comparison": "rank", "rank": rank, "comparison_text": m.group(0)}
            start = m.start()
            among = _AMONG_TOP.search(masked, max(0, start - 40), start)
            word = among.group("n").lower() if among else ""
            n = P._ORDINAL.get(word) or (int(word) if word.isdigit() else 0)
            if among and m.group("ord") is None and n > 1:
                # "among the world's ten largest exporters": a rank of at most ten, not first
                fill.update(rank=n, notes=["rank_within"])
                start = among.start()
                fill["comparison_text"] = masked[start : m.end()]
            out.append(Mention("rank", start, m.end(), fill))
            taken.append((start, m.end()))


def _find_records(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in P._RECORD.finditer(masked):
        if not _overlaps(m.start(), m.end(), taken):
            kind = (m.group("kind") or "").lower()  # not the "least" of "since at least 2017"
            low = kind in ("lowest", "weakest", "smallest", "least") or bool(
                re.search(r"record[- ]low|all-time\s+low|(?:fresh|new)\s+low", m.group("rec") or "", re.I)
            )
            if _SHARE_SUBJECT.search(masked[max(0, m.start() - 100) : m.start()]):
                # "India's share of Taiwan's chip exports reached a record": a record of the share,
                # not of the value (the value can fall while the share peaks)
                reason = "a record of a share (not of a value) is not checked"
                out.append(Mention("not_trade", m.start(), m.end(), {"not_trade_reason": reason}))
                taken.append((m.start(), m.end()))
                continue
            out.append(
                Mention(
                    "record",
                    m.start(),
                    m.end(),
                    {
                        "comparison": "record",
                        "comparison_text": m.group(0),
                        "record_since": int(m.group("y")) if m.group("y") else None,
                        "record_years": _YEARS_WORDS.get((m.group("n") or "").lower())
                        or (int(m.group("n")) if (m.group("n") or "").isdigit() else None),
                        "notes": (["low"] if low else []) + _since_month(m),
                    },
                )
            )
            taken.append((m.start(), m.end()))


# "a monthly high for the series", "a monthly high", "the biggest month for processor imports in
# the series" (claims12c): the series' own extreme written with the period unit; never a period
# scoped to a year ("the weakest quarter of the year", "the peak month of 2025"), which is a
# ranking inside the year, not a record of the series
_SERIES_HIGH = re.compile(
    r"\b(?:a|the)\s+(?:new\s+|fresh\s+)?(?:monthly|quarterly)\s+(?P<k>high|peak|record|low)\b"
    r"(?:\s+(?:for|in)\s+the\s+(?:series|data))?(?!\s+(?:of|for|in|since)\b)"
    r"|\bthe\s+(?P<k2>highest|biggest|largest|strongest|lowest|weakest|smallest)\s+(?:month|quarter)\b"
    r"[^,;.()]{0,40}?\bin\s+the\s+(?:series|data)\b",
    re.I,
)


def _find_series_highs(f: _Found) -> None:
    """A record of the series written with its period unit ('a monthly high'): read as "the
    highest in the series" is (consistent at best: the data start in 2016)."""
    for m in _SERIES_HIGH.finditer(f.masked):
        if _overlaps(m.start(), m.end(), f.taken):
            continue
        if _SHARE_SUBJECT.search(f.masked[max(0, m.start() - 100) : m.start()]):
            continue  # a share's record is not checked (as in _find_records)
        k = (m.group("k") or m.group("k2")).lower()
        fill: dict[str, object] = {
            "comparison": "record",
            "comparison_text": m.group(0),
            "record_since": None,
            "record_years": None,
            "notes": ["low"] if k in ("low", "lowest", "weakest", "smallest") else [],
        }
        f.out.append(Mention("record", m.start(), m.end(), fill))
        f.taken.append((m.start(), m.end()))


# "their 2021 peak of $16.8bn", "the 2022 high of $184.1bn", "hit a peak of US$17.4bn in 2021"
# (claims12c): the year's figure named as the series' extreme; the word alone is the mention
_YEAR_PEAK = re.compile(
    r"\b(?:the|their|its)\s+(?:19|20)\d\d\s+(?P<k>peak|high)(?=\s+of\s+(?:US\$|USD|\$))"
    r"|\b(?:hit|reached|touched)\s+(?P<k2>a\s+peak|a\s+high)(?=\s+of\s+(?:US\$|USD|\$))",
    re.I,
)


def _find_year_peaks(f: _Found) -> None:
    """A year's figure named as the peak of the series ('the 2022 high of $184.1bn'): read as the
    series' record for that year (consistent at best: the data start in a given year)."""
    for m in _YEAR_PEAK.finditer(f.masked):
        g = "k" if m.group("k") else "k2"
        a, b = m.start(g), m.end(g)
        if _overlaps(a, b, f.taken) or _SHARE_SUBJECT.search(f.masked[max(0, m.start() - 100) : m.start()]):
            continue
        fill: dict[str, object] = {
            "comparison": "record",
            "comparison_text": m.group(g),
            "record_since": None,
            "record_years": None,
            "notes": ["named_peak"],
        }
        f.out.append(Mention("record", a, b, fill))
        f.taken.append((a, b))


def _since_month(m: re.Match[str]) -> list[str]:
    """'the most since June 2022': the month named is the bound (a note the record check reads);
    'since at least June 2022' and 'since the start of 2022' get none."""
    g = re.search(r"\bsince\s+(" + P._MONTH_WORDS + r")\s+\d{4}", m.group(0), re.I) if m.group("y") else None
    return [f"record_since_month:{P._MONTHS[g.group(1).lower()]}"] if g else []


def _find_money(f: _Found) -> None:
    s, masked, out, taken = f.s, f.masked, f.out, f.taken
    streaks: list[tuple[int, int, re.Match[str], str]] = []
    for pattern, how in (
        (P._STREAK, "since"),
        (P._STREAK_SINCE_FIRST, "since"),
        (_STREAK_FOR, "for"),
        (_STREAK_THIS_YEAR, "year"),
        (_STREAK_NEVER_BELOW, "year"),
        (_STREAK_RUN, "run"),
    ):
        for m in pattern.finditer(masked):
            if not any(a < m.end() and m.start() < b for a, b, _, _ in streaks):
                streaks.append((m.start(), m.end(), m, how))
    for m in P._MONEY.finditer(masked):
        money = P._money(m.group(0))
        if money is None:
            continue
        a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        b = a + len(money[2])
        if _overlaps(a, b, taken):
            continue
        bound, qa = _qualifier(s, a)
        fill: dict[str, object] = {
            "amount": money[0],
            "currency": money[1],
            "amount_text": money[2],
            "decimals": money[3],
            "unit": money[4],
            "bound": bound,
        }
        streak = next((x for x in streaks if x[0] <= a < x[1] or (x[0] <= qa < x[1])), None)
        if streak is not None:
            sa, sb, sm, how = streak
            fill["streak"] = (sm, how)
            fill["bound"] = None
            out.append(Mention("streak", min(sa, qa), max(sb, b), fill))
            taken.append((min(sa, qa), max(sb, b)))
            streaks.remove(streak)
            continue
        out.append(Mention("amount", qa, b, fill))
        taken.append((qa, b))
    _money_ranges(f)


_RANGE_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_SWING = re.compile(
    r"\b(?:swung|swing|swings|ranged|ranging|ranges|varied|varying|fluctuated|oscillated)\s+$", re.I
)


def _money_ranges(f: _Found) -> None:
    """'swung between $527 million and $1.13 billion in the first seven months': one claim about
    the range of the period's values (its lowest and highest month), never the first figure read as
    the period's total."""
    amounts = sorted((m for m in f.out if m.kind == "amount"), key=lambda m: m.start)
    for lo, hi in itertools.pairwise(amounts):
        if not _RANGE_BETWEEN.search(f.s[max(0, lo.start - 10) : lo.start]):
            continue
        if not re.fullmatch(r"\s+and\s+", f.s[lo.end : hi.start]) or lo.fill.get("currency") != hi.fill.get(
            "currency"
        ):
            continue
        a = lo.start - len(_RANGE_BETWEEN.search(f.s[max(0, lo.start - 10) : lo.start]).group(0))  # type: ignore[union-attr]
        # "swung/ranged between X and Y": the lowest and highest values; "were between X and Y"
        # (or "between X and Y a month"): each value inside the interval from X to Y
        how = "range_high" if _SWING.search(f.s[max(0, a - 30) : a]) else "interval_high"
        notes = [f"{how}:{hi.fill['amount']}:{hi.fill['decimals']}:{hi.fill['unit']}:{hi.fill['bound']}"]
        f.out.remove(lo)
        f.out.remove(hi)
        f.out.append(Mention("amount", a, hi.end, {**lo.fill, "notes": notes}))
        f.taken.append((a, hi.end))


_AS_MUCH_AS = re.compile(
    r"\s+(?:as\s+(?:much|large|big|many|high)\s+as|the\s+(?:size|level|value|figure)\s+of|that\s+of|those\s+of)"
    r"\s+(?P<who>[^,;.]{2,40})"
)


def _find_multiples(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in _MULTIPLE.finditer(masked):
        if _overlaps(m.start(), m.end(), taken):
            continue
        k = _multiple_value(m)
        if k is None:
            continue
        q = (m.group("q") or "").lower()
        inner = re.search(r"by\s+(more than|nearly|almost|about|roughly)\s", m.group(0), re.I)
        bound = _bound_of(inner.group(1) if inner else q) if (q or inner) else None
        if q in ("just over", "well over"):
            bound = "over"
        fill: dict[str, object] = {"multiple": k, "bound": bound}
        other = _AS_MUCH_AS.match(masked, m.end())
        if other and P._found_countries(other.group("who")):
            # "twice as much as second-placed Korea": a comparison between two economies in one
            # period, not a rise on the year before; not read as a change (no verdict on a guess)
            fill["ambiguous"] = (
                f"a multiple of another economy's figure ('{m.group(0)}{other.group(0)}') compares "
                "two economies in one period; it is not checked as a change"
            )
        out.append(Mention("multiple", m.start(), m.end(), fill))
        taken.append((m.start(), m.end()))


def _find_fraction_changes(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in _FRACTION_UP_DOWN.finditer(masked):
        # "shipped $10.6 billion in 2025, up a fifth", "down a tenth" (batch 9 s023, s101)
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = _FRACTION_WORDS[re.sub(r"[- ]", " ", m.group("f").lower())]
        up_down: dict[str, object] = {
            "change_pct": -value if m.group("dir").lower() == "down" else value,
            "change_text": m.group(0),
            "bound": _bound_of(m.group("q")) if m.group("q") else None,
            "notes": ["fraction"],
        }
        out.append(Mention("change", m.start(), m.end(), up_down))
        taken.append((m.start(), m.end()))
    for m in _FRACTION_RELATIVE.finditer(masked):
        if _overlaps(m.start(), m.end(), taken):
            continue
        down = re.match(r"below|lower|under|down", m.group("dir"), re.I)
        value = _FRACTION_WORDS[re.sub(r"[- ]", " ", m.group("f").lower())]
        fill: dict[str, object] = {
            "change_pct": -value if down else value,
            "change_text": m.group(0),
            "bound": _bound_of(m.group("q")) if m.group("q") else None,
            "notes": ["fraction"],
        }
        out.append(Mention("change", m.start(), m.end(), fill))
        taken.append((m.start(), m.end()))
    for m in _FRACTION_CHANGE.finditer(masked):
        verb = m.group("verb")
        sign = 1 if _UP_NEAR.fullmatch(verb) else (-1 if _DOWN_NEAR.fullmatch(verb) else None)
        if sign is None or _overlaps(m.start("verb"), m.end(), taken):
            continue
        value = _FRACTION_WORDS[re.sub(r"[- ]", " ", m.group("f").lower())]
        bound = _bound_of(m.group("q")) if m.group("q") else None
        a = m.start("q") if m.group("q") else m.start("f")
        out.append(
            Mention(
                "change",
                a,
                m.end(),
                {
                    "change_pct": sign * value,
                    "change_text": m.group(0),
                    "bound": bound,
                    "notes": ["fraction"],
                },
            )
        )
        taken.append((a, m.end()))


# claims12c: a change written as a fraction in words around its verb or noun. The fraction must
# end its phrase (never "a third of the total", a share, nor "a third straight month", a streak).
_FRACTION_END = r"(?=\s*(?:[,;.)]|$|\s(?:from|on|in|over|year|since|against|compared|than|to)\b))"
_FRACTION_Q = (
    r"(?:(?P<q>more than|well over|just over|over|nearly|almost|about|roughly|around|close to|at least|"
    r"just under|some)\s+)?"
)
# "a gain of almost a quarter", "a slump of a third", "a fall of more than a fifth"
_FRACTION_NOUN_CHANGE = re.compile(
    r"\b(?P<noun>gain|rise|increase|jump|surge|climb|rebound|growth|fall|drop|decline|slump|slide|dip|"
    r"decrease|contraction|plunge)\s+of\s+" + _FRACTION_Q + r"(?P<f>" + P._FRACTION_RE + r")\b"
    + _FRACTION_END,
    re.I,
)
_NOUN_UP = re.compile(r"gain|rise|increase|jump|surge|climb|rebound|growth", re.I)
# "a third less than in 2024", "a third fewer Taiwanese chips in 2024 than in 2023": a fraction
# before a comparative, with its "than" later in the clause
_FRACTION_COMPARATIVE = re.compile(
    r"\b" + _FRACTION_Q + r"(?P<f>" + P._FRACTION_RE + r")\s+(?P<dir>less|fewer|more|lower|higher|smaller|"
    r"bigger|larger)\b(?P<gap>[^;]{0,60}?)\bthan\s+(?P<base>[^,;.]{1,40})",
    re.I,
)
# "fell again in January-July, by roughly a third", "fell by more than two-fifths": "by" and a
# fraction after the clause's verb (any fraction the share reader knows)
_FRACTION_BY = re.compile(
    r"\bby\s+" + _FRACTION_Q + r"(?P<f>" + P._FRACTION_RE + r")\b" + _FRACTION_END, re.I
)
_CLAUSE_CUT = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\band\b", re.I)


def _fraction_value(m: re.Match[str]) -> float:
    return _FRACTION_WORDS.get(re.sub(r"[- ]", " ", m.group("f").lower()), 0.0) or P._FRACTIONS[
        re.sub(r"[- ]", " ", m.group("f").lower())
    ]


def _fraction_bound(q: str | None) -> str | None:
    if not q:
        return None
    return "over" if q.lower() in ("well over", "just over") else _bound_of(q)


def _verb_sign_before(masked: str, a: int) -> int | None:
    """The direction of the nearest verb before a "by a third" in its clause (50 characters, cut
    at ';', 'while', 'but', 'and'): +1, -1, or None."""
    lo = max(0, a - 50)
    window = masked[lo:a]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(window)]
    window = window[cuts[-1] :] if cuts else window
    best: tuple[int, int] | None = None
    for pattern, sign in ((_UP_NEAR, 1), (_DOWN_NEAR, -1)):
        for m in pattern.finditer(window):
            if best is None or m.start() > best[0]:
                best = (m.start(), sign)
    return best[1] if best else None


def _find_fraction_change_words(f: _Found) -> None:
    """Changes written as fractions in words that the verb-adjacent readers miss (claims12c): a
    change noun with "of" ("a slump of a third"), a fraction before a comparative and its "than"
    ("a third less than in 2024"), and "by a third" after the clause's verb. A comparative whose
    "than" names an economy compares two economies, not two periods: abstained on."""
    masked, out, taken = f.masked, f.out, f.taken

    def add(a: int, b: int, sign: int, m: re.Match[str], extra: dict[str, object] | None = None) -> None:
        fill: dict[str, object] = {
            "change_pct": sign * _fraction_value(m),
            "change_text": masked[a:b],
            "bound": _fraction_bound(m.group("q")),
            "notes": ["fraction"],
            **(extra or {}),
        }
        out.append(Mention("change", a, b, fill))
        taken.append((a, b))

    for m in _FRACTION_NOUN_CHANGE.finditer(masked):
        a = m.start("q") if m.group("q") else m.start("f")
        if _overlaps(a, m.end(), taken):
            continue
        add(a, m.end(), 1 if _NOUN_UP.fullmatch(m.group("noun")) else -1, m)
    for m in _FRACTION_COMPARATIVE.finditer(masked):
        a = m.start("q") if m.group("q") else m.start("f")
        if _overlaps(a, m.end("dir"), taken):
            continue
        sign = -1 if m.group("dir").lower() in ("less", "fewer", "lower", "smaller") else 1
        extra: dict[str, object] = {}
        if P._found_countries(m.group("base")):
            extra["ambiguous"] = (
                f"a fraction more or less than another economy's figure ('{m.group(0)}') compares two "
                "economies in one period; it is not checked as a change"
            )
        add(a, m.end("dir"), sign, m, extra)
    for m in _FRACTION_BY.finditer(masked):
        a = m.start("q") if m.group("q") else m.start("f")
        if _overlaps(m.start(), m.end(), taken):
            continue
        verb_sign = _verb_sign_before(masked, m.start())
        if verb_sign is None:
            continue
        add(a, m.end(), verb_sign, m)


_POINTS_AFTER = re.compile(r"(?:age)?\s*(?:points?|pts?|pp)\b", re.I)
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|from)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more than|over|just over|just under|some)\s+)?$",
    re.I,
)


def _find_changes(f: _Found) -> None:
    s, masked, out, taken = f.s, f.masked, f.out, f.taken
    for m in P._PCT.finditer(masked):
        a, b = m.start(), m.end()
        if _overlaps(a, b, taken):
            continue
        pts = _POINTS_AFTER.match(masked, b)
        if pts:  # "a drop of 6.3 percentage points": a share's or a rate's move, not a value's change
            out.append(
                Mention(
                    "not_trade",
                    a,
                    pts.end(),
                    {
                        "not_trade_reason": "a change in percentage points (of a share or a rate) "
                        "is not checked"
                    },
                )
            )
            taken.append((a, pts.end()))
            continue
        before = masked[max(0, a - 30) : a]
        if _LEVEL_BEFORE.search(before) and not _CLOSE_TO_BEFORE.search(before):
            continue  # "rose … to 22.3%", "down from 58.0%": a level (a share or a rate), not a change
        bound, qa = _qualifier(s, a)
        # The direction is looked for before the qualifier: the "more" of "fell more than 20%" is
        # the bound, not a rise (read as one, a true fall was called contradicted).
        comp = _COMPARATIVE_AFTER.match(masked, b)
        sign = (1 if comp.group(1).lower().startswith(("above", "higher")) else -1) if comp else None
        wider = None if comp else _COMPARATIVE_WIDER.match(masked, b)
        if wider:
            sign = -1 if wider.group("dir").lower() in ("less", "fewer", "behind", "smaller") else 1
        if sign is None:
            sign = _sign_near(masked, min(qa, a), b)
        if sign is None:
            continue  # read below as a number that is not a change
        fill: dict[str, object] = {
            "change_pct": sign * float(m.group("num")),
            "change_text": m.group(0),
            "bound": bound,
        }
        if wider and P._found_countries(wider.group("base")):
            fill["ambiguous"] = (
                f"a percentage more or less than another economy's figure ('{m.group(0)}{wider.group(0)}') "
                "compares two economies in one period; it is not checked as a change"
            )
        out.append(Mention("change", min(qa, a), b, fill))
        taken.append((min(qa, a), b))


# "roughly flat", "barely changed", "virtually unchanged": a change of about zero (±2 points, the
# batches' reading), never a flat-panel display or a flat tariff (claims8b)
_FLAT = re.compile(
    r"\b(?:(?:roughly|broadly|largely|essentially|more or less|virtually|almost|nearly|basically)\s+)?"
    # "barely moved", "hardly changed" (claims12c): the same reading
    r"(?:flat|unchanged|barely changed|little changed|"
    r"(?:barely|hardly|scarcely)\s+(?:moved|changed|budged))\b"
    r"(?![- ](?:panel|screen|rate|fee|tariff|\d))",
    re.I,
)


def _find_flat(f: _Found) -> None:
    for m in _FLAT.finditer(f.masked):
        if _overlaps(m.start(), m.end(), f.taken):
            continue
        fill = {"change_pct": 0.0, "change_text": m.group(0), "bound": "about", "notes": ["flat"]}
        f.out.append(Mention("change", m.start(), m.end(), fill))
        f.taken.append((m.start(), m.end()))


def _find_counts(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in P._QUANTITY.finditer(masked):
        if _overlaps(m.start(), m.end(), taken):
            continue
        qty = P._quantity(m.group(0))
        if qty is None or re.search(r"(US\$|USD|RMB|\$|€|¥)\s?$", masked[max(0, m.start() - 5) : m.start()]):
            continue
        # "nearly 550 billion units": a count's qualifier bounds it as an amount's does
        bound, qa = _qualifier(masked, m.start())
        if _overlaps(qa, m.start(), taken):
            bound, qa = None, m.start()
        out.append(
            Mention(
                "count",
                qa,
                m.end(),
                {
                    "quantity": qty[0],
                    "quantity_text": qty[1],
                    "quantity_decimals": qty[2],
                    "quantity_unit": qty[3],
                    "bound": bound,
                },
            )
        )
        taken.append((qa, m.end()))


def _is_run(m: Mention) -> bool:
    notes = m.fill.get("notes")
    return isinstance(notes, list) and any(str(n).startswith("run:") for n in notes)


_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
# "year on year", "from a year earlier" between the verb and the run: each span on the same span a
# year before, not on the span before (claims8b)
_YOY_RUN = (
    r"(?P<yoy>\s+(?:year[- ]on[- ]year|from a year (?:earlier|before)|on the year|"
    r"(?:from|on) the same month a year (?:earlier|before)))?"
)
_MOVES_RUN = re.compile(
    r"^" + _YOY_RUN + r"\s+for\s+(?:a|the)\s+(?P<n>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:straight|consecutive|successive)\s+)?(?P<u>month|quarter|year)\b"
    r"|^" + _YOY_RUN.replace("?P<yoy>", "?P<yoy2>")
    + r"\s+for\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\d+)\s+(?:(?:straight|consecutive|successive)\s+(?P<u3>month|quarter|year)s\b|"
    r"(?P<u2>month|quarter|year)s\s+(?:in a row|running|straight)\b)",
    re.I,
)
_SHARE_SUBJECT = re.compile(r"\b(?:share|shares|portion|proportion)\b(?:\s+of\b)?[^,;:.]{0,80}$", re.I)


# "the fifth straight monthly increase", "the fifth monthly gain in a row", "a third consecutive
# annual decline": a run of moves written as a noun (claims8b)
_NOUN_RUN = re.compile(
    r"\b(?:the|a|its|their)\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+"
    r"(?:(?:straight|consecutive|successive)\s+)?(?P<u>monthly|quarterly|annual|yearly)\s+(?:(?P<up>increase|rise|gain|advance)|"
    r"(?P<down>decrease|decline|fall|drop|dip))\b(?:\s+in a row)?",
    re.I,
)


def _find_noun_runs(f: _Found) -> None:
    for m in _NOUN_RUN.finditer(f.masked):
        if _overlaps(m.start(), m.end(), f.taken):
            continue
        unit = {"monthly": "month", "quarterly": "quarter"}.get(m.group("u").lower(), "year")
        n = _ORDINALS[m.group("n").lower()]
        fill: dict[str, object] = {"direction": 1 if m.group("up") else -1, "notes": [f"run:{n}:{unit}"]}
        f.out.append(Mention("direction", m.start(), m.end(), fill))
        f.taken.append((m.start(), m.end()))


def _find_directions(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in _DIRECTION.finditer(masked):
        if _overlaps(m.start(), m.end(), taken):
            continue
        after = masked[m.end() : m.end() + 30]
        if re.match(r"\s+(?:by\s+)?(?:more than\s+|nearly\s+|about\s+|some\s+|almost\s+)?\d", after):
            continue  # "rose 5%": the change is the claim
        run = _MOVES_RUN.match(masked[m.end() :])
        if run:
            # "climbed for a third straight month in May", "fell for a second straight year in 2023":
            # the last N moves, each on the span before, all in the direction
            n_text = (run.group("n") or run.group("n2")).lower()
            n = _ORDINALS.get(n_text) or _COUNT_WORDS.get(n_text) or int(re.sub(r"\D", "", n_text) or 0)
            unit = (run.group("u") or run.group("u2") or run.group("u3")).lower()
            end = m.end() + run.end()
            direction = -1 if (m.group("down") or m.group("down2")) else 1
            notes = [f"run:{n}:{unit}"] + (["run_yoy"] if run.group("yoy") or run.group("yoy2") else [])
            out.append(Mention("direction", m.start(), end, {"direction": direction, "notes": notes}))
            taken.append((m.start(), end))
            continue
        run = _RUN_OF_MOVES.match(masked[m.end() :])
        if run:
            end = m.end() + run.end()
            out.append(
                Mention(
                    "not_trade",
                    m.start(),
                    end,
                    {"not_trade_reason": "a run of successive moves (month on month) is not checked"},
                )
            )
            taken.append((m.start(), end))
            continue
        if _SHARE_SUBJECT.search(masked[max(0, m.start() - 100) : m.start()]):
            # "Hong Kong's share of Taiwan's chip exports rose": the share moved, not the value
            # (the value of Taiwan's exports to Hong Kong can rise while its share falls)
            out.append(
                Mention(
                    "not_trade",
                    m.start(),
                    m.end(),
                    {"not_trade_reason": "the move of a share (not of a value) is not checked"},
                )
            )
            taken.append((m.start(), m.end()))
            continue
        out.append(Mention("direction", m.start(), m.end(), {"direction": 1 if m.group("up") else -1}))
        continue
        taken.append((m.start(), m.end()))


def _find_leftovers(f: _Found) -> None:
    masked, out, taken = f.masked, f.out, f.taken
    for m in re.finditer(r"(?<![\w.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w])", masked):
        a, b = m.start(), m.end()
        if _overlaps(a, b, taken) or re.fullmatch(r"(?:19|20)\d\d", m.group(0)):
            continue
        if (
            _IN_PERIOD.search(masked[max(0, a - 12) : b + 12])
            or _IN_DATE.match(masked[b : b + 3])
            or _MONTH_ABBR_BEFORE.search(masked[max(0, a - 6) : a])
        ):
            continue  # "the first 10 months", "Q3", "10th"
        pct = re.match(r"\s?(?:%|per\s?cent|percent)", masked[b:])
        end = b + (pct.end() if pct else 0)
        why = (
            "a percentage that is not read as a change or a share"
            if pct
            else "a number without a currency or unit of trade"
        )
        out.append(Mention("not_trade", a, end, {"not_trade_reason": why}))
        taken.append((a, end))


_IN_PERIOD = re.compile(r"first \d+ months|\bq[1-4]\b|\d+(?:st|nd|rd|th)\b|top \d+\b", re.I)
_MONTH_ABBR_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_IN_DATE = re.compile(r"(?:st|nd|rd|th)\b")


def _multiple_value(m: re.Match[str]) -> float | None:
    w = m.group("m").lower()
    if w.startswith("doubl") or w == "twice":
        return 2.0
    if w.startswith(("tripl", "trebl")):
        return 3.0
    if w.startswith("quadrupl"):
        return 4.0
    if (w.startswith("halv") or "half" in w) and not m.group("half"):
        return 0.5
    if "two-thirds" in w or "two thirds" in w:
        return 1 / 3
    if "a third" in w:
        return 2 / 3
    n = m.group("n")
    if n:
        # "one and a half times": 1.5; a bare "one times" is no multiple
        k = (_TIMES.get(n.lower()) or (1.0 if n.lower() == "one" else float(n))) + (
            0.5 if m.group("half") else 0.0
        )
        return k if k > 1.0 else None
    return None


# Besides the parser's direction words, their other forms ("slipping 9.5 per cent", "had fallen
# 34.9%", "lifted imports by 29%", "collapsed by more than 80%") and a comparative right after the
# number ("31% above 2024", "3.9% below the year before") (claims8b)
_UP_NEAR = re.compile(
    P._UP.pattern
    + r"|\b(?:lifted|lifting|boosted|grown|growing|climbing|jumping|surging|soaring|increasing|gaining|"
    r"rising|advanced|accelerated"
    # the bare and third-person forms after "saw ... slide", "expects ... to grow" (claims11c)
    r"|grow|grows|advance|advances)\b",
    re.I,
)
_DOWN_NEAR = re.compile(
    P._DOWN.pattern
    + r"|\b(?:collapsed|collapsing|slipping|fallen|sliding|shrinking|dropping|declining|tumbling|"
    r"plunging|slumping|sinking|dipping|easing|contracting|retreated|slid"
    r"|slide|slides|slip|slips|sink|sinks|dip|dips|tumble|tumbles|shrink|shrinks|sag|sags|sagged)\b",
    re.I,
)
_COMPARATIVE_AFTER = re.compile(r"\s+(above|higher than|below|lower than)\b", re.I)
# "35 per cent ahead of last year's pace", "close to 90 per cent more than in the same months of
# 2025" (claims12c): the comparative after a percentage gives its sign; its base is read as for
# "higher than"; a base naming an economy compares two economies and is abstained on
_COMPARATIVE_WIDER = re.compile(
    r"\s+(?P<dir>more|less|fewer|greater|bigger|larger|smaller|ahead|behind)\b"
    r"(?:[^;]{0,60}?\bthan\b|\s+of\b|)\s*(?P<base>[^,;.]{1,40})",
    re.I,
)
# "close to 90 per cent": the qualifier's "to", not the level of "rose to 22.3%"
_CLOSE_TO_BEFORE = re.compile(r"\bclose\s+to\s+$", re.I)


def _sign_near(s: str, a: int, b: int) -> int | None:
    """The direction word nearest to a percentage (before it or after it, within 40 characters and
    the same clause): +1, -1, or None when there is none (a share or a rate, not a change)."""
    lo = max(0, a - 40)
    cut = max(s.rfind(";", lo, a), s.rfind(" while ", lo, a))
    lo = max(lo, cut + 1)
    before = s[lo:a]
    hi = min(len(s), b + 40)
    nxt = [i for i in (s.find(";", b, hi), s.find(" while ", b, hi), s.find(",", b, hi)) if i >= 0]
    after = s[b : min(nxt) if nxt else hi]
    best: tuple[int, int] | None = None
    for pattern, sign in ((_UP_NEAR, 1), (_DOWN_NEAR, -1)):
        for m in pattern.finditer(before):
            d = len(before) - m.end()
            if best is None or d < best[0]:
                best = (d, sign)
        m2 = pattern.search(after)
        if m2 and (best is None or m2.start() < best[0]):
            best = (m2.start(), sign)
    return best[1] if best else None


# -- periods -----------------------------------------------------------------------------------------
def _periods(
    s: str, masked: str, clauses: list[tuple[int, int]], today: dt.date, ctx: Context
) -> list[Period]:
    """Every period named in the sentence with its offsets. A month without a year takes the year of
    a "2020, when" anchor before it, of a year named earlier in its clause, or of the paragraph's
    last month-level period; otherwise the latest such month before the article."""
    r = _PeriodReader(masked, clauses, today, ctx)
    r.spans_to_month()
    r.spans()
    r.to_month()
    r.months()
    r.same()
    r.years()
    r.found.sort(key=lambda p: p.start)
    return r.found


class _PeriodReader:
    def __init__(self, text: str, clauses: list[tuple[int, int]], today: dt.date, ctx: Context) -> None:
        self.text, self.clauses, self.today, self.ctx = text, clauses, today, ctx
        self.found: list[Period] = []
        self.taken: list[tuple[int, int]] = []
        self.anchors = [(m.start(), int(m.group(1))) for m in _WHEN_ANCHOR.finditer(text)]
        self.year_list = [(m.start(), m.end(), int(m.group(1))) for m in _P_YEAR.finditer(text)]
        self.used_years: set[int] = set()

    def hint(self, pos: int) -> tuple[int | None, str | None]:
        """The year a month without one takes, and where it came from (None: it was printed nearby)."""
        before = [y for a, y in self.anchors if a < pos]
        if before:
            return before[-1], f"the year {before[-1]} from '{before[-1]}, when'"
        k = _clause_of(self.clauses, pos)
        same = [(a, y) for a, b, y in self.year_list if b <= pos and _clause_of(self.clauses, a) == k]
        if same:
            self.used_years.add(same[-1][0])
            return same[-1][1], None
        if self.ctx.month_year is not None:
            return self.ctx.month_year, f"the year {self.ctx.month_year} from {self.ctx.where}"
        return None, None

    def month_year(self, month: int, explicit: str | None, pos: int) -> tuple[int, str | None]:
        if explicit:
            return int(explicit), None
        y, why = self.hint(pos)
        if y is not None:
            return y, why
        today = self.today
        return (today.year if month <= today.month else today.year - 1), None

    def rel_year(self, word: str | None, pos: int) -> tuple[int, str | None]:
        if word and word[:1].isdigit():
            return int(word), None
        if word == "last year":
            return self.today.year - 1, None
        if word in ("the year", "this year"):
            return self.today.year, None
        y, why = self.hint(pos)
        return (y, why) if y is not None else (self.today.year, None)

    def add(self, m: re.Match[str], first: dt.date, months: int, anchored: str | None = None) -> None:
        if not _overlaps(m.start(), m.end(), self.taken):
            self.found.append(Period(m.start(), m.end(), first, months, m.group(0), anchored))
            self.taken.append((m.start(), m.end()))

    def spans(self) -> None:
        """Ranges, years to a month, first N months, quarters, halves (longest wordings first)."""
        text = self.text
        for m in _P_RANGE.finditer(text):
            a, b = P._MONTHS[m.group(1).lower()], P._MONTHS[m.group(2).lower()]
            if a < b:
                y, why = self.month_year(b, m.group(3), m.start())
                self.add(m, dt.date(y, a, 1), b - a + 1, why)
        for m in _P_YTD.finditer(text):
            mon = P._MONTHS[m.group(1).lower()]
            y, why = self.month_year(mon, m.group(2), m.start())
            self.add(m, dt.date(y, 1, 1), mon, why)
        for m in _P_FIRSTN.finditer(text):
            n = P._ORDINAL.get(m.group(1).lower())
            if n:
                y, why = self.rel_year(m.group(2), m.start())
                self.add(m, dt.date(y, 1, 1), n, why)
        for m in _P_THE_N.finditer(text):
            n = P._ORDINAL.get(m.group(1).lower())
            if n and n < 12:
                y, why = self.rel_year(None, m.start())
                self.add(m, dt.date(y, 1, 1), n, why)
        for m in _P_QUARTER.finditer(text):
            q = _QUARTERS.get((m.group(1) or "").lower()) or int(m.group(3))
            y, why = self.rel_year(m.group(2) or m.group(4), m.start())
            y = self.past(y, why, m.group(2) or m.group(4), 3 * q - 2, 3)
            self.add(m, dt.date(y, 3 * q - 2, 1), 3, why)
        for m in _P_HALF.finditer(text):
            y, why = self.rel_year(m.group(2), m.start())
            y = self.past(y, why, m.group(2), 1 if m.group(1).lower() == "first" else 7, 6)
            self.add(m, dt.date(y, 1 if m.group(1).lower() == "first" else 7, 1), 6, why)

    def past(self, y: int, why: str | None, word: str | None, month: int, months: int) -> int:
        """A quarter or half without a year that would end after the article is last year's
        ("fourth-quarter exports" in February)."""
        if word is None and why is None and _add_months(dt.date(y, month, 1), months - 1) >= dt.date(
            self.today.year, self.today.month, 1
        ):
            return y - 1
        return y

    def spans_to_month(self) -> None:
        """Spans that end at a month or at the data's latest month: "the seven months to July", "the
        June quarter", "H1 2025", "2Q25", "so far this year", "the past twelve months"."""
        text = self.text
        for m in _P_N_TO.finditer(text):
            n = P._ORDINAL.get(m.group(1).lower()) or {"twelve": 12, "12": 12}.get(m.group(1).lower())
            if not n:
                continue
            mon = P._MONTHS[m.group(2).lower()]
            y, why = self.month_year(mon, m.group(3), m.start())
            self.add(m, _add_months(dt.date(y, mon, 1), 1 - n), n, why)
        for m in _P_QTR_MONTH.finditer(text):
            word, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            mon = P._MONTHS[word.lower()]
            y, why = self.month_year(mon, year, m.start())
            self.add(m, dt.date(y, mon - 2, 1), 3, why)
        for m in _P_SHORT_HALF.finditer(text):
            h = int(m.group(1) or m.group(2))
            y, why = self._short_year(m.group(3), m.start())
            y = self.past(y, why, m.group(3), 1 if h == 1 else 7, 6)
            self.add(m, dt.date(y, 1 if h == 1 else 7, 1), 6, why)
        for m in _P_SHORT_QUARTER.finditer(text):
            q = int(m.group(1) or m.group(2))
            y, why = self._short_year(m.group(3), m.start())
            y = self.past(y, why, m.group(3), 3 * q - 2, 3)
            self.add(m, dt.date(y, 3 * q - 2, 1), 3, why)
        for m in _P_SO_FAR.finditer(text):
            y = int(m.group(1)) if m.group(1) else self.today.year
            months = max(1, self.today.month - 1) if y == self.today.year else 12
            if not _overlaps(m.start(), m.end(), self.taken):
                first = dt.date(y, 1, 1)
                self.found.append(Period(m.start(), m.end(), first, months, m.group(0), None, "ytd"))
                self.taken.append((m.start(), m.end()))
        for m in _P_TRAILING.finditer(text):
            if re.match(r"(?:the\s+)?previous\b", m.group(0), re.I):
                continue  # "than in the previous twelve months": the base, read from the period
            end = _add_months(dt.date(self.today.year, self.today.month, 1), -1)
            if not _overlaps(m.start(), m.end(), self.taken):
                first = _add_months(end, -11)
                self.found.append(Period(m.start(), m.end(), first, 12, m.group(0), None, "trailing"))
                self.taken.append((m.start(), m.end()))

    def _short_year(self, word: str | None, pos: int) -> tuple[int, str | None]:
        if word:
            return (int(word) if len(word) == 4 else 2000 + int(word)), None
        return self.rel_year(None, pos)

    def to_month(self) -> None:
        """'through July', 'to July', 'as of August': January to that month (ranges are read first);
        'this year' alone: the year to date."""
        if not _FORECAST.search(self.text):
            for m in _P_THIS_YEAR.finditer(self.text):
                if re.search(r"\b(?:" + _MW + r")\s+$", self.text[max(0, m.start() - 12) : m.start()], re.I):
                    continue  # "in June this year": the month's year (months() reads it)
                if not _overlaps(m.start(), m.end(), self.taken):
                    months = max(1, self.today.month - 1)
                    first = dt.date(self.today.year, 1, 1)
                    self.found.append(Period(m.start(), m.end(), first, months, m.group(0), None, "ytd"))
                    self.taken.append((m.start(), m.end()))
        for m in _P_TO_MONTH.finditer(self.text):
            word = m.group(1)
            if word.lower() in ("may", "march") and not word[0].isupper():
                continue
            mon = P._MONTHS[word.lower()]
            if mon == 1:
                continue
            y, why = self.month_year(mon, m.group(2), m.start())
            self.add(m, dt.date(y, 1, 1), mon, why)

    def months(self) -> None:
        for m in _P_MONTH.finditer(self.text):
            word = m.group(1)
            if re.search(r"\bsince\s+$", self.text[max(0, m.start() - 7) : m.start()], re.I):
                continue  # "since June" starts a streak
            if word.lower() in ("may", "march") and not word[0].isupper():
                continue  # the verbs
            mon = P._MONTHS[word.lower()]
            rel = re.match(r"\s+(this|last) year\b", self.text[m.end() : m.end() + 16], re.I)
            if rel and not m.group(2):  # "in June this year", "in June last year"
                y, why = self.today.year - (rel.group(1).lower() == "last"), None
            else:
                y, why = self.month_year(mon, m.group(2), m.start())
            self.add(m, dt.date(y, mon, 1), 1, why)

    def same(self) -> None:
        """'the same period of 2025': the span of the nearest period already read, in that year; with
        no such period the year is kept from being read as the whole year."""
        for m in _P_SAME.finditer(self.text):
            if _overlaps(m.start(), m.end(), self.taken):
                continue
            refs = sorted(self.found, key=lambda p: (p.start > m.start(), abs(p.start - m.start())))
            word = m.group(1).lower()
            if refs and word[:1].isdigit():
                ref = refs[0]
                self.add(m, dt.date(int(word), ref.first.month, 1), ref.months)
            elif refs:
                ref = refs[0]
                self.add(m, dt.date(ref.first.year - 1, ref.first.month, 1), ref.months)
            else:
                self.taken.append((m.start(), m.end()))

    def years(self) -> None:
        """Whole years ("in 2024", "last year") and "last month"; a year that gave a month its
        year ("in 2020, exports in September") is not a period of its own."""
        for a, _b, y in self.year_list:
            if a in self.used_years or re.search(r"\bsince\s+$", self.text[max(0, a - 7) : a], re.I):
                continue
            m2 = _P_YEAR.match(self.text, a)
            if m2:
                self.add(m2, dt.date(y, 1, 1), 12)
        for m in _P_POSSESSIVE_YEAR.finditer(self.text):  # "2021's $15.7bn"
            self.add(m, dt.date(int(m.group(1)), 1, 1), 12)
        for m in _P_ATTRIBUTIVE_YEAR.finditer(self.text):  # "the 2021 peak of $15.7 billion"
            self.add(m, dt.date(int(m.group(1)), 1, 1), 12)
        for m in _P_YEAR_NOUN.finditer(self.text):
            y = int(m.group(1) or m.group(2))
            self.add(m, dt.date(y, 1, 1), 12)
        for m in _P_YEAR_RANGE.finditer(self.text):
            a, b = int(m.group(1)), int(m.group(2))
            if a < b and not _overlaps(m.start(), m.end(), self.taken):
                self.found.append(Period(m.start(), m.end(), dt.date(b, 1, 1), 12, m.group(0)))
                self.taken.append((m.start(), m.end()))
        for m in _P_ADJ_YEAR.finditer(self.text):
            if not _overlaps(m.start(1), m.end(1), self.taken):
                first = dt.date(int(m.group(1)), 1, 1)
                self.found.append(Period(m.start(1), m.end(1), first, 12, m.group(1)))
                self.taken.append((m.start(1), m.end(1)))
        for m in _P_LAST_YEAR.finditer(self.text):
            self.add(m, dt.date(self.today.year - 1, 1, 1), 12)
        for m in _P_LAST_MONTH.finditer(self.text):
            first = dt.date(self.today.year, self.today.month, 1)
            self.add(m, dt.date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1), 1)
        self.when_years()

    def when_years(self) -> None:
        for m in _WHEN_ANCHOR.finditer(self.text):
            # "The surge echoes 2022, when full-year imports reached $2.77 billion": with no period
            # after it, the anchor's year is the period of what follows (batch 8, a3 and a4)
            if not any(p.start >= m.end() for p in self.found):
                year = re.compile(r"(?:19|20)\d\d").match(self.text, m.start(1))
                if year is not None:
                    self.add(year, dt.date(int(m.group(1)), 1, 1), 12)


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


# -- filling a mention's frame -------------------------------------------------------------------------
_CLEAR = dict(
    amount=None,
    currency=None,
    amount_text=None,
    decimals=0,
    unit=1.0,
    change_pct=None,
    change_text=None,
    quantity=None,
    quantity_text=None,
    quantity_decimals=0,
    quantity_unit=1.0,
    comparison=None,
    comparison_text=None,
    share_pct=None,
    share_bound=None,
    share_tolerance=0.5,
    rank=None,
    others=(),
    record_since=None,
    bound=None,
    multiple=None,
    base_start=None,
    direction=None,
    period_start=None,
    months=None,
    period_text=None,
    streak_open=False,
    ambiguous=None,
)


def _frame_claim(s: str, start: int, m: Mention, frames: list[Claim], k: int) -> Claim:
    frame = frames[k]
    c = dataclasses.replace(frame, sentence=s, start=start, notes=[], inherited=[], **_CLEAR)  # type: ignore[arg-type]
    c.kind = "trade"
    c.span = (start + m.start, start + m.end)
    c.quote = s[m.start : m.end]
    fill = dict(m.fill)
    fill.pop("streak", None)
    fill.pop("prior", None)
    years = fill.pop("record_years", None)
    notes = fill.pop("notes", [])
    for key, value in fill.items():
        setattr(c, key, value)
    c.notes = [str(n) for n in notes] if isinstance(notes, list) else []
    if isinstance(years, int):  # after the notes, which would drop it ("the lowest in nine years")
        c.notes.append(f"record_years:{years}")
    if m.kind == "not_trade":
        c.kind = "not_trade"
    return c


def _fill(
    c: Claim,
    s: str,
    m: Mention,
    k: int,
    frames: list[Claim],
    clauses: list[tuple[int, int]],
    periods: list[Period],
    base: Claim,
    ctx: Context,
    headline: Context | None,
    company: bool,
    today: dt.date,
    spans: list[tuple[int, int]],
    later: set[int] | frozenset[int] = frozenset(),
) -> None:
    """The mention's slots: its clause, then the other clauses, the paragraph, the headline."""
    own = frames[k]
    order = [frames[i] for i in sorted(range(len(frames)), key=lambda i: (i > k, abs(i - k))) if i != k]
    if c.comparison in ("share", "rank", "combined"):
        P._roles(c, s[clauses[k][0] : clauses[k][1]] if len(frames) > 1 else s)
    _from_clauses(c, own, order, base, {id(frames[i]) for i in later})
    if not company:
        for x in (ctx, headline):
            if x is not None:
                _from_context(c, s, x)
    _orientation(c, s[clauses[k][0] : clauses[k][1]])
    _buyers(c, s[clauses[k][0] : clauses[k][1]])
    _lexicon_economies(c, s[clauses[k][0] : clauses[k][1]])
    _unread(c, s[clauses[k][0] : clauses[k][1]])
    _own_destination(c, s, m)
    _origin_phrase(c, s[clauses[k][0] : clauses[k][1]])
    _two_partners(c, s[clauses[k][0] : clauses[k][1]])
    _source_economy(c, s)
    if c.flow is None and re.search(r"\bexporters?\b", s, re.I):
        c.flow = "X"
    if c.comparison in ("rank", "share") and c.partner is None and _ACROSS_REPORTERS.search(s):
        c.notes.append("across_reporters")  # "the world's biggest exporter", "a fifth of global exports"
    if m.kind == "share":
        _share_holder(c, s, m, [f.reporter for f in [*order, base] if f.reporter])
        _share_of_others(c, s, m)
    if c.partner is None and c.reporter != "CHN" and _MAINLAND.search(s[clauses[k][0] : clauses[k][1]]):
        c.partner = "CHN"
    if c.measure == "billings" and (
        _WORLD_TOTAL_BEFORE.search(s[max(0, m.start - 40) : m.start])
        or (m.kind == "amount" and _WORLD_ON_AMOUNT.search(s[max(0, m.start - 40) : m.start]))
        or _world_subject(s, clauses[k][0], m.start)
    ):
        # "the worldwide total of $117.1 billion", "as global spending rose 19% to $71.2 billion":
        # SEMI's Total, not the region named in another clause
        c.reporter, c.partner = "WLD", None
    else:
        _world_whole(c, s, m, clauses[k][1])
    if c.flow is None and c.comparison == "rank" and c.comparison_text:
        role = c.comparison_text.lower()
        c.flow = "M" if re.search(r"suppl|source|origin", role) else ("X" if "exporter" in role else None)
    _period_of(c, s, m, k, clauses, periods, ctx, today)
    named = _named_base(s, m, [p for p in periods if _clause_of(clauses, p.start) == k])
    if named is not None and c.period_start is not None:
        _set_named_base(c, named)
        _bare_base_year(c, s, m, named)
    _set_whole_base(c, _whole_base(s, m, [p for p in periods if _clause_of(clauses, p.start) == k]))
    _ambiguity(c, s, m, k, clauses, spans)
    _per_month(c, m, s[clauses[k][0] : clauses[k][1]])
    if m.kind in ("multiple", "change"):
        _base_of(c, s, m)
    if company or not (c.product or c.reporter or c.partner):
        c.kind = "not_trade"
        c.not_trade_reason = (
            "company or market news (shares, revenue, profits), not a customs figure"
            if company
            else own.not_trade_reason or "no traded product or economy is named (company or market news)"
        )


def _world_whole(c: Claim, s: str, m: Mention, end: int) -> None:
    """'about 35% of the $117 billion spent on chipmaking tools worldwide': the whole a share is of,
    SEMI's Total, not the region holding the share (batch 9 s123)."""
    if (
        c.measure == "billings"
        and m.kind == "amount"
        and (
            (
                _WORLD_AFTER.match(s[m.end : end])
                and (
                    re.search(r"%\s+of\s+(?:the\s+)?$", s[max(0, m.start - 12) : m.start])
                    or _PART_OF_BEFORE.search(s[max(0, m.start - 40) : m.start])
                )
            )
            or _WORLD_RIGHT_AFTER.match(s[m.end : end])
        )
    ):
        c.reporter, c.partner = "WLD", None
        c.inherited = [x for x in c.inherited if not x.startswith(("reporter", "partner"))]


# "China accounted for $49.6bn of the $117.1bn spent … worldwide": the figure after "<figure> of
# the" is the whole the first is part of (claims11d, batch 11 s090)
_PART_OF_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*)\s*(?:bn|billion|m|million|tn|trillion)|%|per\s?cent)\s+of\s+(?:the\s+|a\s+)?$", re.I
)
# "billings of $117.1bn worldwide in 2024, of which mainland China took …": the figure is the world's
_WORLD_RIGHT_AFTER = re.compile(r"^\s*(?:worldwide|globally|around the world|across the world)\b", re.I)


def _per_month(c: Claim, m: Mention, clause: str) -> None:
    """'totalled $3 billion in each of January and February': a figure for every month of the span,
    checked month by month; 'averaged $2 billion a month in 2024': neither the total nor any one
    month, so no verdict."""
    if (
        m.kind == "amount"
        and (c.months or 0) >= 6
        and (c.months or 0) % 3 == 0
        and not c.ambiguous
        and _PER_QUARTER.search(clause)
    ):
        c.notes.append("per_quarter")  # "above $10 billion in every quarter of 2024": not the total
        return
    if m.kind != "amount" or (c.months or 0) <= 1 or c.ambiguous or not _PER_MONTH.search(clause):
        return
    if re.search(r"averag|on average", clause, re.I):
        c.ambiguous = f"an average per month over {c.period_text!r}, not its total"
    else:
        c.notes.append("per_month")


_WORLD_AFTER = re.compile(r"[^,;]{0,60}?\b(?:worldwide|globally|around the world|across the world)\b", re.I)
_PER_QUARTER = re.compile(
    r"\b(?:in\s+)?(?:every|each)\s+quarter\b|\beach\s+of\s+(?:the\s+|its\s+)?(?:two|three|four)\s+quarters\b"
    r"|\ball\s+(?:two|three|four)\s+quarters\b|\bquarter\s+after\s+quarter\b",
    re.I,
)
_PER_MONTH = re.compile(
    r"\b(?:in each of|each month|every month|a month|per month|on average|averag\w+)\b", re.I
)
_WORLD_TOTAL_BEFORE = re.compile(
    r"\b(?:worldwide|world|global)\s+(?:total|billings|spending|sales)\s+"
    r"(?:of|at|was|were|reached|came to)?\s*$",
    re.I,
)
# "42% of the global US$117.1 billion": the adjective right on an amount (a rank's "the world's
# largest market" is not the world's figure)
_WORLD_ON_AMOUNT = re.compile(r"\bthe\s+(?:worldwide|world|global)\s+$", re.I)
_WORLD_SUBJECT = re.compile(
    r"\b(?:worldwide|world|global)\s+(?:[\w-]+\s+){0,2}?(?:total|billings|spending|sales)\b"
    r"|\b(?:billings|spending|sales)\s+(?:worldwide|globally)\b",
    re.I,
)


def _world_subject(s: str, floor: int, pos: int) -> bool:
    """'…, as global spending rose 19% to $71.2 billion': the world is the subject of the words
    since the last comma before the figure, and no economy is named there."""
    a = max(floor, s.rfind(",", floor, pos) + 1)
    part = s[a:pos]
    return bool(_WORLD_SUBJECT.search(part)) and all(iso == "WLD" for _, iso in P._found_countries(part))


_FROM_TO = re.compile(
    r"\bfrom\s+(?P<a>(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)\s+to\s+"
    r"(?P<b>(?:the\s+)?(?:mainland\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
)
_ORIGIN_TO = re.compile(
    r"\b(?P<adj>" + lexicon.demonym_pattern(exclude=("mainland", "us", "u.s.")) + r")\s+"
    r"(?i:(?:[\w-]+\s+){0,2}?(?:" + P._PRODUCT_WORDS + r")\s+"
    r"(?:shipped\s+|sent\s+|sold\s+|exported\s+)?to\s+)"
    r"(?P<b>(?:the\s+)?(?:mainland\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*))",
)
_ROLE_TO = re.compile(
    r"\b(?:suppliers?|sources?|exporters?|origins?)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+"
    r"(?P<b>(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
)


_SOURCE_ECONOMY = re.compile(
    r"\b(?:according to|said|says|show|shows|showed)\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:'s|’s)?\s+"
    r"(?:customs|finance ministry|ministry of finance|trade ministry|statistics)"
    r"|^(?:According to\s+)?(?P<who2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:'s|’s)\s+(?:customs|finance ministry)"
    # "Taiwanese customs data show …": the adjective of the economy whose records are cited
    r"|^(?P<adj>[A-Z][a-z]+(?:ese|ian|an|ish))\s+customs\s+(?:data|figures|records|statistics)\b",
)


_BUYERS = re.compile(r"\b(?P<adj>[A-Z][a-z]+)\s+(?:buyers|customers|clients|importers|purchasers)\b")
_SOLD = re.compile(r"\b(?:sold|sells?|selling|shipped|ships?|exported)\b", re.I)


def _buyers(c: Claim, clause: str) -> None:
    """'the island sold Malaysian buyers $9.9 billion of chips': the buyers' economy is the partner
    the seller exports to, never the reporter (an importer's own buyers, "American buyers" of US
    imports, are left alone)."""
    m = _BUYERS.search(clause)
    iso = P._ADJ.get(m.group("adj").lower()) if m else None
    if iso is None or c.flow == "M" or not _SOLD.search(clause):
        return
    if c.reporter == iso:
        c.reporter = None
        c.inherited = [i for i in c.inherited if not i.startswith("reporter")]
    c.partner, c.flow = iso, "X"


_ECON_WORD = (
    r"(?:the island|the peninsula|the mainland|(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))"  # a metonym or a name
)
_GOODS = r"(?:[\w-]+\s+)?(?:" + P._PRODUCT_WORDS + r")\b"
# "of the island's chips", "of Seoul's memory chips": the owner of the goods is their exporter
_OWNERS_GOODS = re.compile(r"\bof\s+(?P<who>" + _ECON_WORD + r")(?:'s|’s)\s+" + _GOODS, re.I)
# "Mainland buyers took …", "Vietnamese importers bought …", "Mainland China took …": the buyer
_BUYER_SUBJECT = re.compile(
    r"^\W*(?P<who>the mainland|(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}))\s+"
    r"(?:(?:buyers|customers|importers|purchasers|firms|companies)\s+)?"
    r"(?:took|bought|imported|purchased|absorbed|received)\b",
    re.I,
)
# "The island's chipmakers sold …", "Seoul's exporters shipped …": the seller reports the flow
_SELLER_SUBJECT = re.compile(
    r"^\W*(?P<who>" + _ECON_WORD + r")(?:'s|’s)\s+(?:chipmakers|exporters|manufacturers|foundries|"
    r"firms|companies|factories|fabs|industry)\s+(?:sold|shipped|exported|sent)\b",
    re.I,
)
# "… to mainland buyers", "… to Malaysian customers": the buyers' economy is the partner
_TO_BUYERS = re.compile(
    r"\bto\s+(?P<who>mainland|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+(?:buyers|customers|clients|importers|purchasers)\b",
    re.I,
)


# "… $29.5 billion of chips to Hong Kong and $27.3 billion to the mainland": the destination printed
# right after a figure is its own partner, never the one of the figure before it
_DESTINATION_AFTER = re.compile(
    r"\s*(?:worth\s+)?(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:to|into)\s+"
    r"(?P<who>the mainland|the island|the peninsula|(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))",
    re.I,
)


def _own_destination(c: Claim, s: str, m: Mention) -> None:
    """An export figure followed by its own destination ("$27.3 billion to the mainland") has that
    partner, whatever an earlier figure of the sentence shipped to."""
    if m.kind not in ("amount", "count") or c.flow == "M":
        return
    g = _DESTINATION_AFTER.match(s, m.end)
    iso = _economy_word(g.group("who")) if g else None
    if iso is None or iso in (c.reporter, c.partner):
        return
    if c.reporter is None:
        return  # no exporter named: nothing to bind the destination to
    c.partner, c.flow = iso, "X"
    c.inherited = [i for i in c.inherited if not i.startswith("partner")]


# "processors made in Taiwan", "memory chips of South Korean origin": the goods' origin
_ORIGIN_PHRASE = re.compile(
    r"\b(?:made|produced|manufactured|assembled|fabricated|built)\s+(?:on|in)\s+"
    r"(?P<who>the island|the peninsula|the mainland|(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))"
    r"|\bof\s+(?P<adj>(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))\s+origin\b",
    re.I,
)


def _origin_phrase(c: Claim, clause: str) -> None:
    """'US imports of chips made in Taiwan', 'processors of Taiwanese origin': the origin is the
    partner of the importer's flow (the lexicon's demonyms and metonyms, the crosswalk's names)."""
    g = _ORIGIN_PHRASE.search(clause)
    if g is None or c.flow == "X":
        return
    word = g.group("who") or g.group("adj")
    iso = _economy_word(word) or (P._adj(word) if word.lower() in P._ADJ else None)
    if iso is None:
        c.unread.append(word)  # "made in Penang": an origin the reader cannot map
        return
    if c.partner in (None, iso):
        if c.reporter == iso:
            rest = [i for _, i in P._found_countries(clause) if i != iso]
            c.reporter = rest[0] if len(set(rest)) == 1 else None
        c.partner = iso


# "from Korea and Japan", "Taiwanese and Korean memory chips", "mostly from Korea": the figure is
# two partners' (each, or together?) or a total one partner dominates; no verdict on one of them
_TWO_FROM = re.compile(
    r"\b(?:from|to)\s+(?:the\s+)?(?P<a>(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))\s*(?:,|and|or|&)\s*"
    r"(?:the\s+)?(?P<b>(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))",
    re.I,
)
_TWO_ORIGINS = re.compile(
    r"\b(?P<a>" + lexicon.demonym_pattern() + r")\s*(?:,|and|or|&)\s*"
    r"(?P<b>" + lexicon.demonym_pattern() + r")[- ](?i:(?:" + P._PRODUCT_WORDS + r"))\b"
)
_MOSTLY_FROM = re.compile(
    r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|much of it|most of it|most of them)\s+"
    r"(?:from|to)\s+(?:the\s+)?(?P<a>(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))",
    re.I,
)


def _two_partners(c: Claim, clause: str) -> None:
    if c.ambiguous or c.comparison in ("combined", "share", "rank"):
        return
    g = _TWO_FROM.search(clause) or _TWO_ORIGINS.search(clause)
    if g is not None:
        a = _economy_word(g.group("a")) or P._adj(g.group("a"))
        b = _economy_word(g.group("b")) or P._adj(g.group("b"))
        if a and b and a != b and c.partner in (a, b):
            c.ambiguous = f"two candidate partners for the figure: {a} and {b} (each, or together?)"
            return
    g = _MOSTLY_FROM.search(clause)
    iso = _economy_word(g.group("a")) if g else None
    if iso and c.partner == iso:
        c.ambiguous = (
            f"the figure is a total that {iso} only dominates ('{g.group(0) if g else ''}'); "
            "the other partners are not named"
        )


def _economy_word(word: str) -> str | None:
    """ISO3 of a name, demonym or metonym (the lexicon's "the island", "Seoul", "Mainland")."""
    w = word.strip()
    iso = lexicon.economy(w) or P._iso(w.removeprefix("the ").removeprefix("The "))
    return iso if iso and iso != "WLD" else None


def _lexicon_economies(c: Claim, clause: str) -> None:
    """Economies named by the lexicon's demonyms and metonyms in the shapes that fix the roles
    (issue 11, batch 7): "Mainland China took $48.5 billion of the island's chips" (the owner of the
    goods exports them, the subject buys them), "Mainland buyers took $11 billion of Taiwanese
    chips", "The island's chipmakers sold $61 billion of circuits to mainland buyers". The flow is
    the exporter's record; verify reads the importer's when the store has only that."""
    seller = _SELLER_SUBJECT.search(clause)
    owner = _OWNERS_GOODS.search(clause)
    buyer = _BUYER_SUBJECT.search(clause)
    to = _TO_BUYERS.search(clause)
    exporter = _economy_word(seller.group("who")) if seller else None
    if exporter is None and owner:
        exporter = _economy_word(owner.group("who"))
    if exporter is None and buyer:
        origin = P._ADJ_RE.search(clause)
        exporter = P._adj(origin.group(1)) if origin else None
    importer = _economy_word(to.group("who")) if to else None
    if importer is None and buyer:
        importer = _economy_word(buyer.group("who"))
    if exporter is None or importer is None or exporter == importer or (c.flow == "M" and not buyer):
        return
    if {c.reporter, c.partner} == {exporter, importer}:
        # "China bought $1 billion of American chips", "Japanese buyers took …": the importer's
        # reading already holds (verify reads the exporter's record when the store has only that)
        if c.reporter == importer and c.flow is None:
            c.flow = "M"
        return
    c.reporter, c.partner, c.flow = exporter, importer, "X"
    c.inherited = [i for i in c.inherited if not i.startswith(("reporter", "partner"))]


_FLOW_NOUNS = (
    r"(?:exports|imports|shipments|sales|purchases|deliveries|shipped|imported|exported|bought|sold)"
)
# where the goods are named: "exports of gallium", "$2 billion of solar panels", "gallium exports"
_GOODS_AFTER = re.compile(
    r"\b(?:" + _FLOW_NOUNS + r"|worth|billion|million|bn|m|trillion)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?P<np>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})"
)
_GOODS_BEFORE = re.compile(
    r"(?P<np>(?:\b[A-Za-z-]+\s+)?\b[A-Za-z-]+)\s+(?:exports|imports|shipments|sales|purchases)\b"
)
# "Indonesian processors", "Thai buyers": a demonym-shaped word before a product or flow noun
_BEFORE_GOODS = re.compile(
    r"\b(?P<adj>(?:(?:South|North|East|West|Southeast|Central|Latin)\s+)?[A-Z][a-z]+)\s+"
    r"(?:(?:" + P._PRODUCT_WORDS + r")|" + _FLOW_NOUNS
    + r"|buyers|importers|exporters|customers|suppliers)\b",
    re.I,
)


# a generic product word narrowed by a modifier that no HS code follows ("AI chips", "legacy chips")
_NARROWED = re.compile(
    r"\b(?:AI|(?i:advanced|leading[- ]edge|cutting[- ]edge|trailing[- ]edge|high[- ]end|low[- ]end|"
    r"legacy|mature(?:[- ]node)?|automotive|analog|analogue|power|older))\s+"
    r"(?i:chips?|semiconductors?|integrated circuits?|ICs?)\b"
)
_FLOW_WORD = re.compile(
    r"\b(?:imports?|exports?|shipments?|purchases?|sales|deliveries|shipped|sold|bought|imported|exported|"
    r"sent|supplied|suppliers?|buyers|customers)\b",
    re.I,
)
# "… from Penang", "… to Bavaria": a capitalised place after from/to, after a flow word; not after
# "according to", not a currency or a figure
_FROM_TO_NAME = re.compile(
    r"(?<!according )\b(?:from|to)\s+(?:the\s+)?(?P<who>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)\b"
)
# sources and institutions a figure is reported to or by, not places goods go to
_INSTITUTION = re.compile(
    r"\b(?:Comtrade|Census|Ministry|House|Congress|Commerce|Treasury|Customs|Parliament|Reuters|Bloomberg|"
    r"Nikkei|Xinhua|Yonhap|Kyodo|Bureau|Office|Department|Agency|Administration|Association|Council|"
    r"Commission|Institute|Bank|Fund|Exchange|Times|Journal|Post|News)\b"
)
_MONTH_NAMES = set(P._MONTH_WORDS.split("|")) | {
    "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "oct", "nov", "dec",
}  # fmt: skip


def _unread(c: Claim, clause: str) -> None:
    """Words of the mention's clause in a goods or economy position that the lexicon does not map
    (issue 11's precision default): "exports of gallium", "solar panel imports", "Indonesian
    processors", "AI chips", "imports from Penang". The verdict gate answers not_checkable naming
    them, never a figure of a wider flow or of the World."""
    words, origins = _unread_of(clause)
    c.unread = list(words)
    # a demonym of the lexicon on the goods ("Korean memories") whose economy is in no slot: the
    # figure read is another partner's or the World's
    for word, iso in origins:
        if iso not in (c.reporter, c.partner, *c.others):
            c.notes.append(f"unbound:{word}")


@functools.lru_cache(maxsize=4096)
def _unread_of(clause: str) -> tuple[tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    """The unmapped words of a clause and its demonyms on goods (cached: every mention of a clause
    asks)."""
    found = _unread_goods(clause) + _unread_places(clause)
    found += [g.group(0) for g in _NARROWED.finditer(clause)]  # narrower than the generic word's code
    origins = tuple((g.group(1), P._adj(g.group(1))) for g in P._ADJ_RE.finditer(clause))
    return tuple(dict.fromkeys(found)), origins


def _unread_goods(clause: str) -> list[str]:
    """Goods words the lexicon cannot map, in a goods position. Goods words are lower case (names
    and months are not goods), read up to the first word that is not one."""
    found: list[str] = []
    for rx in (_GOODS_AFTER, _GOODS_BEFORE):
        for g in rx.finditer(clause):
            tokens = [t for t in re.split(r"[\s-]+", g.group("np")) if t]
            if rx is _GOODS_BEFORE:
                tokens = tokens[-1:] if len(tokens) < 2 or not lexicon.product_like(tokens[0]) else tokens
            else:
                tokens = _goods_head(tokens)
            if any(lexicon.is_product_token(t) for t in tokens):
                continue  # the phrase holds a product word the reader maps
            found += [t.lower() for t in tokens if lexicon.product_like(t)]
    return found


def _goods_head(tokens: list[str]) -> list[str]:
    """The goods words at the start of 'of …' (after a determiner)."""
    while tokens and tokens[0].lower() in ("the", "its", "their", "a", "an"):
        tokens = tokens[1:]
    head: list[str] = []
    for t in tokens:
        if not (lexicon.product_like(t) or lexicon.is_product_token(t)):
            break
        head.append(t)
    return head


def _unread_places(clause: str) -> list[str]:
    """A demonym-shaped word on the goods or the buyers that the lexicon does not know
    ("Indonesian processors"), and an unmapped place in the partner slot ("from Penang")."""
    found = [
        g.group("adj")
        for g in _BEFORE_GOODS.finditer(clause)
        if g.group("adj")[:1].isupper() and lexicon.economy_like(g.group("adj"))
    ]
    flow = _FLOW_WORD.search(clause)
    # only the first "from/to <Name>" after the flow word is its partner slot ("imports of processors
    # from China halved as sourcing moved to Southeast Asia": China is, the region is not)
    for g in list(_FROM_TO_NAME.finditer(clause, flow.end() if flow else len(clause)))[:1]:
        if flow is None or g.start() - flow.end() > 50 or re.search(r"[,;:]", clause[flow.end() : g.start()]):
            continue  # "… up 20.4%, thanks to rush orders from Huawei": not the flow's partner
        who = g.group("who")
        if who.lower() in _MONTH_NAMES or lexicon.is_product_token(who.split()[0]):
            continue
        if _INSTITUTION.search(who):
            continue
        if _economy_word(who) is None and _economy_word(who.split()[0]) is None:
            found.append(who)  # "imports from Penang": a place the reader cannot map
    return found


def _source_economy(c: Claim, s: str) -> None:
    """'According to Taiwan's customs agency, exports of integrated circuits to Vietnam rose 58%':
    the economy whose statistics are cited reports the flow; it is not the partner."""
    m = _SOURCE_ECONOMY.search(s)
    if m is None or c.reporter is not None:
        return
    iso = P._ADJ.get(m.group("adj").lower()) if m.group("adj") else P._iso(m.group("who") or m.group("who2"))
    if not iso or iso == "WLD":
        return
    if c.partner == iso:
        others = [i for _, i in P._found_countries(s) if i not in (iso, "WLD")]
        c.partner = others[0] if len(set(others)) == 1 else None
    c.reporter = iso


def _orientation(c: Claim, clause: str) -> None:
    """'Shipments of memory chips from South Korea to the US': the importer reports, the exporter is
    the partner (the store's customs flows are mostly importers'); 'exports … from Taiwan to India'
    keep the exporter as reporter. 'Taiwan was the largest supplier of memory chips to the US': the
    importer's flow, Taiwan the partner compared."""
    m = _FROM_TO.search(clause)
    if m:
        a, b = P._iso(m.group("a").removeprefix("the ")), P._iso(m.group("b").removeprefix("the "))
        if a and b and a != b and "WLD" not in (a, b):
            if c.flow == "X" and re.search(r"\bexport", clause, re.I):
                c.reporter, c.partner = a, b
            else:
                c.reporter, c.partner, c.flow = b, a, "M"
            return
    m = _ORIGIN_TO.search(clause)
    if m and not re.search(r"\b(?:imports?|imported|purchases?|bought|buy|buying)\b", clause, re.I):
        # "Shipments of Taiwanese chips to the Philippines": the goods' origin ships them to the
        # destination named, so the origin reports the exports (no importer's word in the clause)
        a, b = P._adj(m.group("adj")), P._iso(m.group("b").removeprefix("the "))
        if b and a != b and b != "WLD":
            c.reporter, c.partner, c.flow = a, b, "X"
            return
    if c.comparison == "rank":
        r = _ROLE_TO.search(clause)
        iso = P._iso(r.group("b").removeprefix("the ")) if r else None
        if iso and iso != "WLD":
            subject = c.reporter if c.reporter != iso else c.partner
            if subject and subject != iso:
                c.reporter, c.partner, c.flow = iso, subject, "M"


def _from_clauses(
    c: Claim, own: Claim, order: list[Claim], base: Claim, later: set[int] | None = None
) -> None:
    """Slots the mention's clause does not state, from the other clauses of its sentence (the
    nearest first, earlier before later) and the sentence as a whole. A slot from a later clause
    that has a figure of its own is that figure's ("$117.1 billion, and Chinese fabs accounted for
    over 40% of it"): it is marked so that a contradiction cannot rest on it."""
    later = later or set()

    def where(f: Claim) -> str:
        return "the clause of a later figure" if id(f) in later else "another clause of the sentence"

    # Economies: a clause that names any keeps them (a reporter without partner is the World);
    # one that names only a partner takes the reporter from context.
    if c.reporter is None and not (c.measure == "billings" and c.partner is None and own.reporter):
        for f in [*order, base]:
            if f.reporter or f.partner:
                if c.partner is None:
                    c.partner = f.partner
                c.reporter = f.reporter if f.reporter != c.partner else None
                if c.reporter and f is not base:
                    c.inherited.append(f"reporter {c.reporter} from {where(f)}")
                break
    if not c.flow:
        c.flow = next((f.flow for f in [*order, base] if f.flow), None)
    if not c.product:
        g = next((f for f in [*order, base] if f.product), None)
        if g is not None:
            c.product, c.product_text, c.measure = g.product, g.product_text, g.measure
            if g is not base:
                c.inherited.append(f"product {c.product_text} from {where(g)}")


# "South Korea supplied $373 million of that" in a story about US imports; "Malaysia took $8.3
# billion" in one about Taiwan's exports: the economy named is the partner of the context's flow
_SUPPLIES = re.compile(
    r"\b(?:supplied|supplying|provided|providing|shipped|sent|sold|(?:'s|’s)\s+shipments)\b"
)
_OWN_SHIPMENTS = re.compile(r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:shipments|exports|sales)\b")
_TAKES = re.compile(r"\b(?:took|taking|bought|buying|received|absorbed|purchased)\b")
_LISTED_AT = re.compile(
    r"^\s*(?:(?:ranked|came|was)\s+(?:\w+\s+)?)?(?:at|with)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US\$|\$)"
)


def _partner_of_context(c: Claim, s: str, x: Context) -> bool:
    """The sentence names one economy and no flow; the context's flow is another economy's: when
    the sentence's verb makes the economy that flow's other side (a supplier of an importer's flow, a
    taker of an exporter's), it is the partner and the context's economy the reporter (batch 8, a2,
    a3). A contradiction on it abstains (the reporter is read from elsewhere)."""
    if not (c.reporter and c.partner is None and c.flow is None and x.reporter and x.flow):
        return False
    if x.reporter in (c.reporter, "WLD") or c.measure != "value":
        return False
    name = next((p for p, iso in P._found_countries(s) if iso == c.reporter), None)
    if name is None:
        return False
    after = s[name:]
    if (
        x.flow == "X"
        and x.partner not in (None, "WLD", c.reporter)
        and _OWN_SHIPMENTS.match(re.sub(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)*", "", after))
    ):
        # "Vietnam's shipments rose about 90%" in a story about Taiwan's shipments to the US: another
        # exporter of the same flow, to the same partner
        c.partner, c.flow = x.partner, x.flow
        c.inherited.append(f"partner {c.partner} from {x.where} (another exporter to it)")
        return True
    verb = _SUPPLIES if x.flow == "M" else _TAKES
    listed = _LISTED_AT.match(re.sub(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)*", "", after))
    if not (verb.search(after[:80]) or listed):
        return False
    c.reporter, c.partner, c.flow = x.reporter, c.reporter, x.flow
    c.inherited.append(
        f"reporter {c.reporter} from {x.where} ({c.partner} read as the partner of its "
        f"{'imports' if x.flow == 'M' else 'exports'})"
    )
    return True


def _from_context(c: Claim, s: str, x: Context) -> None:
    """Slots the sentence does not state, from the paragraph so far or the headline."""
    _partner_of_context(c, s, x)
    if (
        c.reporter is None
        and (x.reporter or x.partner)
        and not (c.partner and x.reporter == c.partner)
        and (c.partner is None or x.partner in (None, c.partner))
    ):
        c.reporter = x.reporter
        if c.partner is None and not _TOTAL_WORDS.search(s):
            c.partner = x.partner
        c.inherited.append(
            f"reporter {c.reporter}" + (f" and partner {c.partner}" if c.partner else "") + f" from {x.where}"
        )
    if not c.product and x.product:
        c.product, c.product_text, c.measure = x.product, x.product_text, x.measure
        c.inherited.append(f"product '{x.product_text}' from {x.where}")
    if not c.flow and x.flow:
        c.flow = x.flow
        c.inherited.append(f"flow {'imports' if x.flow == 'M' else 'exports'} from {x.where}")


_MEMBER_FIGURE = re.compile(
    r"\b(?:ahead of|behind|followed by|trailing|bigger than|larger than|smaller than)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)*|·+)\s+at\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$"
)
_YEAR_LABEL = re.compile(r"[\[(]\s*((?:19|20)\d\d)\s*:\s*(?:about\s+|around\s+|roughly\s+)?$")


def _labelled_or_member(c: Claim, s: str, m: Mention) -> bool:
    """An amount's bracketed year label ("$32.6bn in 2025 [2024: $28.4bn]", "(2024: $7.7bn)"), its
    period; or an amount after a comparison member ("ahead of the US at around $44bn"), the
    member's, not the subject's: abstain. True when one of them settled the claim's period."""
    if m.kind != "amount":
        return False
    lab = _YEAR_LABEL.search(s, max(0, m.start - 12), m.start)
    if lab:
        y = int(lab.group(1))
        c.period_start, c.months, c.period_text = dt.date(y, 1, 1), 12, lab.group(1)
        _mark_to_date(c)
        return True
    mem = _MEMBER_FIGURE.search(s, max(0, m.start - 60), m.start)
    if mem and c.measure != "billings":  # SEMI's "followed by Taiwan at $18.2 billion" is read already
        said = re.sub("·+", "…", mem.group(0).strip())
        c.ambiguous = f"the figure is that of the economy compared ('{said}'), not the subject's"
        return True
    return False


def _period_of(
    c: Claim,
    s: str,
    m: Mention,
    k: int,
    clauses: list[tuple[int, int]],
    periods: list[Period],
    ctx: Context,
    today: dt.date,
) -> None:
    if m.kind == "streak":
        _streak(c, m, today)
        if cast("tuple[re.Match[str], str]", m.fill["streak"])[1] == "run":
            _run_end(c, m, k, clauses, periods)
        return
    mine = [
        p for p in periods if _clause_of(clauses, p.start) == k and not (p.start < m.end and m.start < p.end)
    ]
    mine = _not_bases(s, m, mine)
    after = [p for p in mine if p.start >= m.end and not (m.kind == "amount" and _of_later_figure(s, p))]
    before = [p for p in mine if p.end <= m.start]
    if _labelled_or_member(c, s, m) or _special_period(c, s, m, before, after, periods):
        return
    pick: Period | None = _possessive_own(s, m, before)
    if pick is None and (
        after
        and not re.search(r"[,;]", s[m.end : after[0].start])
        and after[0].start - m.end <= 30
        and not (
            before
            and (_NEARER_FIGURE if m.kind == "amount" else _NEARER_WORD).search(s[m.end : after[0].start])
        )
    ):
        pick = after[0]
    elif before:
        pick = before[-1]
    elif after:
        pick = after[0]
    if pick is None:
        others = [
            p
            for p in periods
            if _clause_of(clauses, p.start) != k
            and not _is_base(s, p)
            and not _OWN_PERIOD_CLAUSE.match(s, clauses[_clause_of(clauses, p.start)][0])
        ]
        prev = [p for p in others if p.start < m.start]
        nxt = [p for p in others if p.start > m.start]
        if prev and nxt and (prev[-1].first, prev[-1].months) != (nxt[0].first, nxt[0].months):
            c.ambiguous = f"two candidate periods in the sentence: '{prev[-1].text}' and '{nxt[0].text}'"
            return
        pick = prev[-1] if prev else (nxt[0] if nxt else None)
        if pick is not None:
            c.inherited.append(f"period '{pick.text}' from another clause of the sentence")
    if pick is not None:
        _take_period(c, m, pick)
        _last_years_figure(c, s, m, today)
        return
    if _year_after_base(c, s, m, today) or _run_to_date(c, s, m, today):
        return
    if ctx.period is not None and not _COMPANY.search(s):
        if len(ctx.periods) > 1:
            c.ambiguous = (
                f"the period is not stated and {ctx.period_where or ctx.where} names "
                + " and ".join(f"'{t}'" for t in ctx.periods)
            )
            return
        c.period_start, c.months, c.period_text = ctx.period
        c.inherited.append(f"period '{ctx.period[2]}' from {ctx.period_where or ctx.where}")
        _mark_to_date(c)


def _possessive_own(s: str, m: Mention, before: list[Period]) -> Period | None:
    """'a touch below 2023's US$166.6bn', 'May's $118m': a period in the possessive right before an
    amount is the amount's own, before any period after it (claims11d, batch 11 a2)."""
    if m.kind != "amount" or not before:
        return None
    p = before[-1]
    gap = s[p.end : m.start]
    if re.fullmatch(r"(?:'s|’s)?\s*", gap) and re.search(r"(?:'s|’s)\s*$", s[p.start : m.start]):
        return p
    return None


# "fell by about 10% in 2023, from a peak of $184 billion", "rose 8% in June, up from $4 billion":
# a figure introduced as what a change moved from, in a clause of its own
_CHANGE_FROM_FIGURE = re.compile(
    r"\b(?:fell|rose|dropped|declined|slipped|grew|climbed|jumped|slumped|sank|increased|decreased|"
    r"(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.]*%)\b[^;.]*,\s*"
    r"(?P<frm>(?:up\s+|down\s+)?from)\s+(?:(?:a|the|its|their)\s+)?(?:(?:peak|high|record|level|low|total)\s+of\s+)?$",
    re.I,
)


def _moved_from(c: Claim, s: str, m: Mention, periods: list[Period]) -> bool:
    """'fell by about 10% in 2023, from a peak of $184 billion': the figure the fall is measured from
    is the year before the change's period, never the change's own (batch 9 s088)."""
    g = _CHANGE_FROM_FIGURE.search(s[: m.start])
    if g is None:
        return False
    own = [p for p in periods if p.end <= g.start("frm") and p.months <= 12]
    if not own or any(g.start("frm") <= p.start < m.end for p in periods):
        return False
    _take_period(c, m, own[-1])
    assert c.period_start is not None
    c.period_start = c.period_start.replace(year=c.period_start.year - 1)
    c.period_text = f"the year before {own[-1].text}"
    c.inherited.append(f"period: the year before '{own[-1].text}', the base of the change")
    return True


_LAST_YEARS = re.compile(r"\b(?:last year|a year earlier|the year before)(?:'s|’s)\s+$", re.I)


def _last_years_figure(c: Claim, s: str, m: Mention, today: dt.date) -> None:
    """'US$590m over January-July, roughly triple last year's US$190m': the amount after "last
    year's" is the same span a year before the sentence's period (claims11d); beside a period of
    an earlier year, or a span to date, which year is meant cannot be told."""
    if m.kind != "amount" or c.period_start is None:
        return
    if not _LAST_YEARS.search(s[max(0, m.start - 25) : m.start]):
        return
    if c.period_start.year != today.year or any(n.startswith("to_date:") for n in c.notes):
        c.ambiguous = f"'last year's' figure beside '{c.period_text}': which year is meant cannot be told"
        return
    c.period_start = c.period_start.replace(year=c.period_start.year - 1)
    c.period_text = f"the same span a year before '{c.period_text}'"


def _take_period(c: Claim, m: Mention, pick: Period) -> None:
    c.period_start, c.months, c.period_text = pick.first, pick.months, pick.text
    if pick.anchored:
        c.inherited.append(pick.anchored)
    _mark_to_date(c)
    yr = _P_YEAR_RANGE.fullmatch(pick.text)
    if yr and m.kind in ("change", "multiple", "direction"):
        c.base_start = dt.date(int(yr.group(1)), 1, 1)  # "tripled between 2013 and 2022"


_ON_BASE_YEAR = re.compile(
    r"^\s*(?:on|from|over|versus|vs\.?|compared with|against)\s+((?:19|20)\d\d)\b(?!['’]s|\s*[-–])", re.I
)


def _year_after_base(c: Claim, s: str, m: Mention, today: dt.date) -> bool:
    """'Worldwide billings grew about 10% on 2023' with no period of its own: the year after the
    base (2024 on 2023). Read, not printed: the slot counts as inferred, so a contradiction on it
    abstains."""
    if m.kind not in ("change", "multiple", "direction"):
        return False
    b = _ON_BASE_YEAR.match(s[m.end : m.end + 30])
    if not b or int(b.group(1)) + 1 > today.year:
        return False
    y = int(b.group(1)) + 1
    c.period_start, c.months, c.period_text = dt.date(y, 1, 1), 12, str(y)
    c.base_start = dt.date(y - 1, 1, 1)
    c.inherited.append(f"period {y}: the year after the base '{b.group(1)}'")
    return True


_PRESENT_PERFECT = re.compile(r"\b(?:have|has)\s+(?:now\s+|also\s+|again\s+)?$", re.I)


def _run_to_date(c: Claim, s: str, m: Mention, today: dt.date) -> bool:
    """'have now risen year on year for nine consecutive months': a run in the present perfect with
    no period ends at the latest month the store holds (resolved by verify)."""
    if not (_is_run(m) and _PRESENT_PERFECT.search(s[max(0, m.start - 20) : m.start])):
        return False
    unit = next(str(n).split(":")[2] for n in cast("list[str]", m.fill["notes"]) if str(n).startswith("run:"))
    step = {"month": 1, "quarter": 3, "year": 12}[unit]
    if step == 3:
        return False
    end = _add_months(dt.date(today.year, today.month, 1), -1)
    if step == 12:  # "have fallen for three straight years": the last full year
        end = dt.date(today.year - 1, 1, 1)
    c.period_start, c.months, c.period_text = end, step, "now"
    c.notes.append("to_date:latest")
    return True


def _mark_to_date(c: Claim) -> None:
    """A span to date ("so far this year", "the past twelve months") ends at the store's latest month
    for the flow: the note tells verify to resolve it (``months`` is the reader's provisional guess)."""
    t = c.period_text or ""
    kind = None
    if _P_SO_FAR.fullmatch(t) or _P_THIS_YEAR.fullmatch(t):
        kind = "ytd"
    elif _P_TRAILING.fullmatch(t):
        kind = "trailing"
    if kind and f"to_date:{kind}" not in c.notes:
        c.notes.append(f"to_date:{kind}")


# "set a record in 2022 at $184 billion before falling 9.5% in 2023": a period after another figure
# or after "before"/"then" is that figure's, and the amount keeps the period before it (batch 8 s063)
_NEARER_FIGURE = re.compile(r"\d|\b(?:before|after|then)\b")
# for a change ("rose 12% on the month after February's dip") only the words: its own amount may
# stand between it and its period ("up 42.5% to $9.61 billion in the first ten months")
_NEARER_WORD = re.compile(r"\b(?:before|after|then)\b")


_BASE_FIGURE = re.compile(
    r"^\s+(?:the|its|a|an)?\s*(?:level\s+of\s+)?(?:US\$|USD\s?|\$)\s?\d[\d,.]*\s*"
    r"(?:billion|million|bn|m|mn)?\b[^,;]{0,40}?$"
    # "more than four times what arrived in June 2025": the base named by what was traded then
    r"|^\s+(?:what|the (?:amount|value|level|figure|total|sum))\s+(?:[a-z]+\s+){0,3}?(?:in\s+)?$",
    re.I,
)


def _named_base(s: str, m: Mention, mine: list[Period]) -> Period | None:
    """'more than four times the $212 million recorded in April 2023': the period attached to the
    base figure after a multiple is the base, not the multiple's own period (that is the clause's
    or the sentence's other one: the level compared)."""
    if m.kind != "multiple":
        return None
    nxt = next((p for p in mine if p.start >= m.end), None)
    if nxt is None:
        return None
    if _bare_multiple_base(s, m, nxt):
        return nxt
    if not _BASE_FIGURE.match(s[m.end : nxt.start]):
        return None
    return nxt


def _bare_multiple_base(s: str, m: Mention, p: Period) -> bool:
    """'US$2.23 billion, more than double Q1': a period printed right after the multiple word,
    with no preposition between, is what the multiple is measured from (claims13b, batch 12 s025),
    never the multiple's own period ("doubled in 2024" keeps its "in")."""
    return bool(
        re.search(r"\b(?:double|triple|treble|quadruple|twice|times)$", s[m.start : m.end], re.I)
        and re.fullmatch(r"\s+(?:that of\s+|the level of\s+)?", s[m.end : p.start])
        and not re.match(r"(?:in|for|of|during|over|since|through|by)\b", p.text, re.I)
        # "roughly double February's": a possessive base is _base_of's (_multiple_base)
        and not p.text.endswith(("'s", "’s"))
        and not re.match(r"(?:'s|’s)", s[p.end : p.end + 2])
        # the base ends its clause: "3.8 times June of last year" is one base read in two pieces
        and re.match(r"\s*(?:[.,;:)]|$)", s[p.end :]) is not None
    )


def _bare_base_year(c: Claim, s: str, m: Mention, base: Period) -> None:
    """'Q2 2022 …, more than double Q1': a bare base with no year is the latest such span before the
    multiple's own period, not the one nearest the article date."""
    if c.base_start is None or c.period_start is None or re.search(r"\d{4}|\d{2}\b", base.text):
        return
    if not _bare_multiple_base(s, m, base):
        return
    y = c.period_start.year - (base.first.month >= c.period_start.month)
    c.base_start = dt.date(y, base.first.month, 1)
    if (c.base_start, c.months) == (c.period_start, c.months):
        c.base_start = None


_WHOLE_OF = re.compile(
    r"^\s+(?:the\s+)?(?:(?:whole|entirety|total)\s+of\s+(?:the\s+)?|"
    r"full[- ]year\s+(?:total\s+(?:of|for)\s+)?|"
    r"(?:total|figure)\s+for\s+(?:the\s+)?(?:whole\s+|full\s+)?(?:year\s+)?)$",
    re.I,
)


def _whole_base(s: str, m: Mention, mine: list[Period]) -> Period | None:
    """'already more than double the whole of 2025': the year named is the multiple's base (a span
    of its own length), not its period, which is the clause's other one (issue 11, batch 8 s039)."""
    if m.kind != "multiple":
        return None
    nxt = next((p for p in mine if p.start >= m.end), None)
    if nxt is None or nxt.months != 12:
        return None
    lead = re.match(r"(?:of|for|in|full[- ]year)\s+", nxt.text, re.I)  # the period read as "of 2025"
    gap = s[m.end : nxt.start] + (lead.group(0) if lead else "")
    return nxt if _WHOLE_OF.match(gap) else None


def _peak_base(s: str, m: Mention, mine: list[Period]) -> Period | None:
    """'more than double its 2018 purchases', 'a third below the 2021 peak': the year of the noun
    right after the mention is the base (_base_of reads it), never the mention's period (batch 9
    s089)."""
    my = _BASE_PEAK.match(s[m.end :])
    if my is None:
        return None
    y = m.end + my.start("y")
    return next((p for p in mine if p.start <= y < p.end), None)


def _set_whole_base(c: Claim, whole: Period | None) -> None:
    if whole is not None and c.period_start is not None and (whole.first, whole.months) != (
        c.period_start,
        c.months,
    ):
        c.base_start = whole.first
        c.notes.append(f"base_months:{whole.months}")


def _set_named_base(c: Claim, base: Period) -> None:
    if c.months != base.months:
        c.ambiguous = (
            f"the base '{base.text}' and the period '{c.period_text}' of the multiple are spans of "
            "different lengths"
        )
        return
    if (base.first, base.months) != (c.period_start, c.months):
        c.base_start = base.first
        if base.anchored:
            c.inherited.append(base.anchored)


# "off from $1.38 billion in June": a period printed right after a base figure is that figure's
_AFTER_FIGURE = re.compile(
    r"\b(?:from|than|against|compared with|versus)\s+(?:the\s+)?(?:US\$|USD\s?|\$)\s?\d[\d,.]*\s*"
    r"(?:billion|million|bn|mn|m)?\s+(?:in\s+|for\s+)?$",
    re.I,
)
# "the $0.84 billion logged a year before": a participle between the figure and its year-earlier base
_LOGGED = re.compile(r"\s*(?:(?:\w+ed|seen|shown|set|posted|sold|bought|spent)\s+)?(?=\S)")


def _main_period(s: str, m: Mention, before: list[Period], every: list[Period]) -> Period | None:
    """The period 'a year before' is counted from: the sentence's main one, never the period of a
    neighbouring figure ("off from $1.38 billion in June … above the $0.84 billion logged a year
    before" is July's year-before, not June's)."""
    own = [p for p in every if p.end <= m.start and not _AFTER_FIGURE.search(s[: p.start])]
    if before and not _AFTER_FIGURE.search(s[: before[-1].start]):
        return before[-1]
    return own[-1] if own else None


def _range_step(span: Period) -> int:
    """The length of the two ends of a 'between … and …' range: a year for two years, else a month."""
    whole_years = re.fullmatch(r"between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d", span.text.strip(), re.I)
    return 12 if whole_years and span.months % 12 == 0 else 1


def _special_period(
    c: Claim,
    s: str,
    m: Mention,
    before: list[Period],
    after: list[Period],
    every: list[Period] = (),  # type: ignore[assignment]
) -> bool:
    """'more than doubled between June and July' (July on June) and 'from $12.2 billion a year
    earlier' (the year before the clause's period); True when one of them set the period."""
    own_after = [p for p in after if not _of_later_figure(s, p)]
    if m.kind == "amount" and not own_after and _moved_from(c, s, m, every):
        return True  # "fell by about 10% in 2023, from a peak of $184 billion"
    if (
        m.kind in ("change", "multiple")
        and after
        and after[0].months > 1
        and after[0].start - m.end <= 3
        and not _P_YEAR_RANGE.fullmatch(after[0].text)
    ):
        span = after[0]
        if re.match(r"between\b", span.text, re.I):  # "more than doubled between June and July": July on June
            step = _range_step(span)  # "nearly doubled between 2020 and 2022": 2022 on 2020
            c.period_start, c.months = _add_months(span.first, span.months - step), step
            c.period_text = span.text
            c.base_start = span.first
            if span.anchored:
                c.inherited.append(span.anchored)
            return True
    if (
        m.kind == "amount"
        and before
        and before[-1].months > 1
        and re.match(r"between\b", before[-1].text, re.I)
        and re.search(r"\bto\s+$", s[max(0, m.start - 10) : m.start])
    ):
        # "more than doubled between February and August to $965 million": the level reached in
        # August, not the February-August total (the range names the two months compared)
        span = before[-1]
        step = _range_step(span)  # "between 2020 and 2022, to $15.8 billion": 2022's (batch 8 s067)
        c.period_start, c.months = _add_months(span.first, span.months - step), step
        c.period_text = span.text
        if span.anchored:
            c.inherited.append(span.anchored)
        return True
    if m.kind == "amount" and _YEAR_EARLIER_BEFORE.search(s, max(0, m.start - 30), m.start):
        return _year_earlier_figure(c, s, m, before, list(every))
    gap = _LOGGED.match(s, m.end)
    tail = s[gap.end() : gap.end() + 40] if gap and gap.end() > m.end + 1 else s[m.end : m.end + 40]
    if (
        m.kind in ("amount", "share")
        and _YEAR_EARLIER.match(tail)
        and (
            re.search(r"\b(?:from|against|compared with|versus|vs)\s+$", s[max(0, m.start - 20) : m.start])
            or re.match(r"\s*(?:of\s+)?(?:the year before|a year earlier|a year before)", tail)
        )
    ):
        main = _main_period(s, m, before, list(every)) or (after[0] if after else None)
        if main is None:
            c.ambiguous = "'a year before' follows only the period of another figure of the sentence"
            return True
        # "from $12.2 billion a year earlier"
        c.period_start = dt.date(main.first.year - 1, main.first.month, 1)
        c.months, c.period_text = main.months, _YEAR_EARLIER.match(tail).group(0).strip()  # type: ignore[union-attr]
        return True
    return False


# "more than three times the year-earlier US$1.27 billion": a figure introduced as the year-earlier one
_YEAR_EARLIER_BEFORE = re.compile(
    r"\b(?:the|a|its|their)\s+(?:year[- ](?:earlier|ago|before)|prior[- ]year|previous[- ]year)\s+$", re.I
)


def _year_earlier_figure(c: Claim, s: str, m: Mention, before: list[Period], every: list[Period]) -> bool:
    """'the year-earlier US$1.27 billion' (claims13b, batch 12 s026): the figure is the same span a
    year before the sentence's main period, never that period's own figure; abstain when only
    another figure's period precedes it."""
    main = _main_period(s, m, before, every)
    if main is None:
        c.ambiguous = "'year-earlier' follows no period of the sentence's own"
        return True
    c.period_start = dt.date(main.first.year - 1, main.first.month, 1)
    c.months = main.months
    # printed by the text itself, like "from $12.2 billion a year earlier": not an inherited slot
    c.period_text = f"year-earlier (a year before '{main.text.strip()}')"
    return True


_BASE_WORDS = re.compile(
    r"\b(?:from|than|on|against|compared with|versus|vs\.?|levels? of|that of|below|above|short of)\s+"
    # "than in the first quarter" (claims12c): "in" and "the" together
    r"(?:in\s+|the\s+|in\s+the\s+)?$",
    re.I,
)


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_RANGE_TEXT = re.compile(r"(?:" + _MW + r")\s*(?:-|–|to|through)\s*(?:" + _MW + r")\b", re.I)


def _is_base(s: str, p: Period) -> bool:
    """A period named as what a change is measured from ("from July 2024", "2023's figure", "on the
    same months of 2025")."""
    if p.months > 1 and _RANGE_TEXT.match(p.text) and _FROM_BEFORE.search(s[max(0, p.start - 6) : p.start]):
        return False  # "from January through July": a span, not a base
    return bool(
        _P_SAME.match(p.text)
        or _BASE_WORDS.search(s[max(0, p.start - 20) : p.start])
        or _multiple_base(s, p)
        or (
            re.match(r"(?:'s|’s)?\s+(?:figure|level|total|value)", s[p.end : p.end + 12])
            and not _P_YEAR_NOUN.match(s, p.start)
        )
    )


def _without_earlier_from_figure(s: str, m: Mention, mine: list[Period]) -> list[Period]:
    """'rose to $2.3bn last year from $1.9bn in 2024, a gain of almost a quarter' (claims12c): the
    period right after an earlier base figure ("from $1.9bn in 2024") is that figure's, the base
    of the change, not its own, when the clause names another period for the change."""
    kept = [
        p
        for p in mine
        if not (
            p.end <= m.start
            and (g := _FROM_FIGURE_IN.search(s, max(0, p.start - 30), p.start)) is not None
            and g.end() == p.start
        )
    ]
    return kept if kept else mine


def _not_bases(s: str, m: Mention, mine: list[Period]) -> list[Period]:
    """The clause's periods that can be the mention's own, without the bases it is measured from."""
    if m.kind == "record":
        # "their 2021 peak of $16.8bn" (claims12c): the year right before the peak word is its own
        before = [p for p in mine if p.end <= m.start and not s[p.end : m.start].strip() and p.months == 12]
        if before:
            return before[-1:]
    if m.kind in ("share", "amount"):
        # "about 42% of global billings of $117.1 billion, up from 26% in 2020": 2020 is the
        # earlier share's, the base of the move, not the period of the share or the amount before
        mine = [
            p
            for p in mine
            if not (
                p.start >= m.end
                and (g := _FROM_FIGURE_IN.search(s, max(0, p.start - 30), p.start)) is not None
                and g.start() >= m.end
            )
        ]
    if m.kind in ("change", "multiple", "direction"):
        # "down 32% from July 2024", "the level of May 2025", "double 2023's figure": the base
        # the change is measured from, not its period (_base_of reads it); "four times the $212
        # million recorded in April 2023": the base figure's period (_named_base)
        named = _named_base(s, m, mine) or _whole_base(s, m, mine) or _peak_base(s, m, mine)
        mine = _without_earlier_from_figure(s, m, mine)
        # "little changed from $166.6bn in 2023": the base figure's year is the base, not the period
        return [
            p
            for p in mine
            if not (
                p.start >= m.end
                and (
                    _is_base(s, p)
                    or (
                        (g := _FROM_FIGURE_IN.search(s, max(0, p.start - 30), p.start)) is not None
                        and g.start() >= m.end
                    )
                )
            )
            and p is not named
        ]
    named = _attributive_own(s, m, mine)
    if named is not None:
        return [named]
    if m.kind == "amount" and not _BASE_WORDS.search(s[max(0, m.start - 20) : m.start]):
        # "rose by two-thirds in July from June, to $15.7 million": the amount is the level reached,
        # never the base month's; an amount itself introduced as the base ("up from $31 million")
        # keeps it.
        return [
            p
            for p in mine
            if (
                not (_is_base(s, p) and re.match(r"(?:from|than|on)\b", _base_word(s, p)))
                # "imports of US$241m were roughly triple May's": May is the multiple's base
                and not (p.start >= m.end and _multiple_base(s, p))
                # "running 52% ahead of 2024's pace, at $6.2 billion": the pace is the base's
                and not _PACE_BASE.search(s, max(0, p.start - 14), p.end + 12)
            )
            # "up from 2023's $8.7 billion": the year's possessive is the amount's own period
            or _possessed(s, p, m)
        ]
    if m.kind == "record":
        # "more than double May's level and an all-time high": the record is the sentence's month,
        # never the base a multiple is measured from
        return [
            p
            for p in mine
            if not (
                _BASE_WORDS.search(s[max(0, p.start - 20) : p.start])
                or re.match(r"(?:'s|’s)\s+(?:figure|level|total|value)", s[p.end : p.end + 12])
            )
        ]
    return mine


_PACE_BASE = re.compile(
    r"\b(?:ahead of|behind|than|from|on)\s+(?:(?:19|20)\d\d)(?:'s|’s)\s+"
    r"(?:pace|rate|levels?|figures?|tally|total)\b",
    re.I,
)


def _attributive_own(s: str, m: Mention, mine: list[Period]) -> Period | None:
    """'a long way from the 2022 high of just over $184 billion': the year attached to the figure's
    own noun is the figure's period, even when the noun phrase is a base ("from the 2022 high")."""
    if m.kind != "amount":
        return None
    for p in mine:
        if p.end <= m.start and _P_ATTRIBUTIVE_YEAR.match(s, p.start) and re.fullmatch(
            r"\s+\w+\s+of\s+(?:[a-z]+\s+){0,2}", s[p.end : m.start]
        ):
            return p
    return None


def _of_later_figure(s: str, p: Period) -> bool:
    """'came to $109.8 billion, about two-thirds of 2024's $165.0 billion': a year's possessive right
    before a later figure is that figure's period, not the period of the figures before it."""
    tail = s[p.end : p.end + 30]
    figure = r"(?:[\w-]+\s+){0,2}?(?:US\$|USD\s?|\$)\s?\d"
    if p.text.endswith(("'s", "’s")):
        return bool(re.match(r"\s+" + figure, tail))
    return bool(re.match(r"(?:'s|’s)\s+" + figure, tail))


def _possessed(s: str, p: Period, m: Mention) -> bool:
    """'2023's $8.7 billion', '2024's full-year $9.9 billion': the period right before an amount, as
    its possessive."""
    gap = s[p.end : m.start] if p.end <= m.start else ""
    if p.text.endswith(("'s", "’s")):
        return bool(re.match(r"\s+(?:[\w-]+\s+){0,2}$", gap))
    return bool(re.match(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$", gap))


def _base_word(s: str, p: Period) -> str:
    """The word that makes a period a base ("from", "than", …), or '' when a figure word follows."""
    m = _BASE_WORDS.search(s[max(0, p.start - 20) : p.start])
    return m.group(0).strip().lower() if m else ""


def _run_end(c: Claim, m: Mention, k: int, clauses: list[tuple[int, int]], periods: list[Period]) -> None:
    """'the ninth month in a row above $1 billion': the run ends at the sentence's own month (the
    nearest month before the mention); without one the claim abstains."""
    sm = cast("tuple[re.Match[str], str]", m.fill["streak"])[0]
    n = _ORDINALS[sm.group("n").lower()]
    months = [p for p in periods if p.months == 1 and p.end <= m.start]
    if not months:
        c.ambiguous = f"'{sm.group(0)}' names no month the run ends in"
        return
    end = months[-1].first
    c.period_start, c.months, c.period_text = _add_months(end, -(n - 1)), n, sm.group(0)
    c.streak_open = False


def _streak(c: Claim, m: Mention, today: dt.date) -> None:
    sm, how = cast("tuple[re.Match[str], str]", m.fill["streak"])
    last = today.year * 12 + today.month - 2  # the month before the article's
    if how == "run":
        c.kind = "streak"
        return
    if how == "year":
        year = int(sm.group("y")) if sm.group("y") else today.year
        first = year * 12
        last = min(last, year * 12 + 11)
    elif how == "since":
        month = P._MONTHS[sm.group(1).lower()]
        year = int(sm.group(2)) if sm.group(2) else (today.year if month < today.month else today.year - 1)
        first = year * 12 + month - 1
    else:
        n = int(sm.group("n")) if sm.group("n").isdigit() else _NUMBER_WORDS[sm.group("n").lower()]
        months = n * 12 if sm.group("u").lower().startswith("year") else n
        first = last - months + 1
        c.streak_open = bool(sm.group("q")) and sm.group("q").strip().lower() in (
            "more than",
            "over",
            "at least",
        )
        if sm.group("q") and not c.streak_open:  # "for nearly two years": the span is not known
            c.ambiguous = f"'{sm.group(0)}' does not say how many months"
    c.kind = "streak"
    c.period_start = dt.date(first // 12, first % 12 + 1, 1)
    c.months = max(1, last - first + 1)
    c.period_text = sm.group(0)


_PAIR = re.compile(r"^\s*(?:,\s*|\s+and\s+(?:the\s+)?|\s+or\s+(?:the\s+)?|\s*/\s*)$")


def _ambiguity(
    c: Claim, s: str, m: Mention, k: int, clauses: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> None:
    """Two economies side by side as subject ("China and Japan imported $3 billion"): which one the
    figure is about cannot be told (it may be their sum); the claim abstains with both."""
    if c.ambiguous or c.comparison in ("combined", "share", "rank") or m.kind == "not_trade":
        return
    a, b = clauses[k]
    found = [(p, i) for p, i in P._found_countries(s[a:b]) if not any(x <= a + p < y for x, y in spans)]
    for (p1, i1), (p2, i2) in itertools.pairwise(found):
        if i1 == i2 or {i1, i2} & {c.partner}:
            continue
        between = s[a + p1 : a + p2]
        name1 = re.match(r"(?:the )?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*", between)
        gap = between[name1.end() :] if name1 else between
        if _PAIR.match(gap) and not re.search(r"\b(from|to)\s+(the\s+)?$", s[max(a, a + p1 - 10) : a + p1]):
            c.ambiguous = f"two candidate economies for the figure: {i1} and {i2} (each, or together?)"
            return


def _base_of(c: Claim, s: str, m: Mention) -> None:
    """What a multiple or a change compares with: a month named after it ("in December from
    November", "nearly double March's level", "the level of May 2025"), the month before ("month on
    month"), a year ("tripled since 2019"), or by default the same period a year earlier."""
    if c.period_start is None or c.base_start is not None:
        return
    after = s[m.end : m.end + 70]
    if _MONTH_ON_MONTH.search(after) and c.months == 1:
        c.base_start = dt.date(
            c.period_start.year - (c.period_start.month == 1), (c.period_start.month - 2) % 12 + 1, 1
        )
        return
    if c.months == 3 and _quarter_on_quarter(c, after):
        return
    mq = _BASE_QUARTER.match(after)
    if mq and c.months == 3:
        # "rose about 13% from the second quarter": the quarter named is the base (batch 8 s093)
        q = _QUARTERS[mq.group("q").lower()]
        cur_q = (c.period_start.month - 1) // 3 + 1
        y = int(mq.group("y")) if mq.group("y") else c.period_start.year - (q >= cur_q)
        if (y, q) != (c.period_start.year, cur_q):
            c.base_start = dt.date(y, (q - 1) * 3 + 1, 1)
        return
    mm = _BASE_MONTH.search(after) or _POSSESSIVE_BASE_MONTH.match(after)
    if mm and c.months == 1:
        mon = P._MONTHS[str(mm.group("mon") or mm.groupdict().get("mon2")).lower()]
        y_text = mm.group("y") or mm.groupdict().get("y2")
        y = (
            int(y_text)
            if y_text
            else (c.period_start.year if mon < c.period_start.month else c.period_start.year - 1)
        )
        if (y, mon) != (c.period_start.year, c.period_start.month):
            c.base_start = dt.date(y, mon, 1)
        return
    my = (
        _BASE_YEAR.match(after)
        or re.match(r"^\W{0,3}(?:\w+\s+){0,2}?(?P<y>(?:19|20)\d\d)(?:'s|’s)\s", after)
        or _BASE_PEAK.match(after)
    )
    year_text = (my.group("y") or my.groupdict().get("y2")) if my else None
    if year_text and int(year_text) != c.period_start.year:
        c.base_start = dt.date(int(year_text), c.period_start.month, 1)


def _multiple_base(s: str, p: Period) -> bool:
    """'roughly triple May's', 'twice 2023's': a period in the possessive right after a multiple
    word is the figure the multiple is measured from, never a period of its own."""
    return bool(
        _MULTIPLE_BEFORE.search(s[max(0, p.start - 30) : p.start])
        and (
            re.search(r"(?:'s|’s)$", s[p.start : min(len(s), p.end + 2)])
            # "more than double 2019's US$9.97 billion": the period read with its possessive
            or p.text.endswith(("'s", "’s"))
        )
    )


def _quarter_on_quarter(c: Claim, after: str) -> bool:
    """A quarter's change whose text names the quarter before as its base: "up 25 per cent on the
    quarter", "quarter on quarter", "between the second and third quarters of 2024" (the later
    quarter must be the claim's own; else the base is not read)."""
    assert c.period_start is not None
    cur_q = (c.period_start.month - 1) // 3 + 1
    bq = _BETWEEN_QUARTERS.match(after)
    if bq:
        a, b = _QUARTERS[bq.group("a").lower()], _QUARTERS[bq.group("b").lower()]
        y = int(bq.group("y")) if bq.group("y") else c.period_start.year
        if a < b and (y, b) == (c.period_start.year, cur_q):
            c.base_start = dt.date(y, (a - 1) * 3 + 1, 1)
            return True
        return False
    if _QUARTER_ON_QUARTER.search(after[:40]):
        c.base_start = _add_months(c.period_start, -3)
        return True
    return False


# "some 7% below the 2022 level of $415.6 billion", "a third below the 2021 peak": the base is the
# named year's figure (claims8b)
_BASE_PEAK = re.compile(
    r"^\s*(?:below|above|under|short of|higher than|lower than|of)?\s*(?:the|its|their)\s+"
    r"(?P<y>(?:19|20)\d\d)\s+(?:peak|high|level|total|figure|record|low|tally|purchases|sales|exports|"
    r"imports|shipments|spending|billings)\b",
    re.I,
)
_BASE_QUARTER = re.compile(
    r"^[^,;%$]{0,40}?\b(?:from|on|over|than)\s+(?:in\s+)?(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter"
    r"(?:\s+of\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
# "roughly triple May's": the month a multiple is measured from (claims11d, batch 11 s040)
_POSSESSIVE_BASE_MONTH = re.compile(
    r"^\s+(?:that\s+of\s+)?(?P<mon>" + P._MONTH_WORDS + r")(?:\s+(?P<y>\d{4}))?(?:'s|’s)(?!\w)", re.I
)
# the word a base figure or period follows: "triple May's", "twice 2023's", "three times the level of"
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:double|triple|treble|quadruple|twice|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+(?:\.\d+)?)\s+times)\s+(?:(?:the|that of)\s+)?$",
    re.I,
)
# "quarter on quarter", "on the quarter", "from the previous quarter" (claims11d, batch 11 s092/s093)
_QUARTER_ON_QUARTER = re.compile(
    r"\b(?:quarter[- ]on[- ]quarter|q/q|qoq|q-o-q|on the (?:previous |prior |preceding )?quarter|"
    r"(?:from|over) the (?:previous|prior|preceding) quarter|(?:on|from|than) the quarter before|"
    r"sequentially)\b",
    re.I,
)
# "between the second and third quarters of 2024": the earlier quarter is the base
_BETWEEN_QUARTERS = re.compile(
    r"^[^,;%$]{0,20}?\bbetween\s+(?:the\s+)?(?P<a>first|second|third|fourth)\s+and\s+(?:the\s+)?"
    r"(?P<b>first|second|third|fourth|final)\s+quarters?(?:\s+of\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
_MONTH_ON_MONTH = re.compile(
    r"\b(?:month[- ]on[- ]month|m/m|m-o-m|from the (?:previous|prior) month|on the (?:previous )?month|"
    r"from a month "
    r"(?:earlier|before)|(?:(?:below|above|than|under|on) )?the (?:month before|previous month|prior month))"
    r"\b",
    re.I,
)


def _base_period_text(t: str | None) -> bool:
    """A period printed as a base: 'a year earlier', 'the year before', 'the same months of 2025'."""
    return bool(t) and bool(_YEAR_EARLIER.match(t or "") or _P_SAME.match(t or ""))


def _learn(ctx: Context, base: Claim, claims: list[Claim] | None) -> None:
    """Carry what a sentence stated to the next sentences of its paragraph."""
    src = [x for x in (claims or []) if x.kind in ("trade", "streak")] or [base]
    last = src[-1]
    if last.reporter or last.partner:
        ctx.reporter, ctx.partner = last.reporter, last.partner
    if last.flow:
        ctx.flow = last.flow
    if last.product:
        ctx.product, ctx.product_text, ctx.measure = last.product, last.product_text, last.measure
    # "… in June, up from $131 million a year earlier": the year-earlier base is not the period the
    # next sentence carries on (claims8b)
    own = [x for x in src if not _base_period_text(x.period_text)] or src
    stated = {
        (x.period_start, x.months): x.period_text or ""
        for x in own
        if x.kind == "trade"
        and x.period_start
        and x.months
        and not any(i.startswith("period") for i in x.inherited)
    }
    if stated:
        ctx.periods = list(stated.values())
    lastp = own[-1]
    if lastp.kind == "trade" and lastp.period_start and lastp.months and claims:
        ctx.period = (lastp.period_start, lastp.months, lastp.period_text or "")
        if not any(i.startswith("period") for i in lastp.inherited):
            ctx.period_where = None
        if lastp.months < 12:
            ctx.month_year = lastp.period_start.year
    anchor = _WHEN_ANCHOR.search(base.sentence)
    if anchor:
        ctx.month_year = int(anchor.group(1))
