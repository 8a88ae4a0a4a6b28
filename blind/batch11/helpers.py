"""Truth-string helpers for batch 11: every figure comes from truth.py look-ups in the raw files."""
import truth as t

NAMES = {"World": "World", "China": "China", "TW": "Other Asia, nes (Taiwan)", "KR": "Rep. of Korea",
         "VN": "Viet Nam", "Malaysia": "Malaysia", "Japan": "Japan"}
KF = "comtrade_monthly_semis_kazookat.csv, reporter USA, flow M"


def kv(p, c, a, b=None):
    return t.k("USA", p, c, t.months(a, b or a))


def K(p, c, a, b=None):
    v = kv(p, c, a, b)
    per = a if not b or b == a else f"{a}..{b}"
    return f"{KF}, partner {NAMES.get(p, p)}, cmd {c}, {per}: sum value_usd = ${v/1e9:.3f}bn ({v:,.0f})"


def KC(p, c, a1, b1, a0, b0):
    v1, v0 = kv(p, c, a1, b1), kv(p, c, a0, b0)
    return (f"{KF}, partner {NAMES.get(p, p)}, cmd {c}: {a1}..{b1} = ${v1/1e9:.3f}bn vs {a0}..{b0} = ${v0/1e9:.3f}bn; "
            f"change {100*(v1/v0-1):+.1f}%, ratio {v1/v0:.2f}x")


def KS(p, c, a, b):
    v, w = kv(p, c, a, b), kv("World", c, a, b)
    return f"{KF}, cmd {c}, {a}..{b}: {NAMES.get(p, p)} ${v/1e9:.3f}bn / World ${w/1e9:.3f}bn = {100*v/w:.1f}%"


def Kseries(p, c):
    d = t.kaz()
    s = d[(d.reporter == "USA") & (d.flow == "M") & (d.partner == t.PARTNER.get(p, p)) & (d.cmd_code == c)]
    return s.set_index(s.date.str[:7]).value_usd.sort_index()


def Kmax(p, c, note=""):
    s = Kseries(p, c)
    top = s.sort_values(ascending=False).head(3)
    return (f"{KF}, partner {NAMES.get(p, p)}, cmd {c}: series {s.index[0]}..{s.index[-1]} ({len(s)} months); "
            f"largest months " + ", ".join(f"{i} ${v/1e9:.3f}bn" for i, v in top.items()) + (f"; {note}" if note else ""))


def Kyoy(p, c, a, b):
    s = Kseries(p, c)
    out = []
    for m in t.months(a, b):
        y0 = f"{int(m[:4])-1}{m[4:]}"
        out.append(f"{m} {100*(s[m]/s[y0]-1):+.1f}%")
    return f"{KF}, partner {NAMES.get(p, p)}, cmd {c}: y/y by month " + ", ".join(out)


def Kmom(p, c, a, b):
    s = Kseries(p, c)
    ms = t.months(a, b)
    out = []
    for m in ms:
        i = list(s.index).index(m)
        out.append(f"{m} ${s[m]/1e9:.3f}bn ({100*(s[m]/s.iloc[i-1]-1):+.1f}% m/m)")
    return f"{KF}, partner {NAMES.get(p, p)}, cmd {c}: " + ", ".join(out)


TWF = "taiwan_exports_by_country_2013_2025.csv, sum of 8542 lines"


def TW(dest, y):
    v = t.tw(dest, y)
    return f"{TWF}, destination {dest or 'all (World)'}, {y}{' (Jan-Jul prelim.)' if y == 2025 else ''}: ${v/1e9:.2f}bn"


def TWC(dest, y1, y0):
    v1, v0 = t.tw(dest, y1), t.tw(dest, y0)
    return f"{TWF}, destination {dest or 'World'}: {y1} ${v1/1e9:.2f}bn vs {y0} ${v0/1e9:.2f}bn; change {100*(v1/v0-1):+.1f}%, ratio {v1/v0:.2f}x"


def TWS(dests, y):
    v = sum(t.tw(d, y) for d in dests)
    w = t.tw(None, y)
    return f"{TWF}, {y}: {'+'.join(dests)} ${v/1e9:.2f}bn / all destinations ${w/1e9:.2f}bn = {100*v/w:.1f}%"


def TWR(y, n=8):
    c = t.twc()
    s = c[c.Year == y].groupby("Country").USD.sum().sort_values(ascending=False).head(n)
    inv = {v: k for k, v in t.TW_DEST.items()}
    return f"{TWF}, {y}, ranking of all destinations: " + ", ".join(f"{i+1}. {inv.get(k, k)} ${v/1e9:.2f}bn" for i, (k, v) in enumerate(s.items()))


WF = "ic_exports_world_HS8542_raw.csv (exports to World, all reporters of the year)"


def W(rep, y):
    v = t.world(rep, y)
    return f"{WF}, {rep or 'sum of all reporters'}, {y}: ${v/1e9:.2f}bn"


def WS(rep, y):
    v, w = t.world(rep, y), t.world(None, y)
    n = t.wld()[t.wld().refYear == str(y)].reporterDesc.nunique()
    return f"{WF}, {y}: {rep} ${v/1e9:.2f}bn / all {n} reporters ${w/1e9:.1f}bn = {100*v/w:.1f}%"


def WC(rep, y1, y0):
    v1, v0 = t.world(rep, y1), t.world(rep, y0)
    return f"{WF}, {rep}: {y1} ${v1/1e9:.2f}bn vs {y0} ${v0/1e9:.2f}bn; change {100*(v1/v0-1):+.1f}%"


def WR(y, n=6):
    r = t.wld()
    s = r[r.refYear == str(y)].groupby("reporterDesc").v.sum().sort_values(ascending=False).head(n)
    return f"{WF}, {y} ranking: " + ", ".join(f"{i+1}. {k} ${v/1e9:.1f}bn" for i, (k, v) in enumerate(s.items()))


CF = "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv, partner2Code 0"


def CN(y):
    return f"{CF}, {y}: ${t.china_from_us(y)/1e9:.3f}bn"


def CNC(y1, y0):
    v1, v0 = t.china_from_us(y1), t.china_from_us(y0)
    return f"{CF}: {y1} ${v1/1e9:.3f}bn vs {y0} ${v0/1e9:.3f}bn; change {100*(v1/v0-1):+.1f}%, ratio {v1/v0:.2f}x"


def CNall():
    return f"{CF}: " + ", ".join(f"{y} ${t.china_from_us(y)/1e9:.2f}bn" for y in range(2010, 2025))


SF = "semi_equipment_billings_by_region.csv"


def S(per, reg):
    return f"{SF}, {per} {reg}: ${t.semi(per, reg):.2f}bn"


def SC(reg, p1, p0):
    v1, v0 = t.semi(p1, reg), t.semi(p0, reg)
    return f"{SF}, {reg}: {p1} ${v1:.2f}bn vs {p0} ${v0:.2f}bn; change {100*(v1/v0-1):+.1f}%, ratio {v1/v0:.2f}x"


def SS(per, reg):
    v, w = t.semi(per, reg), t.semi(per, "Total")
    return f"{SF}, {per}: {reg} ${v:.2f}bn / Total ${w:.2f}bn = {100*v/w:.1f}%"


def REP(folder_file, **m):
    rows = t.reported(folder_file, **m)
    r = rows[0]
    keys = [k for k in ("period_label", "period", "region", "partner", "measure", "value", "value_as_printed", "unit", "yoy_pct", "yoy_as_printed") if k in r]
    return f"{folder_file}: " + "; ".join(f"{k}={r[k]}" for k in keys)


def RANK(c, a, b):
    parts = ["TW", "Malaysia", "VN", "KR", "China", "Japan"]
    vals = sorted(((kv(p, c, a, b), p) for p in parts), reverse=True)
    w = kv("World", c, a, b)
    rest = w - sum(v for v, _ in vals)
    return (f"{KF}, cmd {c}, {a}..{b}: partners in the store ranked " + ", ".join(f"{i+1}. {NAMES[p]} ${v/1e9:.3f}bn" for i, (v, p) in enumerate(vals))
            + f"; World ${w/1e9:.3f}bn; World minus the six = ${rest/1e9:.3f}bn")
