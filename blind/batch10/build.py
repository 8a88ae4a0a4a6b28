"""Build blind batch 10: texts and verdicts by hand, truths from truth.py look-ups."""
import json, re
from pathlib import Path
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # blind/truth.py: the lead removed this batch's copy (identical but for its DATA path)
import truth as t  # noqa: E402

HERE = Path(__file__).parent
KINDS = {"amount","change","multiple","direction","share","rank","record","streak","count","not_trade"}
VERDS = {"supported","contradicted","consistent","not_checkable"}

def K(p, c, a, b=None):
    b = b or a
    v = t.k("USA", p, c, t.months(a, b))
    return f"{v/1e9:.3f} bn USD: comtrade_monthly_semis_kazookat, USA imports from {p} HS{c}, sum value_usd {a}..{b}"
def KY(p, c, y): return K(p, c, f"{y}-01", f"{y}-12")
def TW(d, y):
    return f"{t.tw(d,y)/1e9:.3f} bn USD: taiwan customs 8542 exports to {d or 'World (all destinations)'} {y}, sum of 11-digit lines"
def TWS(d, y):
    return f"{t.tw(d,y)/t.tw(None,y)*100:.1f}% = {t.tw(d,y)/1e9:.3f}/{t.tw(None,y)/1e9:.3f} bn (taiwan customs 8542, {d}/World {y})"
def SM(p, r): return f"{t.semi(p, r):.1f} bn USD: SEMI billings {p} {r} (semi_equipment_billings_by_region.csv)"
def CN(y): return f"{t.china_from_us(y)/1e9:.3f} bn USD: Comtrade China imports from US HS8542 {y}, partner2=0 row"
def R(x, y, what): return f"ratio {x/y:.3f} ({what})"
def kv(p,c,a,b=None): return t.k("USA",p,c,t.months(a,b or a))
def ky(p,c,y): return kv(p,c,f"{y}-01",f"{y}-12")
NT = "non-trade / not in store"

S = []
def s(date, text, *labels):
    S.append({"id": f"s{len(S)+1:02d}", "date": date, "text": text,
              "labels": [dict(quote=q, occurrence=o, kind=k, verdict=v, truth=tr, note=n) for q,o,k,v,tr,n in labels]})
def L(q,k,v,tr,n="",o=1): return (q,o,k,v,tr,n)

P1, P2 = 854231, 854232
# --- amounts, bounds
s("2025-02-20","US imports of Taiwanese processors reached $8.1bn in 2024, customs data show.",
  L("$8.1bn","amount","supported",KY("TW",P1,2024)))
s("2026-02-15","Taiwan shipped $10.2bn of processors and controllers to the US last year (2025), a fresh high for the island's logic exporters.",
  L("$10.2bn","amount","supported",KY("TW",P1,2025)),
  L("a fresh high","record","consistent",R(ky("TW",P1,2025),ky("TW",P1,2024),"2025/2024; series starts 2016-11, highest full year in the series"),"unbounded record -> consistent"))
s("2026-02-15","American buyers took more than $12bn of Taiwanese logic chips in 2025.",
  L("more than $12bn","amount","contradicted",KY("TW",P1,2025),"10.2bn, well below 12"))
s("2026-03-01","Malaysia's processor shipments to the US came to roughly $9.3bn in 2025 (2024: $7.7bn).",
  L("roughly $9.3bn","amount","supported",KY("Malaysia",P1,2025)),
  L("$7.7bn","amount","supported",KY("Malaysia",P1,2024)))
s("2026-03-01","US memory-chip imports from Korea were just under $600mn last year.",
  L("just under $600mn","amount","supported",KY("KR",P2,2025),"0.58bn within 5% below"))
s("2025-01-20","The peninsula sold US$430mn of memories to American customers in 2024, up from US$240mn in 2023.",
  L("US$430mn","amount","supported",KY("KR",P2,2024),"'the peninsula' = Korea"),
  L("US$240mn","amount","supported",KY("KR",P2,2023)))
s("2026-01-25","Vietnam's processor exports to the US slipped to nearly $1bn in 2025.",
  L("nearly $1bn","amount","supported",KY("VN",P1,2025)),
  L("slipped","direction","supported",R(ky("VN",P1,2025),ky("VN",P1,2024),"2025/2024")))
s("2026-01-25","Hanoi's logic-chip sales to America topped $1.5bn in 2025, trade officials said.",
  L("topped $1.5bn","amount","contradicted",KY("VN",P1,2025),"0.98bn"))
s("2024-02-10","US processor imports from Vietnam were about $1.7bn in 2023.",
  L("about $1.7bn","amount","supported",KY("VN",P1,2023)))
s("2024-02-10","Vietnamese processor shipments to the US hit $2.5bn in 2020, the peak of the pandemic boom.",
  L("$2.5bn","amount","supported",KY("VN",P1,2020)))
s("2026-02-01","Total US imports of processors and controllers came to $32.6bn in 2025 [2024: $28.4bn].",
  L("$32.6bn","amount","supported",KY("World",P1,2025)),
  L("$28.4bn","amount","supported",KY("World",P1,2024)))
s("2026-02-01","America's processor import bill rose to $36bn last year.",
  L("$36bn","amount","contradicted",KY("World",P1,2025),"32.6bn, off ~10%"))
s("2026-02-01","US memory imports from all sources were up to $2.5bn in 2025.",
  L("up to $2.5bn","amount","supported",KY("World",P2,2025),"2.32 below 2.5"))
s("2025-02-05","US imports of Chinese processors were around $860mn in 2024.",
  L("around $860mn","amount","supported",KY("China",P1,2024)))
s("2025-02-05","Chinese processor shipments to the US exceeded $1.2bn in 2024, according to a Beijing-based analyst.",
  L("exceeded $1.2bn","amount","contradicted",KY("China",P1,2024)))
s("2026-02-10","Japan's memory exports to the US rose to $330mn in 2025 from $240mn.",
  L("$330mn","amount","supported",KY("Japan",P2,2025)),
  L("$240mn","amount","supported",KY("Japan",P2,2024),"'from' = prior year 2024"))
# --- changes
s("2026-02-15","Taiwan's processor exports to the US grew about 27% y/y in 2025.",
  L("about 27%","change","supported",R(ky("TW",P1,2025),ky("TW",P1,2024),"2025/2024")))
s("2025-02-20","US purchases of Taiwanese processors jumped 190% in 2024.",
  L("190%","change","supported",R(ky("TW",P1,2024),ky("TW",P1,2023),"2024/2023 -> +190%")))
s("2026-03-01","Malaysian processor shipments to the US rose 20% in 2025.",
  L("20%","change","supported",R(ky("Malaysia",P1,2025),ky("Malaysia",P1,2024),"2025/2024")))
s("2026-03-01","Malaysia's logic exports to the US surged 45% last year, the ministry said.",
  L("45%","change","contradicted",R(ky("Malaysia",P1,2025),ky("Malaysia",P1,2024),"2025/2024 = +20%")))
s("2026-01-25","Vietnamese processor sales to the US fell 24% in 2025.",
  L("24%","change","supported",R(ky("VN",P1,2025),ky("VN",P1,2024),"2025/2024")))
s("2026-02-01","US processor imports overall climbed 15% in 2025 while memory imports rose 23%.",
  L("15%","change","supported",R(ky("World",P1,2025),ky("World",P1,2024),"2025/2024")),
  L("23%","change","supported",R(ky("World",P2,2025),ky("World",P2,2024),"2025/2024")))
s("2026-02-10","Korea's processor shipments to the US dropped 34% y/y in 2025.",
  L("34%","change","supported",R(ky("KR",P1,2025),ky("KR",P1,2024),"2025/2024")))
s("2026-02-10","Seoul's chipmakers saw processor sales to America slide 10% last year.",
  L("10%","change","contradicted",R(ky("KR",P1,2025),ky("KR",P1,2024),"2025/2024 = -34%"),"'Seoul's chipmakers' = Korea"))
# --- multiples
s("2025-02-20","US imports of Taiwanese processors nearly tripled in 2024.",
  L("nearly tripled","multiple","supported",R(ky("TW",P1,2024),ky("TW",P1,2023),"2024/2023")))
s("2026-02-15","Shipments of Taiwan-made logic chips to the US have grown more than nine-fold since 2019.",
  L("more than nine-fold","multiple","supported",R(ky("TW",P1,2025),ky("TW",P1,2019),"2025/2019")))
s("2026-08-20","Korean memory exports to the US in the first seven months of 2026 were roughly 4.7 times their level a year earlier.",
  L("roughly 4.7 times","multiple","supported",R(kv("KR",P2,"2026-01","2026-07"),kv("KR",P2,"2025-01","2025-07"),"Jan-Jul 2026 / Jan-Jul 2025")))
s("2026-08-20","Taiwan's memory shipments to the US quadrupled YTD through July.",
  L("quadrupled","multiple","supported",R(kv("TW",P2,"2026-01","2026-07"),kv("TW",P2,"2025-01","2025-07"),"Jan-Jul 2026 / Jan-Jul 2025")))
s("2026-08-20","US memory imports from the world doubled in January-July 2026.",
  L("doubled","multiple","contradicted",R(kv("World",P2,"2026-01","2026-07"),kv("World",P2,"2025-01","2025-07"),"Jan-Jul 2026 / Jan-Jul 2025 ~3.2x"),"more than tripled, not doubled"))
s("2026-02-01","Vietnam's processor exports to the US have fallen by a quarter since 2020.",
  L("fallen by a quarter","change","contradicted",R(ky("VN",P1,2025),ky("VN",P1,2020),"2025/2020 = 0.39, i.e. -61%"),"-61% vs -25%"))
s("2025-02-05","Taiwan's chip exports to the US more than doubled in 2024.",
  L("more than doubled","multiple","supported",R(t.tw("US",2024),t.tw("US",2023),"Taiwan customs 8542 US 2024/2023"),"Taiwan context: chips = HS8542, Taiwan customs"))
# --- directions
s("2026-02-10","Japanese processor sales to the US edged down in 2025.",
  L("edged down","direction","supported",R(ky("Japan",P1,2025),ky("Japan",P1,2024),"2025/2024")))
s("2026-04-15","Malaysia's processor shipments to the US rose in March.",
  L("rose","direction","supported",R(kv("Malaysia",P1,"2026-03"),kv("Malaysia",P1,"2026-02"),"Mar26/Feb26 m/m")))
s("2026-07-10","Malaysian processor exports to the US plunged in May.",
  L("plunged","direction","supported",R(kv("Malaysia",P1,"2026-05"),kv("Malaysia",P1,"2026-04"),"May26/Apr26 m/m -32%")))
s("2026-05-15","US imports of Taiwanese processors fell in April.",
  L("fell","direction","supported",R(kv("TW",P1,"2026-04"),kv("TW",P1,"2026-03"),"Apr26/Mar26")))
s("2026-08-15","Korean processor shipments to the US declined in July.",
  L("declined","direction","contradicted",R(kv("KR",P1,"2026-07"),kv("KR",P1,"2026-06"),"Jul26/Jun26 rose")))
s("2026-07-15","Taiwanese processor exports to America bounced back in June.",
  L("bounced back","direction","supported",R(kv("TW",P1,"2026-06"),kv("TW",P1,"2026-05"),"Jun26/May26")))
s("2026-01-20","Chinese memory shipments to the US increased last year.",
  L("increased","direction","supported",R(ky("China",P2,2025),ky("China",P2,2024),"2025/2024")))
# --- monthly amounts
s("2026-02-20","US imports of Taiwanese processors came to $1.51bn in January, about double the level of January 2025.",
  L("$1.51bn","amount","supported",K("TW",P1,"2026-01")),
  L("about double","multiple","contradicted",R(kv("TW",P1,"2026-01"),kv("TW",P1,"2025-01"),"Jan26/Jan25 = 1.62"),"1.62x, not ~2x"))
s("2026-01-20","Taiwan's processor sales to the US hit $1.5bn in December.",
  L("$1.5bn","amount","supported",K("TW",P1,"2025-12")))
s("2025-04-20","Malaysian processor shipments to the US jumped to $1.13bn in March.",
  L("$1.13bn","amount","supported",K("Malaysia",P1,"2025-03")),
  L("jumped","direction","supported",R(kv("Malaysia",P1,"2025-03"),kv("Malaysia",P1,"2025-02"),"Mar25/Feb25")))
s("2026-07-25","Malaysia sold just $200mn of processors to American buyers in June, down from over $1bn a year earlier.",
  L("$200mn","amount","supported",K("Malaysia",P1,"2026-06")),
  L("over $1bn","amount","supported",K("Malaysia",P1,"2025-06")))
s("2026-08-25","Korean processor exports to the US reached $160mn in July (m/m: +7%).",
  L("$160mn","amount","supported",K("KR",P1,"2026-07")),
  L("+7%","change","supported",R(kv("KR",P1,"2026-07"),kv("KR",P1,"2026-06"),"Jul26/Jun26")))
s("2026-06-20","Taiwanese processor shipments to the US were $1.6bn in May.",
  L("$1.6bn","amount","contradicted",K("TW",P1,"2026-05"),"1.16bn"))
# --- YTD
s("2026-08-20","Through July, Taiwan's processor exports to the US totalled $9.1bn, up 69% y/y.",
  L("$9.1bn","amount","supported",K("TW",P1,"2026-01","2026-07")),
  L("69%","change","supported",R(kv("TW",P1,"2026-01","2026-07"),kv("TW",P1,"2025-01","2025-07"),"Jan-Jul 26/25")))
s("2026-08-20","In the first seven months, Malaysia's processor shipments to the US fell 30% to $3.65bn.",
  L("30%","change","supported",R(kv("Malaysia",P1,"2026-01","2026-07"),kv("Malaysia",P1,"2025-01","2025-07"),"Jan-Jul 26/25")),
  L("$3.65bn","amount","supported",K("Malaysia",P1,"2026-01","2026-07")))
s("2026-08-20","YTD US processor imports from all sources were near $22bn through July.",
  L("near $22bn","amount","supported",K("World",P1,"2026-01","2026-07")))
s("2026-08-20","Vietnam's US-bound processor exports for January to July 2026 were $1.4bn.",
  L("$1.4bn","amount","contradicted",K("VN",P1,"2026-01","2026-07"),"1.01bn"))
s("2026-08-20","Korean memory sales to the US reached $1.5bn in the first seven months, more than the whole of 2024 and 2025 combined.",
  L("$1.5bn","amount","supported",K("KR",P2,"2026-01","2026-07")),
  L("more than the whole of 2024 and 2025 combined","amount","supported",f"{(ky('KR',P2,2024)+ky('KR',P2,2025))/1e9:.3f} bn = KR HS854232 2024+2025"))
s("2026-05-10","US processor imports from China through March were $0.15bn.",
  L("$0.15bn","amount","supported",K("China",P1,"2026-01","2026-03")))
# --- streaks
s("2026-08-20","US imports of Taiwanese processors have stayed above $1bn every month since November.",
  L("above $1bn every month since November","streak","supported","monthly Nov25..Jul26 all >1bn: "+", ".join(f"{kv('TW',P1,m)/1e9:.2f}" for m in t.months('2025-11','2026-07'))))
s("2026-08-20","Malaysian processor shipments to the US have been below $700mn for four straight months.",
  L("below $700mn for four straight months","streak","supported","Apr-Jul26: "+", ".join(f"{kv('Malaysia',P1,m)/1e9:.2f}" for m in t.months('2026-04','2026-07'))))
s("2026-08-20","Korea's processor exports to the US have topped $100mn each month since March.",
  L("topped $100mn each month since March","streak","contradicted","Mar-Jul26: "+", ".join(f"{kv('KR',P1,m)/1e9:.3f}" for m in t.months('2026-03','2026-07')),"March was 0.08bn"))
s("2025-12-20","Taiwan's processor sales to the US held above $600mn in every month of 2025 so far.",
  L("above $600mn in every month of 2025","streak","supported","Jan-Nov25: "+", ".join(f"{kv('TW',P1,m)/1e9:.4f}" for m in t.months('2025-01','2025-11')),"lowest Sep 0.6035bn, still above"))
# --- records
s("2026-02-20","January's $1.51bn in US imports of Taiwanese processors was the highest monthly figure since at least 2017.",
  L("the highest monthly figure since at least 2017","record","supported","max over 2017-01..2025-12 = "+f"{max(kv('TW',P1,m) for m in t.months('2017-01','2025-12'))/1e9:.3f} bn vs Jan26 {kv('TW',P1,'2026-01')/1e9:.3f}"),
  L("$1.51bn","amount","supported",K("TW",P1,"2026-01")))
s("2026-07-25","June's Malaysian processor figure was the weakest month since at least 2017.",
  L("the weakest month since at least 2017","record","supported","min over 2017-01..2026-05 = "+f"{min(kv('Malaysia',P1,m) for m in t.months('2017-01','2026-05'))/1e9:.3f} bn vs Jun26 {kv('Malaysia',P1,'2026-06')/1e9:.3f}"))
s("2026-02-01","US processor imports in 2025 were the highest in at least eight years.",
  L("the highest in at least eight years","record","supported","annual 2017..2024 max "+f"{max(ky('World',P1,y) for y in range(2017,2025))/1e9:.2f}"+" bn < "+KY("World",P1,2025)))
s("2026-02-15","Taiwan's 2025 total of processor exports to the US was a record.",
  L("a record","record","consistent",KY("TW",P1,2025)+"; series from 2016-11","unbounded record"))
# --- Taiwan customs shares/ranks
s("2025-01-25","China took 29% of Taiwan's integrated-circuit exports in 2024, with Hong Kong at 22%.",
  L("29%","share","supported",TWS("China",2024)),
  L("22%","share","supported",TWS("Hong Kong",2024)))
s("2025-01-25","Mainland China and Hong Kong together absorbed more than half of the island's chip exports last year.",
  L("more than half","share","supported",f"{(t.tw('China',2024)+t.tw('Hong Kong',2024))/t.tw(None,2024)*100:.1f}% (China+HK / World 2024, taiwan customs)","'the island' = Taiwan"))
s("2025-01-25","Singapore was the third-largest destination for Taiwanese chips in 2024.",
  L("third-largest","rank","supported","ranks 2024: "+", ".join(f"{c}={v/1e9:.1f}" for c,v in t.twc()[t.twc().Year==2024].groupby('Country').USD.sum().sort_values(ascending=False).head(5).items())))
s("2025-01-25","The US took 4.5% of Taiwan's chip exports in 2024, up from 2.1% in 2023.",
  L("4.5%","share","supported",TWS("US",2024)),
  L("2.1%","share","supported",TWS("US",2023)))
s("2025-01-25","Japan's share of Taiwan's IC exports fell to 10% in 2024.",
  L("10%","share","contradicted",TWS("Japan",2024),"6.3%"))
s("2025-01-25","Taiwan's integrated-circuit exports totalled $165bn in 2024, little changed from $166.6bn in 2023.",
  L("$165bn","amount","supported",TW(None,2024)),
  L("$166.6bn","amount","supported",TW(None,2023)),
  L("little changed","direction","supported",R(t.tw(None,2024),t.tw(None,2023),"2024/2023")))
s("2024-02-01","Taiwan's chip exports to Malaysia rose 81% in 2023 versus 2020.",
  L("81%","change","supported",R(t.tw("Malaysia",2023),t.tw("Malaysia",2020),"2023/2020")))
s("2025-01-25","Shipments of Taiwanese ICs to Vietnam hit $4.35bn in 2024, up 58%.",
  L("$4.35bn","amount","supported",TW("Vietnam",2024)),
  L("58%","change","supported",R(t.tw("Vietnam",2024),t.tw("Vietnam",2023),"2024/2023")))
s("2025-01-25","Taiwan's chip exports to Korea climbed to $16bn in 2024.",
  L("$16bn","amount","contradicted",TW("Korea",2024),"13.4bn"))
s("2021-02-01","Taiwan's IC exports to Hong Kong came to about $33bn in 2020.",
  L("about $33bn","amount","supported",TW("Hong Kong",2020)))
# --- SEMI
s("2025-04-15","China accounted for 42% of global chip-equipment billings in 2024, per SEMI.",
  L("42%","share","supported",f"{t.semi('2024','China')/t.semi('2024','Total')*100:.1f}% = {t.semi('2024','China')}/{t.semi('2024','Total')} SEMI 2024"))
s("2025-04-15","Korea was the second-largest equipment market at $20.5bn, ahead of Taiwan's $16.6bn.",
  L("second-largest","rank","supported","SEMI 2024 regions: China 49.6, Korea 20.5, Taiwan 16.6, N America 13.7"),
  L("$20.5bn","amount","supported",SM("2024","Korea")),
  L("$16.6bn","amount","supported",SM("2024","Taiwan")))
s("2025-04-15","Global equipment billings rose 10% to $117.1bn in 2024.",
  L("10%","change","supported",R(t.semi('2024','Total'),t.semi('2023','Total'),"SEMI Total 2024/2023")),
  L("$117.1bn","amount","supported",SM("2024","Total")))
s("2025-04-15","North American fabs spent $19bn on tools in 2024, SEMI said.",
  L("$19bn","amount","contradicted",SM("2024","North America"),"13.7bn"))
s("2025-04-15","Japan's equipment billings were under $8bn in 2024.",
  L("under $8bn","amount","supported",SM("2024","Japan")))
# --- China imports from US
s("2025-06-01","China's IC imports from the US rebounded 41% to $11.8bn in 2024.",
  L("41%","change","supported",R(t.china_from_us(2024),t.china_from_us(2023),"China imports from US 2024/2023")),
  L("$11.8bn","amount","supported",CN(2024)))
s("2025-06-01","That still trails 2020, when Beijing bought $14.2bn of American chips.",
  L("$14.2bn","amount","supported",CN(2020),"China-imports context: chips = HS8542 via China's Comtrade report"))
s("2024-06-01","Chinese purchases of US integrated circuits fell to $6bn in 2023.",
  L("$6bn","amount","contradicted",CN(2023),"8.31bn"))
# --- mirror / context
s("2026-02-15","Taiwan's processor exports to the US reached $10.2bn in 2025. Malaysia's were $9.3bn.",
  L("$10.2bn","amount","supported",KY("TW",P1,2025)),
  L("$9.3bn","amount","supported",KY("Malaysia",P1,2025),"carries product/partner/year from previous sentence"))
s("2026-03-10","Vietnam sold $1.28bn of processors to the US in 2024. The following year the figure dropped to $0.6bn.",
  L("$1.28bn","amount","supported",KY("VN",P1,2024)),
  L("$0.6bn","amount","contradicted",KY("VN",P1,2025),"0.98bn"))
s("2026-02-10","Korea's memory exports to the US rose to $580mn in 2025. Japan's climbed to $330mn, a gain of about 40%.",
  L("$580mn","amount","supported",KY("KR",P2,2025)),
  L("$330mn","amount","supported",KY("Japan",P2,2025)),
  L("about 40%","change","supported",R(ky("Japan",P2,2025),ky("Japan",P2,2024),"Japan 2025/2024")))
s("2026-03-05","Malaysia's processor exports to the US were about $9.3bn last year, according to US data, roughly a third more than the $7bn Kuala Lumpur reported.",
  L("about $9.3bn","amount","supported",KY("Malaysia",P1,2025)),
  L("$7bn","amount","not_checkable","Malaysian-reported figure for 2025 to the US not in store (MYS series is to World only)","mirror figure"),
  L("roughly a third more","change","not_checkable","depends on the $7bn figure not in store"))
s("2026-03-05","Malaysia's own statistics show processor exports to the world, while the US records only what it imports.",)
# --- echoes 2020
s("2026-02-01","Vietnam's 2025 slide echoes 2023, when its processor shipments to the US also fell.",
  L("fell","direction","supported",R(ky("VN",P1,2023),ky("VN",P1,2022),"2023/2022")))
s("2026-02-10","The rebound in Korean memory sales mirrors 2021, when they nearly doubled.",
  L("nearly doubled","multiple","supported",R(ky("KR",P2,2021),ky("KR",P2,2020),"2021/2020")))
# --- not checkable
s("2026-03-01","TSMC's Arizona fab will make 2nm chips by 2028, the company said.",
  L("2nm","not_trade","not_checkable",NT,"technology node"))
s("2025-04-05","Washington slapped a 25% tariff on some chip imports in April.",
  L("25%","not_trade","not_checkable",NT,"tariff rate"))
s("2025-09-01","Samsung plans to hire 1,200 engineers for its Texas plant.",
  L("1,200","count","not_checkable",NT,"headcount"))
s("2025-10-01","Malaysia's National Semiconductor Strategy pledges RM25bn in fiscal support.",
  L("RM25bn","not_trade","not_checkable",NT,"subsidy, other currency"))
s("2026-03-20","Korea's chip exports hit 170 trillion won last year, ministry officials said.",
  L("170 trillion won","amount","not_checkable","other currency; not in store in won","other currency"))
s("2026-03-20","US imports of chips from Taiwan rose 30% in 2025.",
  L("30%","change","not_checkable","US 'chips' = HS8542, US series cover 854231/854232 only","README rule: US chips general -> not_checkable"))
s("2025-05-01","The CHIPS Act set aside $52.7bn in subsidies.",
  L("$52.7bn","not_trade","not_checkable",NT,"subsidy"))
s("2026-04-01","Vietnam aims to train 50,000 chip engineers by 2030.",
  L("50,000","count","not_checkable",NT,"headcount target"))
s("2026-02-01","Nvidia's data-centre revenue grew 90% y/y in the quarter.",
  L("90%","not_trade","not_checkable",NT,"company figure"))
s("2026-06-01","The island's chip exports to the US were worth NT$300bn in the first quarter.",
  L("NT$300bn","amount","not_checkable","other currency; Taiwan customs in store is annual USD","other currency"))
s("2026-09-01","US processor imports from Thailand grew strongly in 2025.",
  L("grew strongly","direction","not_checkable","no USA-Thailand series in store"))
s("2026-02-01","Korea's processor exports to Vietnam rose 12% in 2025.",
  L("12%","change","not_checkable","Korean bilateral exports to Vietnam not in store"))
# --- consistent (coarser data)
s("2025-03-01","Taiwan's chip exports to the US were above $500mn in December 2024.",
  L("above $500mn","amount","consistent",TW("US",2024)+"; only annual Taiwan customs data","monthly claim, annual data 7.4bn makes it plausible but unproven"))
s("2025-01-25","The US ranked ninth among Taiwan's chip destinations in 2024.",
  L("ninth","rank","contradicted","ranks 2024: "+", ".join(f"{i+1}.{c}={v/1e9:.2f}" for i,(c,v) in enumerate(t.twc()[t.twc().Year==2024].groupby('Country').USD.sum().sort_values(ascending=False).head(12).items())),"US is 7th, not ninth; all destinations in file -> definite"))
s("2025-06-10","In the first half of 2024 Taiwan's chip exports to Vietnam were at least $1bn.",
  L("at least $1bn","amount","consistent",TW("Vietnam",2024)+"; annual only","half-year claim vs annual data"))
s("2026-02-15","Taiwan overtook Malaysia as the largest source of US processor imports in 2025.",
  L("the largest source","rank","consistent","2025: TW "+f"{ky('TW',P1,2025)/1e9:.2f}"+", MY "+f"{ky('Malaysia',P1,2025)/1e9:.2f}"+"; only 6 partners in store","rank among partners in store only"),
  L("overtook","direction","contradicted","2024: TW "+f"{ky('TW',P1,2024)/1e9:.2f}"+" already above MY "+f"{ky('Malaysia',P1,2024)/1e9:.2f}","Taiwan was already ahead in 2024, so no overtaking in 2025"))
s("2025-03-01","Taiwanese IC shipments to the US probably topped $1bn in the final quarter of 2024.",
  L("topped $1bn","amount","consistent",TW("US",2024)+"; annual only","quarterly claim vs annual 7.4bn"))
s("2026-03-01","Vietnam's logic-chip exports to the US, at $0.98bn in 2025, were barely a tenth of Taiwan's.",
  L("$0.98bn","amount","supported",KY("VN",P1,2025)),
  L("barely a tenth","share","supported",R(ky("VN",P1,2025),ky("TW",P1,2025),"VN/TW 2025 = 0.096")))

s("2025-02-20","Korean processor exports to the US rose to $1.5bn in 2024.",
  L("$1.5bn","amount","contradicted",KY("KR",P1,2024),"1.15bn"))
s("2025-02-20","Japan's processor shipments to the US were around $600mn in 2024, flat on the year.",
  L("around $600mn","amount","contradicted",KY("Japan",P1,2024),"0.42bn"),
  L("flat","direction","contradicted",R(ky("Japan",P1,2024),ky("Japan",P1,2023),"2024/2023 = -19%")))
s("2026-04-20","US memory imports from Taiwan jumped 60% in 2025.",
  L("60%","change","contradicted",R(ky("TW",P2,2025),ky("TW",P2,2024),"2025/2024 = +25%")))
s("2025-03-15","China's share of Taiwan's integrated-circuit exports climbed to 35% in 2024.",
  L("35%","share","contradicted",TWS("China",2024)))
s("2025-04-15","SEMI put Taiwan's equipment billings at $22bn in 2024, making it the top market outside China.",
  L("$22bn","amount","contradicted",SM("2024","Taiwan"),"16.6"),
  L("the top market outside China","rank","contradicted","SEMI 2024: Korea 20.5 > Taiwan 16.6"))
s("2026-08-20","In the year to July, US processor imports from Taiwan were more than triple those from Malaysia.",
  L("more than triple","multiple","contradicted",R(kv("TW",P1,"2026-01","2026-07"),kv("Malaysia",P1,"2026-01","2026-07"),"TW/MY Jan-Jul26 = 2.49"),"2.5x"))
s("2026-02-10","The US bought about $2bn of Vietnamese processors in 2025, officials in Hanoi said.",
  L("about $2bn","amount","contradicted",KY("VN",P1,2025),"0.98bn; Hanoi = Vietnam"))
s("2026-02-10","Chinese processor sales to the US slumped 25% in 2025.",
  L("25%","change","contradicted",R(ky("China",P1,2025),ky("China",P1,2024),"2025/2024 = +1%")))

# --- world export table (all reporters, 2023)
def WL(r, y): return f"{t.world(r,y)/1e9:.2f} bn USD: ic_exports_world_HS8542_raw.csv reporter {r or 'ALL (sum of all reporters)'} {y}"
s("2024-09-01","Taiwan shipped about $166bn of integrated circuits worldwide in 2023, second only to Hong Kong's $194bn re-export hub.",
  L("about $166bn","amount","supported",WL("Other Asia, nes",2023)),
  L("$194bn","amount","supported",WL("China, Hong Kong SAR",2023)),
  L("second only to","rank","supported","2023 reporters ranked: HK 193.5, Other Asia nes 166.5, China 136.3, Singapore 104.5"))
s("2024-09-01","The island accounted for roughly 17.5% of world chip exports in 2023, against about 9% for Korea.",
  L("roughly 17.5%","share","supported",f"{t.world('Other Asia, nes',2023)/t.world(None,2023)*100:.2f}% = Other Asia nes / all reporters 2023"),
  L("about 9%","share","supported",f"{t.world('Rep. of Korea',2023)/t.world(None,2023)*100:.2f}% = Korea / all reporters 2023"))
s("2024-09-01","Mainland China's IC exports reached $170bn in 2023, making it the largest exporter.",
  L("$170bn","amount","contradicted",WL("China",2023),"136.3bn"),
  L("the largest exporter","rank","contradicted","China third behind HK and Taiwan in 2023"))
s("2024-09-01","Malaysia's chip exports were close to $75bn in 2023, ahead of the US at around $44bn.",
  L("close to $75bn","amount","supported",WL("Malaysia",2023)),
  L("around $44bn","amount","supported",WL("USA",2023)))

A = []
def art(aid, date, text, *labels):
    (HERE/"articles").mkdir(exist_ok=True)
    (HERE/"articles"/f"{aid}.md").write_text(text)
    A.append({"id": aid, "file": f"articles/{aid}.md", "date": date,
              "labels": [dict(quote=q, occurrence=o, kind=k, verdict=v, truth=tr, note=n) for q,o,k,v,tr,n in labels]})

art("a1","2026-08-25","""# Taiwan's logic-chip shipments to US keep breaking records

Taiwan's processor exports to the United States totalled $9.1bn in the first seven months of 2026, US import data show, already close to the $10.2bn recorded for the whole of last year.

The YTD figure was up 69% y/y, as hyperscalers in Texas and California pulled forward orders for AI servers ahead of possible tariffs.

Monthly shipments have stayed above $1bn since November. The peak came in January, when the island sold $1.51bn of processors to American buyers, the highest monthly figure since at least 2017.

July's reading of $1.12bn was down from June, although it was still well ahead of the $640mn of July 2025.

"Our customers are building capacity as fast as they can," an official at the Ministry of Economic Affairs said, adding that 2nm production in Hsinchu would start within months.

Memory is a smaller but faster-growing line. Taiwanese memory shipments to the US came to $1.44bn through July, almost four times the level a year earlier.

By comparison, Korea's processor sales to the US were only $1.2bn over the same seven months.

Analysts at one Taipei brokerage expect the full-year total to exceed $15bn, which would be about 50% more than in 2025.
""",
  L("breaking records","record","consistent","Jan26 1.511bn highest month of series from 2016-11; unbounded","unbounded record -> consistent"),
  L("$9.1bn","amount","supported",K("TW",P1,"2026-01","2026-07")),
  L("$10.2bn","amount","supported",KY("TW",P1,2025)),
  L("69%","change","supported",R(kv("TW",P1,"2026-01","2026-07"),kv("TW",P1,"2025-01","2025-07"),"Jan-Jul 26/25")),
  L("above $1bn since November","streak","supported","Nov25..Jul26 monthly all >1bn"),
  L("$1.51bn","amount","supported",K("TW",P1,"2026-01")),
  L("the highest monthly figure since at least 2017","record","supported","max 2017-01..2025-12 = "+f"{max(kv('TW',P1,m) for m in t.months('2017-01','2025-12'))/1e9:.3f} bn"),
  L("$1.12bn","amount","supported",K("TW",P1,"2026-07")),
  L("down","direction","supported",R(kv("TW",P1,"2026-07"),kv("TW",P1,"2026-06"),"Jul26/Jun26")),
  L("$640mn","amount","contradicted",K("TW",P1,"2025-07"),"0.84bn, off 24%"),
  L("2nm","not_trade","not_checkable",NT,"node"),
  L("$1.44bn","amount","supported",K("TW",P2,"2026-01","2026-07")),
  L("almost four times","multiple","supported",R(kv("TW",P2,"2026-01","2026-07"),kv("TW",P2,"2025-01","2025-07"),"Jan-Jul 26/25"),"3.92x, within 5% below 4"),
  L("$1.2bn","amount","contradicted",K("KR",P1,"2026-01","2026-07"),"context: processors, Jan-Jul 2026; 0.80bn"),
  L("$15bn","amount","not_checkable",NT,"forecast"),
  L("about 50%","change","not_checkable",NT,"forecast relative to 2025"),
)

art("a2","2026-08-20","""# Malaysia's US chip trade loses steam as Penang waits on tariffs

Malaysian processor shipments to the United States fell 30% y/y to $3.65bn in January-July 2026, a sharp reversal after a strong 2025.

Last year the country sold roughly $9.3bn of processors and controllers to American buyers, up 20% from $7.7bn in 2024.

The slide has been steep since spring. June's $200mn was the weakest month since at least 2017, and July's $310mn brought little relief.

Shipments have now been below $700mn for four straight months.

Penang's back-end plants employ about 70,000 workers, and a state official said some lines had moved to shorter weeks.

Washington's proposed 25% tariff on semiconductors has frozen new orders, according to the Malaysia Semiconductor Industry Association.

Malaysian memory exports to the US were tiny by comparison, at $130mn YTD.

Still, Malaysia remains the second-largest source of US processor imports after Taiwan in 2025, with a share of about 35%.
""",
  L("30%","change","supported",R(kv("Malaysia",P1,"2026-01","2026-07"),kv("Malaysia",P1,"2025-01","2025-07"),"Jan-Jul 26/25")),
  L("$3.65bn","amount","supported",K("Malaysia",P1,"2026-01","2026-07")),
  L("roughly $9.3bn","amount","supported",KY("Malaysia",P1,2025)),
  L("20%","change","supported",R(ky("Malaysia",P1,2025),ky("Malaysia",P1,2024),"2025/2024")),
  L("$7.7bn","amount","supported",KY("Malaysia",P1,2024)),
  L("$200mn","amount","supported",K("Malaysia",P1,"2026-06")),
  L("the weakest month since at least 2017","record","supported","min 2017-01..2026-05 = "+f"{min(kv('Malaysia',P1,m) for m in t.months('2017-01','2026-05'))/1e9:.3f}"),
  L("$310mn","amount","supported",K("Malaysia",P1,"2026-07")),
  L("below $700mn for four straight months","streak","supported","Apr-Jul26 "+", ".join(f"{kv('Malaysia',P1,m)/1e9:.2f}" for m in t.months('2026-04','2026-07'))),
  L("70,000","count","not_checkable",NT,"headcount"),
  L("25%","not_trade","not_checkable",NT,"tariff rate"),
  L("$130mn","amount","supported",K("Malaysia",P2,"2026-01","2026-07")),
  L("second-largest","rank","consistent","2025: TW 10.20, MY 9.26, VN 0.98, China 0.87 ... among partners in store; other partners (e.g. Thailand, Israel, Mexico) not in store","rank among partners in store only"),
  L("about 35%","share","contradicted",f"{ky('Malaysia',P1,2025)/ky('World',P1,2025)*100:.1f}% = Malaysia/World HS854231 2025"),
)

art("a3","2025-02-10","""# Mainland and Hong Kong still take half of Taiwan's chips, but US share doubles

Taiwan's integrated-circuit exports totalled $165bn in 2024, Ministry of Finance customs data show, little changed from the previous year.

China remained the island's biggest customer with $48.5bn, or 29% of the total. Hong Kong took $36.8bn, down about 15% from 2023.

Together the two absorbed 52% of shipments.

Singapore ranked third at $21bn, followed by Korea at $13.4bn.

The fastest growth came from the US, where exports more than doubled to $7.4bn. The US share rose to 4.5% from 2.1%.

Vietnam also gained, with shipments up 85% to $4.35bn, while Japan's purchases fell by a third.

"Diversification is happening, but slowly," a deputy minister told reporters, noting that TSMC now employs over 76,000 staff.

Exports to Malaysia rose to $11.5bn, up 14%.
""",
  L("half","share","supported",f"{(t.tw('China',2024)+t.tw('Hong Kong',2024))/t.tw(None,2024)*100:.1f}% China+HK/World 2024","headline; year from body (2024)"),
  L("doubles","multiple","supported",R(t.tw("US",2024)/t.tw(None,2024),t.tw("US",2023)/t.tw(None,2023),"US share 2024/2023"),"headline: US share 2.1%->4.5%"),
  L("$165bn","amount","supported",TW(None,2024)),
  L("little changed","direction","supported",R(t.tw(None,2024),t.tw(None,2023),"2024/2023")),
  L("$48.5bn","amount","supported",TW("China",2024)),
  L("29%","share","supported",TWS("China",2024)),
  L("$36.8bn","amount","supported",TW("Hong Kong",2024)),
  L("about 15%","change","supported",R(t.tw("Hong Kong",2024),t.tw("Hong Kong",2023),"HK 2024/2023")),
  L("52%","share","supported",f"{(t.tw('China',2024)+t.tw('Hong Kong',2024))/t.tw(None,2024)*100:.1f}% China+HK/World 2024"),
  L("third","rank","supported","2024 ranks: China, HK, Singapore, Korea, Japan"),
  L("$21bn","amount","supported",TW("Singapore",2024)),
  L("$13.4bn","amount","supported",TW("Korea",2024)),
  L("more than doubled","multiple","supported",R(t.tw("US",2024),t.tw("US",2023),"US 2024/2023")),
  L("$7.4bn","amount","supported",TW("US",2024)),
  L("4.5%","share","supported",TWS("US",2024)),
  L("2.1%","share","supported",TWS("US",2023)),
  L("85%","change","contradicted",R(t.tw("Vietnam",2024),t.tw("Vietnam",2023),"VN 2024/2023 = +58%")),
  L("$4.35bn","amount","supported",TW("Vietnam",2024)),
  L("fell by a third","change","supported",R(t.tw("Japan",2024),t.tw("Japan",2023),"Japan 2024/2023")),
  L("76,000","count","not_checkable",NT,"company headcount"),
  L("$11.5bn","amount","contradicted",TW("Malaysia",2024),"9.91bn, off 16%"),
  L("14%","change","supported",R(t.tw("Malaysia",2024),t.tw("Malaysia",2023),"MY 2024/2023")),
)

art("a4","2026-08-28","""# Seoul's memory makers ride US boom; equipment spending shifts to China

Korean memory-chip exports to the United States reached $1.51bn in the first seven months of 2026, US data show, nearly triple the $580mn shipped in all of 2025.

The surge follows a 33% y/y rise in 2025, when shipments climbed from $430mn in 2024.

Korea's processor sales to the US, by contrast, fell 34% last year to $760mn, before recovering to $160mn in July alone.

Samsung Electronics and SK hynix plan to invest 450 trillion won in domestic fabs through 2047, the industry ministry said.

Equipment spending tells a different story. China bought $49.6bn of chipmaking tools in 2024, SEMI data show, more than double Korea's $20.5bn.

Korea's billings ranked second, ahead of Taiwan at $16.6bn and North America at $13.7bn.

China's own IC imports from the US recovered to $11.8bn in 2024, up 41%, but remain well below the $14.2bn of 2020.

Japan's memory shipments to the US more than doubled to $790mn YTD, a sign that the boom is spreading across the region.
""",
  L("$1.51bn","amount","supported",K("KR",P2,"2026-01","2026-07")),
  L("nearly triple","multiple","contradicted",R(kv("KR",P2,"2026-01","2026-07"),ky("KR",P2,2025),"Jan-Jul26 / full 2025"),"2.62x, >8% short of 3x"),
  L("$580mn","amount","supported",KY("KR",P2,2025)),
  L("33%","change","supported",R(ky("KR",P2,2025),ky("KR",P2,2024),"memory 2025/2024")),
  L("$430mn","amount","supported",KY("KR",P2,2024)),
  L("34%","change","supported",R(ky("KR",P1,2025),ky("KR",P1,2024),"processors 2025/2024")),
  L("$760mn","amount","supported",KY("KR",P1,2025)),
  L("$160mn","amount","supported",K("KR",P1,"2026-07")),
  L("450 trillion won","not_trade","not_checkable",NT,"investment plan, other currency"),
  L("$49.6bn","amount","supported",SM("2024","China")),
  L("more than double","multiple","supported",R(t.semi('2024','China'),t.semi('2024','Korea'),"SEMI China/Korea 2024")),
  L("$20.5bn","amount","supported",SM("2024","Korea")),
  L("second","rank","supported","SEMI 2024: China 49.6, Korea 20.5, Taiwan 16.6, NA 13.7"),
  L("$16.6bn","amount","supported",SM("2024","Taiwan")),
  L("$13.7bn","amount","supported",SM("2024","North America")),
  L("$11.8bn","amount","supported",CN(2024)),
  L("41%","change","supported",R(t.china_from_us(2024),t.china_from_us(2023),"2024/2023")),
  L("$14.2bn","amount","supported",CN(2020)),
  L("more than doubled","multiple","supported",R(kv("Japan",P2,"2026-01","2026-07"),kv("Japan",P2,"2025-01","2025-07"),"Jan-Jul 26/25")),
  L("$790mn","amount","contradicted",K("Japan",P2,"2026-01","2026-07"),"0.59bn, off 34%"),
)

# --- validate and write
ids = set()
for rec in S + A:
    assert rec["id"] not in ids, rec["id"]; ids.add(rec["id"])
    text = rec["text"] if "text" in rec else (HERE/rec["file"]).read_text()
    for l in rec["labels"]:
        assert l["kind"] in KINDS and l["verdict"] in VERDS, l
        assert text.count(l["quote"]) >= l["occurrence"], (rec["id"], l["quote"])
with open(HERE/"sentences.jsonl","w") as f:
    for r in S: f.write(json.dumps(r, ensure_ascii=False)+"\n")
with open(HERE/"articles.jsonl","w") as f:
    for r in A: f.write(json.dumps(r, ensure_ascii=False)+"\n")
from collections import Counter
for name, recs in (("passages", S), ("articles", A)):
    ls = [l for r in recs for l in r["labels"]]
    print(name, len(recs), "labels", len(ls), dict(Counter(l["verdict"] for l in ls)), dict(Counter(l["kind"] for l in ls)))
ls = [l for r in S+A for l in r["labels"]]
print("total", len(ls), dict(Counter(l["verdict"] for l in ls)))
