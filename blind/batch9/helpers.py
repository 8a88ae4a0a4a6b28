"""Truth-string helpers for batch 9 (pandas look-ups via truth.py only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # blind/truth.py: the lead removed this batch's copy (identical but for its DATA path)
import truth as t  # noqa: E402

M = t.months
KZ = "comtrade_monthly_semis_kazookat.csv"
PN = {"TW": "Taiwan (partner 'Other Asia, nes')", "KR": "Korea (partner 'Rep. of Korea')", "VN": "Vietnam (partner 'Viet Nam')"}
CN = {854231: "processors HS 854231", 854232: "memories HS 854232"}


def kv(p, c, a, b=None):
    return t.k("USA", p, c, M(a, b or a))


def K(p, c, a, b=None):
    b = b or a
    v = kv(p, c, a, b)
    n = len(M(a, b))
    per = a if a == b else f"{a}..{b}"
    return f"US imports of {CN[c]} from {PN.get(p, p)}, {per}: ${v/1e9:.3f} bn ({KZ}, reporter USA, {n} monthly rows, sum of value_usd)"


def KC(p, c, a, b, a2, b2):
    v1, v2 = kv(p, c, a, b), kv(p, c, a2, b2)
    return f"{K(p, c, a, b)}; vs {a2}..{b2}: ${v2/1e9:.3f} bn; ratio {v1/v2:.3f}, change {100*(v1/v2-1):+.1f}%"


def KY(p, c, y, y2=None):
    s = K(p, c, f"{y}-01", f"{y}-12")
    if y2:
        v1, v2 = kv(p, c, f"{y}-01", f"{y}-12"), kv(p, c, f"{y2}-01", f"{y2}-12")
        s += f"; {y2}: ${v2/1e9:.3f} bn; ratio {v1/v2:.3f}, change {100*(v1/v2-1):+.1f}%"
    return s


def KM(p, c, first, last):
    """monthly listing in $m"""
    ms = M(first, last)
    return f"US imports of {CN[c]} from {PN.get(p, p)} by month ($m, {KZ}): " + ", ".join(f"{m} {kv(p, c, m)/1e6:.0f}" for m in ms)


def KREC(p, c, m, hi=True):
    d = t.kaz()
    s = d[(d.reporter == "USA") & (d.partner == t.PARTNER.get(p, p)) & (d.cmd_code == c)].copy()
    s["m"] = s.date.str[:7]
    s = s.set_index("m").value_usd
    v = s[m]
    prev = s[s.index < m]
    cmp = prev[prev >= v] if hi else prev[prev <= v]
    last = cmp.index.max() if len(cmp) else f"none since series start {s.index.min()}"
    word = "higher or equal" if hi else "lower or equal"
    return f"{K(p, c, m)}; last earlier month {word}: {last}" + (f" (${cmp[last]/1e6:.0f}m)" if len(cmp) else "")


def TW(dest, y, dest2=None, y2=None):
    v = t.tw(dest, y)
    tot = t.tw(None, y)
    yl = "Jan-Jul 2025 (preliminary; the file's only 2025 months)" if y == 2025 else str(y)
    s = f"Taiwan customs HS 8542 exports to {dest or 'World (all destinations)'}, {yl}: ${v/1e9:.2f} bn (taiwan_exports_by_country_2013_2025.csv, sum over 11-digit lines)"
    if dest:
        s += f"; share of World ${tot/1e9:.2f} bn = {100*v/tot:.1f}%"
    if y2 is not None or dest2 is not None:
        d2 = dest2 if dest2 is not None else dest
        yy = y2 if y2 is not None else y
        v2 = t.tw(d2, yy)
        s += f"; vs {d2 or 'World'} {yy}: ${v2/1e9:.2f} bn; ratio {v/v2:.3f}, change {100*(v/v2-1):+.1f}%"
    return s


def WD(rep, y, y2=None):
    v = t.world(rep, y)
    tot = t.world(None, y)
    r = t.wld()
    r = r[r.refYear == str(y)].groupby("reporterDesc").v.sum().sort_values(ascending=False)
    s = f"All-reporters HS 8542 exports to World, {y}: {rep or 'all reporters'} ${v/1e9:.1f} bn (ic_exports_world_HS8542_raw.csv)"
    if rep:
        s += f"; world total ${tot/1e9:.1f} bn ({len(r)} reporters); share {100*v/tot:.1f}%; rank {list(r.index).index(rep)+1}"
    if y2:
        v2 = t.world(rep, y2)
        s += f"; {y2}: ${v2/1e9:.1f} bn; change {100*(v/v2-1):+.1f}%"
    return s


def SE(period, region, p2=None, r2=None):
    v = t.semi(period, region)
    s = f"SEMI billings {region} {period}: ${v} bn (semi_equipment_billings_by_region.csv)"
    if p2 or r2:
        v2 = t.semi(p2 or period, r2 or region)
        s += f"; {r2 or region} {p2 or period}: ${v2} bn; ratio {v/v2:.3f} ({100*(v/v2-1):+.1f}%)"
    return s


def CU(y, y2=None):
    v = t.china_from_us(y)
    s = f"China imports of HS 8542 from the US, {y}: ${v/1e9:.2f} bn (comtrade_china_imports_from_us_8542_annual csv, partner2Code 0 row)"
    if y2:
        v2 = t.china_from_us(y2)
        s += f"; {y2}: ${v2/1e9:.2f} bn; change {100*(v/v2-1):+.1f}%"
    return s


def REP(f, **m):
    rows = t.reported(f, **m)
    r = rows[0]
    keys = [k for k in ("period_label", "reporter", "partner", "product_as_reported", "measure", "value", "value_as_printed", "unit", "yoy_pct", "yoy_as_printed") if k in r]
    return f"{f.split('/')[0]}: " + "; ".join(f"{k}={r[k]}" for k in keys)


GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
LITHO = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
