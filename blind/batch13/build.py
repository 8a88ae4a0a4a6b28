"""Blind batch 13: texts and verdicts by hand, truths from truth.py look-ups."""
import json, re, collections
from pathlib import Path
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # blind/truth.py: the lead removed this batch's copy (identical but for its DATA path)
import truth as t  # noqa: E402

H = Path(__file__).resolve().parent
M = t.months
def bn(x): return f"{x/1e9:.3f} bn USD"
def pct(a, b): return f"{(a/b-1)*100:+.1f}%"
def us(p, c, a, b=None): return t.k('USA', p, c, M(a, b or a))
def usy(p, c, y): return us(p, c, f"{y}-01", f"{y}-12")
K = "comtrade_monthly_semis_kazookat (USA, M)"
TWF = "taiwan_customs by destination, sum of 11-digit lines"

# ---- figures
tw24, tw25, tw23 = usy('TW',854231,2024), usy('TW',854231,2025), usy('TW',854231,2023)
w24, w25 = usy('World',854231,2024), usy('World',854231,2025)
my24, my25 = usy('Malaysia',854231,2024), usy('Malaysia',854231,2025)
cn18, cn24, cn25 = usy('China',854231,2018), usy('China',854231,2024), usy('China',854231,2025)
vn = {y: usy('VN',854231,y) for y in range(2021,2026)}
tw26ytd, tw25ytd = us('TW',854231,'2026-01','2026-07'), us('TW',854231,'2025-01','2025-07')
kr26m, kr25m, kr25 = us('KR',854232,'2026-01','2026-07'), us('KR',854232,'2025-01','2025-07'), usy('KR',854232,2025)
krjun26 = us('KR',854232,'2026-06'); krmay26 = us('KR',854232,'2026-05')
krser = t.kaz(); krser = krser[(krser.reporter=='USA')&(krser.partner=='Rep. of Korea')&(krser.cmd_code==854232)]
krmax = krser.loc[krser.value_usd.idxmax()]
twser = t.kaz(); twser = twser[(twser.reporter=='USA')&(twser.partner=='Other Asia, nes')&(twser.cmd_code==854231)]
twmax = twser.loc[twser.value_usd.idxmax()]
twdec25, twjan26, twnov25 = us('TW',854231,'2025-12'), us('TW',854231,'2026-01'), us('TW',854231,'2025-11')
twh1_25, twh1_24 = us('TW',854231,'2025-01','2025-06'), us('TW',854231,'2024-01','2024-06')
wq4_25, wq4_24 = us('World',854231,'2025-10','2025-12'), us('World',854231,'2024-10','2024-12')
mem25, mem24, mem26 = usy('World',854232,2025), usy('World',854232,2024), us('World',854232,'2026-01','2026-07')
jpmem25, jpmem24 = usy('Japan',854232,2025), usy('Japan',854232,2024)
my26jun, my25jun = us('Malaysia',854231,'2026-06'), us('Malaysia',854231,'2025-06')
TW = {y: t.tw(None, y) for y in (2022, 2023, 2024)}
twd = lambda d, y: t.tw(d, y)
c = t.twc(); r24 = c[c.Year==2024].groupby('Country').USD.sum().sort_values(ascending=False)
us_rank24 = list(r24.index).index(t.TW_DEST['US']) + 1
cus = {y: t.china_from_us(y) for y in (2018, 2020, 2022, 2023, 2024)}
W = {y: t.world(None, y) for y in (2022, 2023)}
hk23, ta23, cn23w, kr23w = t.world('China, Hong Kong SAR',2023), t.world('Other Asia, nes',2023), t.world('China',2023), t.world('Rep. of Korea',2023)
ta22 = t.world('Other Asia, nes',2022)
s = {r: t.semi('2024', r) for r in ('China','Korea','Taiwan','Total','North America','Japan')}
import pandas as pd
_sd = pd.read_csv(t.DATA/t.SEMI); _st = _sd[(_sd.period_type=='annual')&(_sd.region=='Total')]
SEMI_YEARS = dict(zip(_st.period, _st.billings_usd_bn))
s23 = t.semi('2023','Total'); sq2c, sq3c = t.semi('2024Q2','China'), t.semi('2024Q3','China')
sq2na, sq3na = t.semi('2024Q2','North America'), t.semi('2024Q3','North America')

def L(q, kind, v, truth, note="", occ=1):
    return dict(quote=q, occurrence=occ, kind=kind, verdict=v, truth=truth, note=note)
S = []
def P(i, date, text, *labels): S.append(dict(id=i, date=date, text=text, labels=list(labels)))

# ---- passages: trade-lawyer client alert voice
P("s01","2026-02-20","Client alert: for importers of record, the numbers matter — US imports of processors and controllers from Taiwan reached $10.2 billion in 2025 (versus $8.1 billion in 2024), a rise of roughly 26%.",
  L("$10.2 billion","amount","supported",f"{K} TW 854231 2025 = {bn(tw25)}"),
  L("$8.1 billion","amount","supported",f"{K} TW 854231 2024 = {bn(tw24)}"),
  L("roughly 26%","change","supported",f"2025/2024 = {pct(tw25,tw24)}"))
P("s02","2026-02-20","Counsel should note that Taiwan's processors now account for nearly a third of all US processor imports (31% in 2025), compared with well under a tenth only two years earlier.",
  L("nearly a third","share","supported",f"TW/World 854231 2025 = {tw25/w25*100:.1f}% ({bn(tw25)}/{bn(w25)})"),
  L("31%","share","supported",f"{tw25/w25*100:.1f}%"),
  L("well under a tenth","share","contradicted",f"2023 share = {tw23/usy('World',854231,2023)*100:.1f}% ({bn(tw23)}/{bn(usy('World',854231,2023))}): above a tenth"))
P("s03","2026-02-20","Total US imports of logic chips (HS 854231) rose 15% in 2025 to $32.6 billion; the Section 232 investigation could bring a 25% duty on part of that.",
  L("15%","change","supported",f"World 854231 2025/2024 = {pct(w25,w24)}"),
  L("$32.6 billion","amount","supported",f"{bn(w25)}"),
  L("25%","not_trade","not_checkable","tariff rate, not a trade figure"))
P("s04","2026-02-20","Malaysia, long the first source of such devices, shipped $9.3 billion of processors to the US in 2025 — up 20% — and so trailed Taiwan for a second straight year.",
  L("$9.3 billion","amount","supported",f"{K} Malaysia 854231 2025 = {bn(my25)}"),
  L("up 20%","change","supported",f"{pct(my25,my24)}"),
  L("a second straight year","streak","supported",f"pairwise: TW {bn(tw24)} > MY {bn(my24)} in 2024, TW {bn(tw25)} > MY {bn(my25)} in 2025; 2023 TW {bn(tw23)} < MY {bn(usy('Malaysia',854231,2023))}, so exactly two years"))
P("s05","2026-02-20","By contrast, shipments from mainland China have been hollowed out: at $0.87 billion in 2025 they were barely half the $2.1 billion of 2018.",
  L("$0.87 billion","amount","supported",f"China 854231 2025 = {bn(cn25)}"),
  L("barely half","multiple","supported",f"2025/2018 = {cn25/cn18:.3f}"),
  L("$2.1 billion","amount","contradicted",f"China 854231 2018 = {bn(cn18)}"))
P("s06","2026-02-20","Vietnam's processor shipments to the US fell for a fourth consecutive year in 2025, to $1.3 billion.",
  L("fell","direction","supported",f"VN 854231: 2024 {bn(vn[2024])} -> 2025 {bn(vn[2025])}"),
  L("a fourth consecutive year","streak","supported","VN 854231 annual: " + ", ".join(f"{y} {bn(v)}" for y,v in vn.items()) + ": declines 2022-2025"),
  L("$1.3 billion","amount","contradicted",f"2025 = {bn(vn[2025])}; $1.3bn is the 2024 figure ({bn(vn[2024])})"))
P("s07","2026-08-30","In the first seven months of 2026, imports of processors from Taiwan came to $9.1 billion, up about 69% on the same period of 2025 and already more than the whole of 2024.",
  L("$9.1 billion","amount","supported",f"TW 854231 2026-01..07 = {bn(tw26ytd)}"),
  L("about 69%","change","supported",f"vs 2025-01..07 {bn(tw25ytd)}: {pct(tw26ytd,tw25ytd)}"),
  L("more than the whole of 2024","direction","supported",f"2024 = {bn(tw24)}; ratio {tw26ytd/tw24:.3f}"))
P("s08","2026-08-30","Memory is the sharper story for our Korean clients: US imports of memory chips from Korea totalled $1.5 billion in January–July 2026, more than four times the $0.32 billion of a year earlier.",
  L("$1.5 billion","amount","supported",f"KR 854232 2026-01..07 = {bn(kr26m)}"),
  L("more than four times","multiple","supported",f"{kr26m/kr25m:.2f}x"),
  L("$0.32 billion","amount","supported",f"KR 854232 2025-01..07 = {bn(kr25m)}"))
P("s09","2026-08-30","June alone brought a record $373 million of Korean memories, against $169 million in May — more than doubling in a month.",
  L("a record","record","consistent",f"highest month of the series: max = {krmax.date[:7]} {krmax.value_usd/1e6:.1f}m (series starts 2016-11)"),
  L("$373 million","amount","supported",f"KR 854232 2026-06 = {krjun26/1e6:.1f}m"),
  L("$169 million","amount","supported",f"2026-05 = {krmay26/1e6:.1f}m"),
  L("more than doubling","multiple","supported",f"{krjun26/krmay26:.2f}x"))
P("s10","2026-08-30","Total US memory imports in those seven months, at $4.0 billion, already exceeded 2025's full-year $2.9 billion.",
  L("$4.0 billion","amount","supported",f"World 854232 2026-01..07 = {bn(mem26)}"),
  L("exceeded","direction","supported",f"{bn(mem26)} > 2025 {bn(mem25)}"),
  L("$2.9 billion","amount","contradicted",f"World 854232 2025 = {bn(mem25)}"))
# ---- parliamentary committee briefing
P("s11","2025-03-15","Briefing note for the Committee: Taiwan's customs data show integrated circuit exports of $165.0 billion in 2024, marginally down (about 1%) on 2023's $181.6 billion.",
  L("$165.0 billion","amount","supported",f"{TWF}, World 2024 = {bn(TW[2024])}"),
  L("about 1%","change","supported",f"{pct(TW[2024],TW[2023])}"),
  L("$181.6 billion","amount","contradicted",f"2023 = {bn(TW[2023])}"))
P("s12","2025-03-15","Members will recall that 2023 itself was a down year, with exports falling by almost 10% from 2022's $184 billion.",
  L("almost 10%","change","supported",f"2023/2022 = {pct(TW[2023],TW[2022])}"),
  L("$184 billion","amount","supported",f"2022 = {bn(TW[2022])}"))
P("s13","2025-03-15","Mainland China and Hong Kong together took just over half of Taiwan's chip exports in 2024 (52%), the mainland alone $53.5 billion.",
  L("just over half","share","supported",f"(China {bn(twd('China',2024))} + HK {bn(twd('Hong Kong',2024))}) / {bn(TW[2024])} = {(twd('China',2024)+twd('Hong Kong',2024))/TW[2024]*100:.1f}%"),
  L("52%","share","supported","same, rounds to 52%"),
  L("$53.5 billion","amount","contradicted",f"China 2024 = {bn(twd('China',2024))}"))
P("s14","2025-03-15","Exports to the United States more than doubled to $7.4 billion, though America still ranked only fourth among Taiwan's destinations.",
  L("more than doubled","multiple","supported",f"US 2024/2023 = {twd('US',2024)/twd('US',2023):.2f}x ({bn(twd('US',2023))} -> {bn(twd('US',2024))})"),
  L("$7.4 billion","amount","supported",f"{bn(twd('US',2024))}"),
  L("fourth","rank","contradicted",f"rank of US among all destinations 2024 = {us_rank24}"))
P("s15","2025-03-15","Hong Kong's intake fell to $36.8 billion from $43.1 billion, a drop of some 25%.",
  L("$36.8 billion","amount","supported",f"HK 2024 = {bn(twd('Hong Kong',2024))}"),
  L("$43.1 billion","amount","supported",f"HK 2023 = {bn(twd('Hong Kong',2023))}"),
  L("some 25%","change","contradicted",f"{pct(twd('Hong Kong',2024),twd('Hong Kong',2023))}"))
P("s16","2025-03-15","Singapore held steady at about $21 billion, while Japan's share shrank to roughly 10%.",
  L("about $21 billion","amount","supported",f"Singapore 2024 = {bn(twd('Singapore',2024))}"),
  L("held steady","direction","supported",f"2023 {bn(twd('Singapore',2023))} -> 2024 {bn(twd('Singapore',2024))}"),
  L("roughly 10%","share","contradicted",f"Japan 2024 {bn(twd('Japan',2024))}/{bn(TW[2024])} = {twd('Japan',2024)/TW[2024]*100:.1f}%"))
P("s17","2025-03-15","The Committee's own survey of 41 firms found that 12 expected to relocate some testing capacity.",
  L("41 firms","not_trade","not_checkable","survey count, not in the data"),
  L("12","not_trade","not_checkable","survey count, not in the data"))
P("s18","2025-03-15","China's own customs-reported imports of integrated circuits from the United States recovered to $11.8 billion in 2024, up 41% from $9.6 billion in 2023 but still below 2022's $12.2 billion.",
  L("$11.8 billion","amount","supported",f"{t.CHN} partner2=0, 2024 = {bn(cus[2024])}"),
  L("up 41%","change","supported",f"{pct(cus[2024],cus[2023])}"),
  L("$9.6 billion","amount","contradicted",f"2023 = {bn(cus[2023])}"),
  L("below","direction","supported",f"2022 = {bn(cus[2022])}"),
  L("$12.2 billion","amount","supported",f"2022 = {bn(cus[2022])}"))
P("s19","2025-03-15","That 2024 figure was the highest since 2020, when it reached $15.6 billion.",
  L("the highest since 2020","record","contradicted",f"2021 = {bn(t.china_from_us(2021))} and 2022 = {bn(cus[2022])} both above 2024 {bn(cus[2024])}"),
  L("$15.6 billion","amount","contradicted",f"2020 = {bn(cus[2020])}"))
# ---- data-journalism explainer Q&A
P("s20","2024-09-30","Q: How big is the world chip export market? A: Exporters reported about $952 billion of integrated circuit shipments in 2023, down about 20% from 2022.",
  L("about $952 billion","amount","supported",f"{t.WLD}, all reporters 2023 = {bn(W[2023])}"),
  L("about 20%","change","contradicted",f"{pct(W[2023],W[2022])} (2022 {bn(W[2022])})"))
P("s21","2024-09-30","Q: Who exports the most? A: Hong Kong, at $194 billion, or a fifth of the total; Taiwan came second with $167 billion, and mainland China third.",
  L("$194 billion","amount","supported",f"HK 2023 = {bn(hk23)}"),
  L("a fifth","share","supported",f"{hk23/W[2023]*100:.1f}%"),
  L("second","rank","supported",f"2023 ranking: HK {bn(hk23)}, Other Asia nes {bn(ta23)}, China {bn(cn23w)}"),
  L("$167 billion","amount","supported",f"Other Asia, nes 2023 = {bn(ta23)}"),
  L("third","rank","supported",f"China 2023 = {bn(cn23w)}"))
P("s22","2024-09-30","Q: Did Taiwan grow? A: No — its reported exports were down about 9% from $184 billion in 2022.",
  L("down about 9%","change","supported",f"Other Asia nes 2023/2022 = {pct(ta23,ta22)}"),
  L("$184 billion","amount","supported",f"2022 = {bn(ta22)}"))
P("s23","2024-09-30","Q: And Korea? A: Korea's chip exports were worth $86 billion, or 14% of world exports.",
  L("$86 billion","amount","supported",f"Rep. of Korea 2023 = {bn(kr23w)}"),
  L("14%","share","contradicted",f"{kr23w/W[2023]*100:.1f}%"))
P("s24","2025-04-15","Q: Where is the equipment going? A: SEMI says China took $49.6 billion of chip-equipment billings in 2024, some 48% of the $117.1 billion world total.",
  L("$49.6 billion","amount","supported",f"SEMI 2024 China = {s['China']}"),
  L("some 48%","share","contradicted",f"{s['China']/s['Total']*100:.1f}%"),
  L("$117.1 billion","amount","supported",f"SEMI 2024 Total = {s['Total']}"))
P("s25","2025-04-15","Q: Who is next? A: Korea ranked second at $20.5 billion and Taiwan third with $16.6 billion — about a third of China's tally.",
  L("second","rank","supported",f"SEMI 2024: China {s['China']}, Korea {s['Korea']}, Taiwan {s['Taiwan']}, NA {s['North America']}"),
  L("$20.5 billion","amount","supported",f"Korea {s['Korea']}"),
  L("third","rank","supported","Taiwan third among SEMI regions"),
  L("$16.6 billion","amount","supported",f"Taiwan {s['Taiwan']}"),
  L("about a third","share","supported",f"{s['Taiwan']}/{s['China']} = {s['Taiwan']/s['China']:.3f}"))
P("s26","2025-04-15","Q: Was 2024 a growth year? A: Yes: world billings rose 10% from $106.3 billion.",
  L("rose 10%","change","supported",f"{s['Total']}/{s23} = {pct(s['Total'],s23)}"),
  L("$106.3 billion","amount","supported",f"SEMI 2023 Total = {s23}"))
P("s27","2024-12-10","Q: And quarter by quarter? A: China's billings edged up about 6% to $14.3 billion in the third quarter, while North America's nearly doubled to $4.4 billion.",
  L("about 6%","change","supported",f"Q3/Q2 = {pct(sq3c,sq2c)}"),
  L("$14.3 billion","amount","contradicted",f"2024Q3 China = {sq3c}"),
  L("nearly doubled","multiple","supported",f"NA {sq2na} -> {sq3na} = {sq3na/sq2na:.2f}x"),
  L("$4.4 billion","amount","supported",f"2024Q3 NA = {sq3na}"))
# ---- broker note
P("s28","2026-01-20","Broker note (overweight): US processor imports from Taiwan hit $1.5 billion in December 2025 — the most ever, and up 30% from November.",
  L("$1.5 billion","amount","supported",f"TW 854231 2025-12 = {bn(twdec25)}"),
  L("the most ever","record","consistent",f"highest of series at that date? series max = {twmax.date[:7]} {bn(twmax.value_usd)}; Dec 2025 highest up to 2025-12"),
  L("up 30%","change","supported",f"Nov {bn(twnov25)}: {pct(twdec25,twnov25)}"))
P("s29","2026-01-20","First-half 2025 imports from Taiwan were $4.5 billion, up from $2.8 billion in H1 2024.",
  L("$4.5 billion","amount","supported",f"TW 854231 2025-01..06 = {bn(twh1_25)}"),
  L("$2.8 billion","amount","contradicted",f"2024-01..06 = {bn(twh1_24)}"))
P("s30","2026-01-20","Fourth-quarter US processor imports from all sources rose 23% y/y to $9.8 billion.",
  L("23%","change","supported",f"Q4 2025 {bn(wq4_25)} vs Q4 2024 {bn(wq4_24)}: {pct(wq4_25,wq4_24)}"),
  L("$9.8 billion","amount","supported",f"{bn(wq4_25)}"))
P("s31","2026-01-20","Japanese memory shipments to the US rose 38% to $362 million in 2025; our price target implies 18% upside.",
  L("38%","change","supported",f"Japan 854232 {bn(jpmem24)} -> {bn(jpmem25)}: {pct(jpmem25,jpmem24)}"),
  L("$362 million","amount","contradicted",f"{jpmem25/1e6:.1f}m"),
  L("18%","not_trade","not_checkable","price target, not trade data"))
P("s32","2026-07-31","Malaysia's processor shipments to the US collapsed in June 2026 to $203 million, down 80% on June 2025.",
  L("collapsed","direction","supported",f"{my25jun/1e6:.1f}m -> {my26jun/1e6:.1f}m"),
  L("$203 million","amount","supported",f"MY 854231 2026-06 = {my26jun/1e6:.1f}m"),
  L("down 80%","change","supported",f"{pct(my26jun,my25jun)}"))
P("s33","2026-01-20","Memory imports from all sources rose 23% in 2025, to $2.3 billion, and we see them tripling in 2026.",
  L("23%","change","supported",f"World 854232 {bn(mem24)} -> {bn(mem25)}: {pct(mem25,mem24)}"),
  L("$2.3 billion","amount","supported",f"{bn(mem25)}"),
  L("tripling","multiple","not_checkable","forecast for 2026, not data at article date"))
P("s34","2026-01-20","US imports of chips in general from Taiwan, on our estimate, topped $60 billion in 2025.",
  L("$60 billion","amount","not_checkable","US imports of HS 8542 in general: the monthly series only cover 854231/854232 (README rule)"))
P("s35","2026-01-20","Korea's memory exports to the US fell by a third in 2025 to $0.58 billion.",
  L("fell by a third","change","contradicted",f"KR 854232 2024 {bn(usy('KR',854232,2024))} -> 2025 {bn(kr25)}: {pct(kr25,usy('KR',854232,2024))}, a rise"),
  L("$0.58 billion","amount","supported",f"{bn(kr25)}"))

# ---- more passages (mixed voices)
w23 = usy('World',854231,2023); mem18, mem19 = usy('World',854232,2018), usy('World',854232,2019)
my21, my23 = usy('Malaysia',854231,2021), usy('Malaysia',854231,2023)
kr854231 = {y: usy('KR',854231,y) for y in (2024,2025)}; jp25 = usy('Japan',854231,2025)
vnm = {y: usy('VN',854232,y) for y in (2024,2025)}
w26ytd, w25ytd = us('World',854231,'2026-01','2026-07'), us('World',854231,'2025-01','2025-07')
my26ytd, my25ytd = us('Malaysia',854231,'2026-01','2026-07'), us('Malaysia',854231,'2025-01','2025-07')
wfeb25, wmar25 = us('World',854231,'2025-02'), us('World',854231,'2025-03')
krmay25, krjun25 = us('KR',854232,'2025-05'), us('KR',854232,'2025-06')
tw25m = {m: us('TW',854231,m) for m in M('2025-01','2025-12')}
n700 = sum(v > 7e8 for v in tw25m.values())
tw26h1 = {m: us('TW',854231,m) for m in M('2026-01','2026-06')}
r23 = t.wld(); r23 = r23[r23.refYear=='2023'].groupby('reporterDesc').v.sum().sort_values(ascending=False)
my_rank23 = list(r23.index).index('Malaysia') + 1
tw25ytd_c = t.tw(None, 2025)
P("s36","2025-01-25","Broker note: all-source US processor imports jumped 25% in 2024 to $28.4 billion — versus $20.3 billion in 2023.",
  L("25%","change","contradicted",f"World 854231 {bn(w23)} -> {bn(w24)}: {pct(w24,w23)}"),
  L("$28.4 billion","amount","supported",f"{bn(w24)}"),
  L("$20.3 billion","amount","supported",f"{bn(w23)}"))
P("s37","2020-02-10","US memory imports fell by about 40% in 2019, to $1.8 billion, after $3.4 billion the year before.",
  L("about 40%","change","supported",f"World 854232 {bn(mem18)} -> {bn(mem19)}: {pct(mem19,mem18)}"),
  L("$1.8 billion","amount","supported",f"{bn(mem19)}"),
  L("$3.4 billion","amount","contradicted",f"{bn(mem18)}"))
P("s38","2024-02-15","Malaysia's 2023 processor shipments to the US, at $6.7 billion, were less than half their 2021 peak of $16.8 billion.",
  L("$6.7 billion","amount","supported",f"MY 854231 2023 = {bn(my23)}"),
  L("less than half","multiple","supported",f"{my23/my21:.3f}"),
  L("$16.8 billion","amount","supported",f"2021 = {bn(my21)}"),
  L("peak","record","consistent",f"2021 is the highest year of the MY 854231 series (2017-2025 full years); series has a start"))
P("s39","2026-02-05","Korean logic-chip shipments to the US slipped by a fifth in 2025, to $0.76 billion from $1.15 billion.",
  L("by a fifth","change","contradicted",f"KR 854231 {pct(kr854231[2025],kr854231[2024])}"),
  L("$0.76 billion","amount","supported",f"{bn(kr854231[2025])}"),
  L("$1.15 billion","amount","supported",f"{bn(kr854231[2024])}"))
P("s40","2026-02-05","Japan, for its part, sent about $0.5 billion of processors, while Vietnam's memory shipments doubled to $74 million.",
  L("about $0.5 billion","amount","contradicted",f"Japan 854231 2025 = {bn(jp25)}"),
  L("doubled","multiple","supported",f"VN 854232 {vnm[2024]/1e6:.1f}m -> {vnm[2025]/1e6:.1f}m = {vnm[2025]/vnm[2024]:.2f}x"),
  L("$74 million","amount","supported",f"{vnm[2025]/1e6:.1f}m"))
P("s41","2026-08-30","All-source processor imports in January–July 2026 came to $22.0 billion, up 35% on a year earlier, with Taiwan's share above 40%.",
  L("$22.0 billion","amount","supported",f"World 854231 2026-01..07 = {bn(w26ytd)}"),
  L("up 35%","change","contradicted",f"vs {bn(w25ytd)}: {pct(w26ytd,w25ytd)}"),
  L("above 40%","share","supported",f"{tw26ytd/w26ytd*100:.1f}%"))
P("s42","2026-08-30","Malaysia, by contrast, shipped $3.7 billion, down about 30% year on year, and half of what Taiwan sent.",
  L("$3.7 billion","amount","supported",f"MY 854231 2026-01..07 = {bn(my26ytd)}"),
  L("down about 30%","change","supported",f"vs {bn(my25ytd)}: {pct(my26ytd,my25ytd)}"),
  L("half","multiple","contradicted",f"MY/TW = {my26ytd/tw26ytd:.3f}"))
P("s43","2025-04-20","US processor imports rose 20% month-on-month in March 2025, to $3.0 billion.",
  L("20%","change","contradicted",f"Feb {bn(wfeb25)} -> Mar {bn(wmar25)}: {pct(wmar25,wfeb25)}"),
  L("$3.0 billion","amount","supported",f"{bn(wmar25)}"))
P("s44","2025-07-30","Korean memory shipments to the US rose tenfold in June 2025 from May's $13 million.",
  L("tenfold","multiple","supported",f"{krmay25/1e6:.1f}m -> {krjun25/1e6:.1f}m = {krjun25/krmay25:.2f}x"),
  L("$13 million","amount","supported",f"{krmay25/1e6:.1f}m"))
P("s45","2026-01-30","In eight of the twelve months of 2025, US processor imports from Taiwan exceeded $700 million.",
  L("eight of the twelve months","count","supported",f"months > 0.7bn: {n700} (" + ", ".join(f"{m} {v/1e6:.0f}m" for m,v in tw25m.items()) + ")"),
  L("$700 million","amount","supported","threshold of the count; see count"))
P("s46","2026-07-30","Every month of the first half of 2026 saw Taiwan ship more than $1.2 billion of processors to the US.",
  L("Every month of the first half of 2026","streak","contradicted","months: " + ", ".join(f"{m} {v/1e6:.0f}m" for m,v in tw26h1.items()) + "; April and May below 1.2bn"),
  L("more than $1.2 billion","amount","contradicted","see streak: two months below"))
P("s47","2024-10-15","Data explainer: Malaysia ranked fifth among chip exporters in 2023, behind Korea's $86 billion.",
  L("fifth","rank","contradicted",f"Malaysia rank 2023 among all reporters = {my_rank23}"),
  L("$86 billion","amount","supported",f"{bn(kr23w)}"))
P("s48","2023-09-01","World exports of integrated circuits topped $1 trillion in 2022, with Hong Kong alone shipping about a quarter.",
  L("$1 trillion","amount","supported",f"{bn(W[2022])}"),
  L("about a quarter","share","contradicted",f"HK 2022 {bn(t.world('China, Hong Kong SAR',2022))} / {bn(W[2022])} = {t.world('China, Hong Kong SAR',2022)/W[2022]*100:.1f}%"))
P("s49","2021-03-01","China's imports of US integrated circuits rose 30% between 2018 and 2020, to $14.2 billion.",
  L("30%","change","contradicted",f"{bn(cus[2018])} -> {bn(cus[2020])}: {pct(cus[2020],cus[2018])}"),
  L("$14.2 billion","amount","supported",f"{bn(cus[2020])}"))
P("s50","2025-03-15","Vietnam took $4.4 billion of Taiwan's chips in 2024, up some 80% on 2023, and Japan's intake fell by a third.",
  L("$4.4 billion","amount","supported",f"Vietnam 2024 = {bn(twd('Vietnam',2024))}"),
  L("up some 80%","change","contradicted",f"{pct(twd('Vietnam',2024),twd('Vietnam',2023))}"),
  L("fell by a third","change","supported",f"Japan {bn(twd('Japan',2023))} -> {bn(twd('Japan',2024))}: {pct(twd('Japan',2024),twd('Japan',2023))}"))
P("s51","2025-09-10","Taiwan's customs office put chip exports at $109.8 billion for January–July 2025 (preliminary), against $165.0 billion for the whole of 2024.",
  L("$109.8 billion","amount","supported",f"Year 2025 rows (Jan-Jul preliminary) sum = {bn(tw25ytd_c)}"),
  L("$165.0 billion","amount","supported",f"{bn(TW[2024])}"))
P("s52","2025-09-10","That seven-month figure was some 15% above the same months of 2024, the committee's staff estimate.",
  L("some 15%","change","not_checkable","no monthly 2024 Taiwan customs data in the store: Jan-Jul 2024 unknown"))
P("s53","2026-03-01","Taiwan's 2025 chip exports fell by a third, to about $110 billion.",
  L("fell by a third","change","not_checkable","2025 in the store is Jan-Jul preliminary only; full-year 2025 not available (the $110bn is 7 months)"),
  L("about $110 billion","amount","not_checkable","ambiguous: matches Jan-Jul 2025 preliminary, but text says full-year 2025"))
P("s54","2026-03-01","TSMC's 2-nanometre lines, which cost about $20 billion each, are central to the story; Korean firms' won-denominated exports rose 30 trillion won.",
  L("2-nanometre","not_trade","not_checkable","technology node"),
  L("about $20 billion","not_trade","not_checkable","company capex figure"),
  L("30 trillion won","amount","not_checkable","another currency"))
P("s55","2025-05-01","SEMI's third-quarter 2024 billings for North America ($4.4 billion) were nearly twice those of Taiwan's $4.7 billion.",
  L("$4.4 billion","amount","supported",f"NA 2024Q3 {sq3na}"),
  L("nearly twice","multiple","contradicted",f"NA/TW = {sq3na/t.semi('2024Q3','Taiwan'):.2f}"),
  L("$4.7 billion","amount","supported",f"Taiwan 2024Q3 {t.semi('2024Q3','Taiwan')}"))

wy = {y: usy('World',854231,y) for y in range(2017,2026)}
memy = {y: usy('World',854232,y) for y in range(2017,2026)}
cn22, cn23 = usy('China',854231,2022), usy('China',854231,2023)
jpm26 = us('Japan',854232,'2026-01','2026-07'); twm26 = us('TW',854232,'2026-01','2026-07')
TWA = {y: t.tw(None, y) for y in range(2013, 2025)}
CUS = {y: t.china_from_us(y) for y in range(2010, 2025)}
w3 = {m: us('World',854231,m) for m in M('2025-11','2026-07')}
tw26all = {m: us('TW',854231,m) for m in M('2026-01','2026-07')}
P("s56","2024-02-20","Parliamentary briefing: at $20.3 billion, US processor imports in 2023 were the weakest since at least 2017, and some 27% below 2022.",
  L("$20.3 billion","amount","supported",f"{bn(wy[2023])}"),
  L("the weakest since at least 2017","record","supported","annual: " + ", ".join(f"{y} {v/1e9:.2f}" for y,v in wy.items() if y<=2023)),
  L("some 27%","change","contradicted",f"{pct(wy[2023],wy[2022])}"))
P("s57","2026-02-10","The 2025 total of $32.6 billion was the highest on record, more than half as much again as in 2023.",
  L("$32.6 billion","amount","supported",f"{bn(wy[2025])}"),
  L("the highest on record","record","consistent","highest full year of the series (2017-2025; series starts 2016-11): " + ", ".join(f"{y} {v/1e9:.2f}" for y,v in wy.items())),
  L("more than half as much again","multiple","supported",f"2025/2023 = {wy[2025]/wy[2023]:.2f}x"))
P("s58","2026-08-30","Memory imports of $4.0 billion in the first seven months of 2026 already exceed every full year since at least 2017.",
  L("$4.0 billion","amount","supported",f"{bn(mem26)}"),
  L("exceed every full year since at least 2017","record","supported","full years: " + ", ".join(f"{y} {v/1e9:.2f}" for y,v in memy.items())))
P("s59","2025-02-10","Imports of processors from Taiwan nearly tripled in 2024, while those from mainland China fell by a third in 2023 before stabilising in 2025.",
  L("nearly tripled","multiple","supported",f"{bn(tw23)} -> {bn(tw24)} = {tw24/tw23:.2f}x"),
  L("fell by a third","change","supported",f"China 854231 {bn(cn22)} -> {bn(cn23)}: {pct(cn23,cn22)}"),
  L("stabilising","direction","supported",f"2025 {bn(cn25)} vs 2024 {bn(cn24)}: {pct(cn25,cn24)}"))
P("s60","2026-08-30","Korea's $1.5 billion of memory shipments this year is 3.6 times its 2025 total and more than a third of all US memory imports; Japan's $591 million is already 80% above its 2025 total.",
  L("$1.5 billion","amount","supported",f"{bn(kr26m)}"),
  L("3.6 times","multiple","contradicted",f"{kr26m/kr25:.2f}x"),
  L("more than a third","share","supported",f"{kr26m/mem26*100:.1f}%"),
  L("$591 million","amount","supported",f"Japan 854232 2026-01..07 = {jpm26/1e6:.1f}m"),
  L("80%","change","supported",f"vs 2025 {bn(jpmem25)}: {pct(jpm26,jpmem25)}"))
P("s61","2026-08-30","Taiwan, with $1.4 billion of memory, has overtaken Korea as the larger of the two suppliers.",
  L("$1.4 billion","amount","supported",f"TW 854232 2026-01..07 = {bn(twm26)}"),
  L("overtaken","direction","contradicted",f"TW {bn(twm26)} < KR {bn(kr26m)}"))
P("s62","2024-02-01","Per China's customs, 2023 imports of American ICs, at $8.3 billion, were the lowest since 2012.",
  L("$8.3 billion","amount","supported",f"{bn(CUS[2023])}"),
  L("the lowest since 2012","record","supported","annual: " + ", ".join(f"{y} {v/1e9:.2f}" for y,v in CUS.items())))
P("s63","2024-02-01","A rival estimate calls it the lowest since 2010.",
  L("the lowest since 2010","record","contradicted",f"2011 {CUS[2011]/1e9:.2f} and 2012 {CUS[2012]/1e9:.2f} were lower than 2023 {CUS[2023]/1e9:.2f}"))
P("s64","2022-06-01","China's purchases peaked at $15.7 billion in 2021, double the level of 2010.",
  L("peaked","record","consistent","2021 highest of series 2010-2024 (series has a start)"),
  L("$15.7 billion","amount","supported",f"{bn(CUS[2021])}"),
  L("double","multiple","supported",f"2021/2010 = {CUS[2021]/CUS[2010]:.2f}x"))
P("s65","2023-04-01","Taiwan's chip exports hit a record $184.1 billion in 2022 — nearly triple their 2013 level — after rising for seven straight years.",
  L("a record","record","consistent","2022 highest of 2013-2024 Taiwan customs series"),
  L("$184.1 billion","amount","supported",f"{bn(TWA[2022])}"),
  L("nearly triple","multiple","supported",f"2022/2013 = {TWA[2022]/TWA[2013]:.2f}x"),
  L("seven straight years","streak","supported","annual: " + ", ".join(f"{y} {v/1e9:.1f}" for y,v in TWA.items()) + "; increases 2016-2022"))
P("s66","2021-02-01","Taiwan's 2020 exports of $122.4 billion were up 12% on 2019.",
  L("$122.4 billion","amount","supported",f"{bn(TWA[2020])}"),
  L("up 12%","change","contradicted",f"{pct(TWA[2020],TWA[2019])}"))
P("s67","2026-07-25","US processor imports from all sources topped $3 billion in every month from November 2025 to June 2026.",
  L("$3 billion","amount","supported","all eight months above 3bn: " + ", ".join(f"{m} {v/1e9:.2f}" for m,v in w3.items())),
  L("every month from November 2025 to June 2026","streak","supported","Nov 2025-Jun 2026 all > 3bn"))
P("s68","2026-08-30","Taiwan's monthly shipments of processors have exceeded $1.1 billion in each of the seven months of 2026.",
  L("$1.1 billion","amount","supported",", ".join(f"{m} {v/1e9:.3f}" for m,v in tw26all.items())),
  L("each of the seven months","streak","supported","all 7 months > 1.1bn"))
P("s69","2025-01-15","World IC exports fell to $751 billion in 2024, a drop of a fifth, on our count of reporters.",
  L("$751 billion","amount","not_checkable",f"all reporters 2024 sum = {bn(t.world(None,2024))}, but Other Asia, nes (Taiwan) has no 2024 row: the total is not comparable"),
  L("a fifth","change","not_checkable","2024 reporter coverage incomplete (Taiwan missing)"))
P("s70","2025-05-01","Korea's equipment billings rose 3% in 2024 to $20.5 billion, per SEMI.",
  L("3%","change","not_checkable","no 2023 Korea figure in the transcribed SEMI file (only the 2023 Total)"),
  L("$20.5 billion","amount","supported",f"{s['Korea']}"))
P("s71","2025-05-01","World billings in 2022 were $107.6 billion, and 2021's $102.6 billion was some 60% above 2020.",
  L("$107.6 billion","amount","supported",f"{t.semi('2022','Total')}"),
  L("$102.6 billion","amount","supported",f"{t.semi('2021','Total')}"),
  L("some 60%","change","contradicted",f"2021/2020 = {pct(t.semi('2021','Total'),t.semi('2020','Total'))}"))
P("s72","2026-02-20","Client alert: memory imports from Malaysia, at $253 million in 2025, were up by half.",
  L("$253 million","amount","supported",f"{usy('Malaysia',854232,2025)/1e6:.1f}m"),
  L("up by half","change","contradicted",f"{pct(usy('Malaysia',854232,2025),usy('Malaysia',854232,2024))}"))
P("s73","2026-02-20","Processor imports from Korea, at $0.76 billion, were below Vietnam's $1.28 billion, and less than a tenth of Taiwan's.",
  L("$0.76 billion","amount","supported",f"{bn(kr854231[2025])}"),
  L("below","direction","supported",f"KR {bn(kr854231[2025])} < VN {bn(vn[2025])}"),
  L("$1.28 billion","amount","contradicted",f"{bn(vn[2025])}"),
  L("less than a tenth","share","supported",f"KR/TW = {kr854231[2025]/tw25:.3f}"))
P("s74","2026-02-20","Taiwan's processor shipments to the US were more than twice Malaysia's in 2025.",
  L("more than twice","multiple","contradicted",f"TW/MY 854231 2025 = {tw25/my25:.2f}x"))
P("s75","2025-03-15","Briefing: Malaysia took $11.2 billion of Taiwan's chips in 2024, more than the US did.",
  L("$11.2 billion","amount","contradicted",f"Malaysia 2024 = {bn(twd('Malaysia',2024))}"),
  L("more than the US","direction","supported",f"US {bn(twd('US',2024))}"))
P("s76","2025-03-15","Korea's intake, $13.4 billion, was a fifth lower than in 2022.",
  L("$13.4 billion","amount","supported",f"{bn(twd('Korea',2024))}"),
  L("a fifth lower","change","contradicted",f"2022 {bn(twd('Korea',2022))}: {pct(twd('Korea',2024),twd('Korea',2022))}"))
P("s77","2026-08-30","In the first seven months of 2026, processor imports from Malaysia trailed Korea's memory shipments by a wide margin, the data show.",
  L("trailed","direction","contradicted",f"MY 854231 {bn(my26ytd)} > KR 854232 {bn(kr26m)}"))
P("s78","2026-08-30","China sent $379 million of processors to the US in January–July 2026, around 3% less than a year before.",
  L("$379 million","amount","supported",f"China 854231 2026-01..07 = {us('China',854231,'2026-01','2026-07')/1e6:.1f}m"),
  L("around 3% less","change","contradicted",f"vs {us('China',854231,'2025-01','2025-07')/1e6:.1f}m: {pct(us('China',854231,'2026-01','2026-07'),us('China',854231,'2025-01','2025-07'))}"))
P("s79","2025-12-01","Imports of memory chips from Korea in October 2025 were about $55 million, in a year when Korea's total memory exports to all destinations exceeded $100 billion.",
  L("about $55 million","amount","supported",f"{us('KR',854232,'2025-10')/1e6:.1f}m"),
  L("$100 billion","amount","not_checkable","Korea's total memory exports to the world: not in the monthly store (only US imports); transcribed MOTIE release not used here"))
P("s80","2026-01-20","Broker note: we estimate Malaysian processor imports will slip 10% in 2026 after rising every year since 2023.",
  L("10%","change","not_checkable","forecast"),
  L("every year since 2023","streak","supported",f"MY 854231 2023 {bn(my23)}, 2024 {bn(my24)}, 2025 {bn(my25)}: rose 2024 and 2025"))

# ---- articles
A = []
def ART(i, date, head, paras, labels):
    f = H/"articles"/f"{i}.md"; f.write_text("# " + head + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    A.append(dict(id=i, file=f"articles/{i}.md", date=date, labels=labels))

ART("a1","2026-02-25","Client alert: Taiwan's processors and the Section 232 risk",[
 "This alert is for clients importing processors and controllers (HS 854231) into the United States. Imports of these devices from Taiwan reached $10.2 billion in 2025, up from $8.1 billion in 2024 and nearly quadruple the $2.8 billion of 2023.",
 "Taiwan thereby overtook Malaysia as the largest supplier among the economies we track for a second year; Malaysia's $9.3 billion was up 20% but still behind.",
 "Total imports of the category rose 15% to $32.6 billion, so Taiwan alone supplied close to a third of the total.",
 "Mainland China's shipments, at $0.87 billion, were barely changed (up about 1%), while Vietnam's fell for a fourth year.",
 "A proposed duty of 25% would, on 2025 volumes, touch up to $10 billion of Taiwanese goods; the rule would give 90 days' notice.",
 "The trend has if anything accelerated: December 2025 imports from Taiwan were $1.5 billion, and the first seven months of 2026 brought $9.1 billion, up about 69%."],
 [L("$10.2 billion","amount","supported",f"{bn(tw25)}"),
  L("$8.1 billion","amount","supported",f"{bn(tw24)}"),
  L("nearly quadruple","multiple","contradicted",f"2025/2023 = {tw25/tw23:.2f}x"),
  L("$2.8 billion","amount","supported",f"TW 854231 2023 = {bn(tw23)}"),
  L("overtook","direction","supported",f"pairwise TW vs MY 854231: 2023 {bn(tw23)} < {bn(usy('Malaysia',854231,2023))}; 2024 {bn(tw24)} > {bn(my24)}; 2025 {bn(tw25)} > {bn(my25)}"),
  L("largest","rank","consistent",f"among store partners TW {bn(tw25)} > MY {bn(my25)}; other partners not in store"),
  L("a second year","streak","consistent","TW ahead of MY in 2024 and 2025; store partners only"),
  L("$9.3 billion","amount","supported",f"{bn(my25)}"),
  L("up 20%","change","supported",f"{pct(my25,my24)}"),
  L("15%","change","supported",f"{pct(w25,w24)}"),
  L("$32.6 billion","amount","supported",f"{bn(w25)}"),
  L("close to a third","share","supported",f"{tw25/w25*100:.1f}%"),
  L("$0.87 billion","amount","supported",f"{bn(cn25)}"),
  L("barely changed","direction","supported",f"{pct(cn25,cn24)}"),
  L("up about 1%","change","supported",f"{pct(cn25,cn24)}"),
  L("fell","direction","supported",f"VN {bn(vn[2024])} -> {bn(vn[2025])}"),
  L("a fourth year","streak","supported","VN declines 2022-2025"),
  L("25%","not_trade","not_checkable","tariff rate"),
  L("up to $10 billion","amount","not_checkable","hypothetical coverage of a proposed duty; ambiguous base"),
  L("90 days","not_trade","not_checkable","notice period"),
  L("$1.5 billion","amount","supported",f"{bn(twdec25)}"),
  L("$9.1 billion","amount","supported",f"{bn(tw26ytd)}"),
  L("up about 69%","change","supported",f"{pct(tw26ytd,tw25ytd)}")])

ART("a2","2025-03-20","Committee briefing: where Taiwan's chips went in 2024",[
 "Taiwan's integrated circuit exports were $165.0 billion in 2024, down about 1% on 2023 and well below 2022's $184.1 billion.",
 "Mainland China remained the first destination at $48.5 billion, ahead of Hong Kong ($36.8 billion), which lost about 15% in a year.",
 "Together the two took 52% of the total — compared with 64% in 2022.",
 "The United States took $7.4 billion, more than double its 2023 figure, lifting its share to about 4.5%.",
 "Singapore ($21.0 billion) ranked third; Korea took $13.4 billion, up some 18%.",
 "On the import side, China's reported IC purchases from the US rose to $11.8 billion in 2024, versus $8.3 billion a year earlier. The Committee heard from 7 witnesses."],
 [L("$165.0 billion","amount","supported",f"{bn(TW[2024])}"),
  L("down about 1%","change","supported",f"{pct(TW[2024],TW[2023])}"),
  L("$184.1 billion","amount","supported",f"{bn(TW[2022])}"),
  L("first","rank","supported",f"top of 2024 destinations: {r24.index[0]} {bn(r24.iloc[0])}"),
  L("$48.5 billion","amount","supported",f"{bn(twd('China',2024))}"),
  L("$36.8 billion","amount","supported",f"{bn(twd('Hong Kong',2024))}"),
  L("about 15%","change","supported",f"{pct(twd('Hong Kong',2024),twd('Hong Kong',2023))}"),
  L("52%","share","supported",f"{(twd('China',2024)+twd('Hong Kong',2024))/TW[2024]*100:.1f}%"),
  L("64%","share","contradicted",f"2022 = {(twd('China',2022)+twd('Hong Kong',2022))/TW[2022]*100:.1f}%"),
  L("$7.4 billion","amount","supported",f"{bn(twd('US',2024))}"),
  L("more than double","multiple","supported",f"{twd('US',2024)/twd('US',2023):.2f}x"),
  L("about 4.5%","share","supported",f"{twd('US',2024)/TW[2024]*100:.2f}%"),
  L("$21.0 billion","amount","supported",f"{bn(twd('Singapore',2024))}"),
  L("third","rank","supported",f"2024 order: {[ (k, round(v/1e9,1)) for k,v in r24.head(4).items()]}"),
  L("$13.4 billion","amount","supported",f"{bn(twd('Korea',2024))}"),
  L("up some 18%","change","supported",f"{pct(twd('Korea',2024),twd('Korea',2023))}"),
  L("$11.8 billion","amount","supported",f"{bn(cus[2024])}"),
  L("$8.3 billion","amount","supported",f"{bn(cus[2023])}"),
  L("7 witnesses","not_trade","not_checkable","not trade data")])

ART("a3","2025-05-02","Explainer: the chip-equipment boom, in five questions",[
 "Q: How much was spent? A: SEMI put 2024 equipment billings at $117.1 billion, a record, up 10% from $106.3 billion.",
 "Q: Who led? A: China, with $49.6 billion — more than twice Korea's $20.5 billion.",
 "Q: Was China's share rising? A: It reached some 42% of the world total.",
 "Q: What about Taiwan? A: Taiwan spent $16.6 billion, ranking third, while Japan's $7.8 billion put it below North America's $13.7 billion.",
 "Q: Any quarterly signal? A: Third-quarter world billings were $30.4 billion, up 13% from the second quarter's $26.8 billion.",
 "Q: What does it mean for exports? A: World IC exports in 2023 were about $952 billion, with Hong Kong the largest exporter at a fifth."],
 [L("$117.1 billion","amount","supported",f"SEMI 2024 Total {s['Total']}"),
  L("a record","record","consistent",f"highest annual total in the transcribed SEMI Total series (annual years {SEMI_YEARS}); series has a start and gaps"),
  L("up 10%","change","supported",f"{pct(s['Total'],s23)}"),
  L("$106.3 billion","amount","supported",f"{s23}"),
  L("$49.6 billion","amount","supported",f"{s['China']}"),
  L("more than twice","multiple","supported",f"{s['China']/s['Korea']:.2f}x"),
  L("$20.5 billion","amount","supported",f"{s['Korea']}"),
  L("some 42%","share","supported",f"{s['China']/s['Total']*100:.1f}%"),
  L("$16.6 billion","amount","supported",f"{s['Taiwan']}"),
  L("third","rank","supported","China, Korea, Taiwan, North America"),
  L("$7.8 billion","amount","supported",f"{s['Japan']}"),
  L("below","direction","supported",f"Japan {s['Japan']} < NA {s['North America']}"),
  L("$13.7 billion","amount","supported",f"{s['North America']}"),
  L("$30.4 billion","amount","supported",f"2024Q3 Total {t.semi('2024Q3','Total')}"),
  L("up 13%","change","supported",f"{pct(t.semi('2024Q3','Total'),t.semi('2024Q2','Total'))}"),
  L("$26.8 billion","amount","supported",f"2024Q2 Total {t.semi('2024Q2','Total')}"),
  L("about $952 billion","amount","supported",f"{bn(W[2023])}"),
  L("largest","rank","supported",f"HK {bn(hk23)} top reporter 2023"),
  L("a fifth","share","supported",f"{hk23/W[2023]*100:.1f}%")])

ART("a4","2026-08-31","Broker note: memory is the new frontloading trade (Overweight, target raised)",[
 "We raise our sector rating to Overweight. US customs-basis data (Comtrade, via the monthly series) show memory-chip imports of $4.0 billion in January–July 2026 — already well above the $2.3 billion of all of 2025.",
 "Korea is the driver: its memory shipments to the US came to $1.5 billion in the seven months, more than four times a year earlier, with June's $373 million the largest month in the series.",
 "Taiwan is close behind at $1.4 billion, and Japan's $591 million compares with $326 million in the whole of 2025.",
 "In processors the picture is steadier: total imports were $22.0 billion, up about 23%, with Taiwan's $9.1 billion (some 41% of the total) more than double Malaysia's $3.7 billion.",
 "China's $379 million of processors was down about a third, and Vietnam's $1.0 billion was roughly flat.",
 "Our target price of $145 implies 12% upside; we assume 2 rate cuts. Risks: a 25% Section 232 tariff on memory."],
 [L("$4.0 billion","amount","supported",f"{bn(mem26)}"),
  L("well above","direction","supported",f"{bn(mem26)} vs {bn(mem25)}"),
  L("$2.3 billion","amount","supported",f"{bn(mem25)}"),
  L("$1.5 billion","amount","supported",f"{bn(kr26m)}"),
  L("more than four times","multiple","supported",f"{kr26m/kr25m:.2f}x"),
  L("$373 million","amount","supported",f"{krjun26/1e6:.1f}m"),
  L("the largest month in the series","record","consistent",f"series max {krmax.date[:7]} {krmax.value_usd/1e6:.1f}m; series has a start (2016-11)"),
  L("$1.4 billion","amount","supported",f"{bn(twm26)}"),
  L("close behind","direction","supported",f"TW {bn(twm26)} vs KR {bn(kr26m)}"),
  L("$591 million","amount","supported",f"{jpm26/1e6:.1f}m"),
  L("$326 million","amount","supported",f"{jpmem25/1e6:.1f}m"),
  L("$22.0 billion","amount","supported",f"{bn(w26ytd)}"),
  L("up about 23%","change","supported",f"{pct(w26ytd,w25ytd)}"),
  L("$9.1 billion","amount","supported",f"{bn(tw26ytd)}"),
  L("some 41%","share","supported",f"{tw26ytd/w26ytd*100:.1f}%"),
  L("more than double","multiple","supported",f"{tw26ytd/my26ytd:.2f}x"),
  L("$3.7 billion","amount","supported",f"{bn(my26ytd)}"),
  L("$379 million","amount","supported",f"{us('China',854231,'2026-01','2026-07')/1e6:.1f}m"),
  L("down about a third","change","supported",f"{pct(us('China',854231,'2026-01','2026-07'),us('China',854231,'2025-01','2025-07'))}"),
  L("$1.0 billion","amount","supported",f"VN 854231 2026-01..07 = {bn(us('VN',854231,'2026-01','2026-07'))}"),
  L("roughly flat","direction","contradicted",f"vs 2025-01..07 {bn(us('VN',854231,'2025-01','2025-07'))}: {pct(us('VN',854231,'2026-01','2026-07'),us('VN',854231,'2025-01','2025-07'))}"),
  L("$145","not_trade","not_checkable","price target"),
  L("12%","not_trade","not_checkable","upside"),
  L("2 rate cuts","not_trade","not_checkable","macro assumption"),
  L("25%","not_trade","not_checkable","tariff rate")])

# ---- validate and write
KINDS = set("amount change multiple direction share rank record streak count not_trade".split())
VERD = set("supported contradicted consistent not_checkable".split())
ids = [x["id"] for x in S + A]; assert len(ids) == len(set(ids))
def check(text, labels, where):
    for l in labels:
        assert l["kind"] in KINDS and l["verdict"] in VERD, (where, l)
        n = text.count(l["quote"]); assert n >= l["occurrence"], (where, l["quote"], n)
for x in S: check(x["text"], x["labels"], x["id"])
for a in A: check((H/a["file"]).read_text(encoding="utf-8"), a["labels"], a["id"])
with open(H/"sentences.jsonl","w",encoding="utf-8") as f:
    for x in S: f.write(json.dumps(x, ensure_ascii=False)+"\n")
with open(H/"articles.jsonl","w",encoding="utf-8") as f:
    for a in A: f.write(json.dumps(a, ensure_ascii=False)+"\n")
allL = [l for x in S+A for l in x["labels"]]
print(f"passages {len(S)} ({sum(len(x['labels']) for x in S)} labels), articles {len(A)} ({[len(a['labels']) for a in A]} labels), total {len(allL)}")
print("verdicts", dict(collections.Counter(l['verdict'] for l in allL)))
print("kinds", dict(collections.Counter(l['kind'] for l in allL)))
