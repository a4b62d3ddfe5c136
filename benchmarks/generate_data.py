#!/usr/bin/env python3
"""Generate a realistic, deterministic Servicepunkt database for benchmarks.

    .venv/bin/python benchmarks/generate_data.py --notes 100000 --out /tmp/bench.sqlite3

What it writes (the same bytes of content for the same arguments, no network):

- the schema and reference data exactly as the app creates them (``open_database`` +
  ``ensure_reference_data``, so the file always has the newest migrations, including any
  full-text index and its triggers);
- ``--notes`` notes (default 100,000) in Swedish about commercial and public service in
  rural areas: meetings, dialogues, decisions, follow-ups; titles and bodies composed from
  phrase lists, village names and people; bodies from one line to several thousand
  characters (a Pareto-shaped long tail); ``concerns_date`` spread over the ten years up
  to 2026-10-31, somewhat more notes in later years; 1–4 authors per municipality plus a
  few regional coordinators who write everywhere;
- spread unevenly: the five HEAVY_MUNICIPALITIES get 5 % of the notes each (5,000 each at
  100,000), the other 285 share the rest by log-normal weights (a few get none or a
  handful, some over a thousand);
- service plans for about two thirds of the municipalities (one current, sometimes an
  older one), with stage history, goals and actions; about one note in ten concerns a
  plan or one of its actions.

Rows are inserted with plain SQL (``executemany`` on the raw ``sqlite3`` connection, one
transaction, in the order they were "written", i.e. by ``created_at``), so database
triggers such as the full-text index see them exactly as they see the app's own writes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.queues import Queue
from pathlib import Path
from string import Formatter
from typing import TypeAlias

from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.core.vocabulary import (
    ActionStatus,
    AdoptingBody,
    FinancingSource,
    NoteCategory,
    PlanStage,
)
from servicepunkt_gui.resources import resource_path

DEFAULT_NOTES = 100_000
DEFAULT_SEED = 20_261_127
# Bump when the generated content changes (part of the cached file names; the suite also
# rebuilds its cached files whenever this file or a migration changes).
GENERATOR_VERSION = 2

# The municipalities with the most notes (5 % of all notes each): two pilot
# municipalities, two ambassadors and one large inland municipality.
HEAVY_MUNICIPALITIES = {
    "2284": "Örnsköldsvik",
    "2482": "Skellefteå",
    "1737": "Torsby",
    "0880": "Kalmar",
    "2462": "Vilhelmina",
}
HEAVY_SHARE = 0.05

LAST_DATE = dt.date(2026, 10, 31)
FIRST_DATE = dt.date(2016, 11, 1)

CATEGORIES = tuple(NoteCategory)
CATEGORY_WEIGHTS = (40, 25, 12, 15, 8)

# --- Phrase lists -------------------------------------------------------------------------


def _split(text: str) -> tuple[str, ...]:
    """The comma-separated items of ``text`` (commas and line breaks separate them)."""
    return tuple(item.strip() for item in text.replace("\n", ",").split(",") if item.strip())


VILLAGES = _split(
    """
    Bredbyn, Björna, Trehörningsjö, Husum, Gideå, Långviksmon, Mellansel, Köpmanholmen, Ullånger,
    Junsele, Ramsele, Backe, Hoting, Fredrika, Dorotea, Saxnäs, Klimpfjäll, Stalon, Dikanäs,
    Ammarnäs, Sorsele, Gargnäs, Adak, Kusfors, Jörn, Boliden, Kåge, Byske, Lövånger, Bastuträsk,
    Burträsk, Kalvträsk, Ersmark, Östra Ormsjö, Latikberg, Nyby, Vojmsjön, Bergby, Lit,
    Hammarstrand, Stugun, Hede, Vemdalen, Funäsdalen, Tännäs, Ljusnedal, Lillhärdal, Sveg,
    Ytterhogdal, Los, Färila, Tallåsen, Järvsö, Kårböle, Älvdalen, Idre, Särna, Sälen,
    Transtrand, Lima, Malung, Östmark, Lekvattnet, Vitsand, Sysslebäck, Stöllet, Höljes,
    Bograngen, Ekshärad, Gräsmark, Glava, Töcksfors, Bengtsfors, Dals Rostock, Nössemark,
    Hunnebostrand, Kungshamn, Smögen, Björkö, Vrångö, Ödeshög, Hästholmen, Ydre, Österbymo,
    Tranås, Rydaholm, Lammhult, Pauliström, Kristdala, Påryd, Halltorp, Läckeby, Rockneby,
    Tvärskog, Degerhamn, Grönhögen, Löttorp, Byxelkrok, Fårösund, Hemse, Burgsvik, Slite,
    Ljugarn, Hörby, Kivik, Brösarp, Glimåkra, Vittsjö, Ovanåker, Edsbyn, Alfta, Delsbo, Bjuråker,
    Gnarp, Harmånger, Ånge, Torpshammar, Fränsta, Ljungaverk, Kramfors, Nordingrå, Docksta
    """
)

FIRST_NAMES = _split(
    """
    Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Ingrid, Malin, Linnea, Elin, Sofia,
    Margareta, Birgitta, Helena, Johanna, Åsa, Ulla, Märta, Lars, Anders, Johan, Per, Erik, Karl,
    Nils, Mikael, Jan, Hans, Peter, Olof, Gustav, Magnus, Björn, Göran, Stefan, Sven, Jörgen,
    Åke, Mattias, Henrik, Niklas, Fredrik, Jonas, Ola, Tore
    """
)
LAST_NAMES = _split(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Lindqvist, Lindberg, Lundgren, Berglund,
    Sandberg, Forsberg, Sjöberg, Wikström, Lindström, Öberg, Åström, Nordström, Holmgren,
    Bergström, Nyström, Strömberg, Hägglund, Grönlund, Lundmark, Sundqvist, Nordin, Hedlund,
    Marklund, Burman, Fjällström, Wallin, Engström, Eklund, Dahlberg, Näslund, Höglund, Björk,
    Sjödin, Öhman, Ågren, Lidström
    """
)

ROLES = _split(
    """
    handlare, ordförande i byalaget, kassör i byalaget, landsbygdsutvecklare,
    näringslivsutvecklare, kommunstyrelsens ordförande, ekonomichef, butikschef,
    ägare till macken, regional servicesamordnare, handläggare på länsstyrelsen,
    sekreterare i samhällsföreningen, verksamhetschef för hemtjänsten, skolchef,
    ombud för Postnord, apotekare, trafikplanerare, ordförande i bygdegårdsföreningen
    """
)

ORGANISATIONS = _split(
    """
    byalaget, samhällsföreningen, bygdegårdsföreningen, Länsstyrelsen, Tillväxtverket,
    Region Västerbotten, Region Jämtland Härjedalen, kommunstyrelsen, kommunfullmäktige,
    näringslivskontoret, Postnord, Apoteket, ICA Nära, Coop, Handlarn, Tempo, Preem, Ingo, OKQ8,
    Circle K, Företagarna, Hela Sverige ska leva, Leader Lappland, Leader Höga Kusten,
    Trafikverket, länstrafiken, Svensk Handel
    """
)

SERVICES = _split(
    """
    dagligvaror, drivmedel, paketombud, apoteksombud, hemsändning, kontantuttag, laddstolpe,
    postombud, servicepunkt, lanthandel, dagligvarubutik, bensinmack, kontanthantering, bankomat,
    ombudstjänster, Systembolagets utlämningsställe, Svenska Spel-ombud, biblioteksombud,
    turistinformation, anropsstyrd trafik, bredband, mobiltäckning, receptfria läkemedel,
    uthämtning av läkemedel, paketskåp, dieselpump, tankautomat, snabbladdare,
    hemtjänstens inköp, matkassar
    """
)

TOPICS = _split(
    """
    öppettiderna under vintern, butikens framtid, ägarskiftet i butiken,
    ansökan om servicebidrag, ansökan om hemsändningsbidrag, särskilt driftstöd,
    investeringsstöd till ny kyl och frys, den nya serviceplanen, serviceplanens mål,
    tillgången till drivmedel, laddinfrastruktur, kontanthanteringen, paketutlämningen,
    samverkan med hemtjänsten, skolskjutsarna, kollektivtrafiken till centralorten,
    sommarturismen, säsongsöppet, bredbandsutbyggnaden, mobiltäckningen längs vägen,
    lokaler för servicepunkten, hyran för lokalen, ny kassalösning, leveranserna från grossisten,
    apoteksombudets avtal, Postnords nya ombudsnät, bygdens utvecklingsplan,
    det regionala serviceprogrammet, landsbygdsprogrammet, Leadermedel,
    räddningstjänstens frivilliga, trygghetspunkt vid elavbrott, beredskapslager,
    kommunens inköp från lanthandeln, matlådor till äldre, butikens ekonomi
    """
)

DECISIONS = (
    "att bevilja servicebidrag om {amount} kronor",
    "att bevilja hemsändningsbidrag för {year}",
    "att anta serviceplanen för {period}",
    "att ge näringslivskontoret i uppdrag att utreda {service}",
    "att avslå ansökan om särskilt driftstöd",
    "att remittera förslaget till serviceplan till byalagen",
    "att medfinansiera laddstolpen vid butiken med {amount} kronor",
    "att förlänga avtalet om {service} till och med {year}",
    "att återremittera ärendet om {service}",
    "att uppdra åt förvaltningen att följa upp serviceplanen årligen",
)

OPENINGS = {
    "meeting": (
        "Möte med {org} i {village}.",
        "Träff i bygdegården i {village} med {org}.",
        "Möte på kommunhuset om {service} i {village}.",
        "Digitalt möte med {org} om {topic}.",
        "Besök i butiken i {village}, möte med {person}, {role}.",
    ),
    "dialogue": (
        "Samtal med {person}, {role}, om {topic}.",
        "Telefonsamtal med {person} ({role}) angående {service}.",
        "Dialogmöte i {village} om {topic}.",
        "Mejlväxling med {org} om {service}.",
        "{person}, {role}, hörde av sig om {topic}.",
    ),
    "decision": (
        "Kommunstyrelsen beslutade {decision}.",
        "Beslut i kommunstyrelsens arbetsutskott: {decision}.",
        "Kommunfullmäktige beslutade {decision}.",
        "Delegationsbeslut: {decision}.",
    ),
    "follow_up": (
        "Uppföljning av {service} i {village}.",
        "Uppföljning av serviceplanen: {topic}.",
        "Återkoppling till {org} om {topic}.",
        "Kontroll av hur {service} fungerar i {village} efter förändringen.",
    ),
    "other": (
        "Anteckning om {topic}.",
        "Noterat inför nästa möte: {topic}.",
        "Artikel i lokaltidningen om {service} i {village}.",
        "Statistik över {service} i {village}.",
    ),
}

SENTENCES = (
    "Butiken i {village} har svårt att få ekonomin att gå ihop utan {service}.",
    "{person} berättade att kunderna efterfrågar {service} och längre öppettider.",
    "Byalaget vill att kommunen tittar på {service} i samband med {topic}.",
    "Närmaste {service} finns i dag {km} kilometer bort.",
    "Hemsändningen fungerar bra men behöver fler leveransdagar under sommaren.",
    "Kontantuttag går att göra i kassan, men det är få som vet om det.",
    "Laddstolpen vid butiken används mest av turister under juli och augusti.",
    "Paketombudet tar emot ungefär {count} paket i veckan, fler före jul.",
    "Apoteksombudet riskerar att försvinna om avtalet inte förlängs.",
    "Drivmedelsförsäljningen minskade med {percent} procent förra året.",
    "Vi diskuterade om servicepunkten kan samlokaliseras med biblioteket.",
    "Kommunstyrelsen behandlar frågan i {month}.",
    "Länsstyrelsen har signalerat att det finns medel för {service} inom det regionala "
    "serviceprogrammet.",
    "Det behövs ett nytt investeringsstöd för frysdiskar och kassasystem.",
    "{org} lovade att återkomma med ett förslag före {month}.",
    "Hemtjänsten skulle kunna handla i lanthandeln i stället för i centralorten.",
    "Det är viktigt att {service} finns kvar för de äldre i {village}.",
    "Samhällsföreningen har samlat in {count} namnunderskrifter för att behålla butiken.",
    "Vägen till {village} är dålig under tjällossningen, vilket påverkar leveranserna.",
    "Ägaren planerar att gå i pension om två år och söker en efterträdare.",
    "Frågan om {topic} tas upp igen på nästa möte.",
    "{person} ({role}) tar fram ett underlag om kostnaderna.",
    "Kostnaden beräknas till omkring {amount} kronor.",
    "Servicebidraget för {year} betalades ut i {month}.",
    "Det finns önskemål om en tankautomat för diesel och bensin.",
    "Turistsäsongen ger butiken ungefär en tredjedel av årsomsättningen.",
    "Bredbandet är utbyggt i byn men mobiltäckningen är fortfarande svag.",
    "Anropsstyrd trafik till {village} prövas under ett år.",
    "Skolan i {village} är viktig för att unga familjer ska flytta hit.",
    "Vi kom överens om att följa upp läget i {month}.",
    "Kommunens serviceplan ska revideras och byalagen bjuds in till dialog.",
    "Ett trygghetspaket vid kris, med vatten och batterier, kan förvaras i butiken.",
    "Handlarn i {village} vill teckna avtal om {service}.",
    "Förslaget är att kommunen står för hyran av lokalen under tre år.",
    "Det saknas {service} på sträckan mellan {village} och {village2}.",
    "Byborna använder Swish men efterfrågar fortfarande kontanter.",
    "Grossisten har höjt fraktkostnaden till {village} med {percent} procent.",
    "Mötet avslutades med en rundvandring i butiken.",
)

MONTHS = _split(
    """
    januari, februari, mars, april, maj, juni, juli, augusti, september, oktober, november,
    december
    """
)

PLAN_TITLES = (
    "Serviceplan {first}–{last}",
    "Kommersiell service på landsbygden {first}–{last}",
    "Plan för grundläggande service {first}–{last}",
    "Serviceplan för landsbygden {first}–{last}",
)
GOAL_TITLES = (
    "Dagligvaror ska finnas inom rimligt avstånd för alla",
    "Drivmedel och laddning i alla delar av kommunen",
    "Fungerande ombud för paket, apotek och kontanter",
    "Hemsändning till hushåll som inte kan ta sig till butiken",
    "Servicepunkter i de större byarna",
    "Samverkan mellan kommunen, handlarna och byalagen",
)
ACTION_TITLES = (
    "Kartlägga {service} i {village}",
    "Stöd till {service} i {village}",
    "Utreda {service} på landsbygden",
    "Avtal om {service} med handlaren i {village}",
    "Dialogmöte med byalaget i {village}",
    "Söka investeringsstöd för {service}",
    "Inför hemsändning från butiken i {village}",
    "Laddstolpe vid servicepunkten i {village}",
)
FINANCING = ("", *FinancingSource)
STAGES = tuple(PlanStage)
ADOPTING_BODIES = tuple(AdoptingBody)
ACTION_STATUSES = tuple(ActionStatus)

# --- Generation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    path: Path
    notes: int
    plans: int
    actions: int
    notes_per_heavy: dict[str, int]
    seconds: float
    body_chars_median: int
    body_chars_max: int


@dataclass
class _Municipality:
    code: str
    villages: list[str]
    authors: list[str]
    plans: list[tuple[str, list[str]]] = field(default_factory=list)  # (plan id, action ids)


def timestamp(moment: dt.datetime) -> str:
    """The text SQLAlchemy stores for a DateTime in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def allocate(rng: random.Random, codes: Sequence[str], total: int) -> dict[str, int]:
    """Notes per municipality: 5 % to each heavy one, the rest log-normally uneven."""
    counts = dict.fromkeys(codes, 0)
    heavy = [code for code in HEAVY_MUNICIPALITIES if code in counts]
    per_heavy = round(total * HEAVY_SHARE)
    for code in heavy:
        counts[code] = per_heavy
    rest = max(total - per_heavy * len(heavy), 0)
    others = [code for code in codes if code not in HEAVY_MUNICIPALITIES]
    # sigma 1.2: most get a few hundred, a few next to nothing, some over a thousand;
    # capped so that no other municipality comes near the heavy ones.
    weights = [min(rng.lognormvariate(0.0, 1.2), 25.0) for _ in others]
    scale = rest / sum(weights)
    shares = [w * scale for w in weights]
    floors = [math.floor(s) for s in shares]
    left = rest - sum(floors)
    by_remainder = sorted(range(len(others)), key=lambda i: shares[i] - floors[i], reverse=True)
    for i in by_remainder[:left]:
        floors[i] += 1
    for code, count in zip(others, floors, strict=True):
        counts[code] = count
    return counts


_Slot = Callable[[random.Random, "_Municipality"], str]
_SLOTS: dict[str, _Slot] = {
    "village": lambda rng, place: rng.choice(place.villages),
    "village2": lambda rng, _place: rng.choice(VILLAGES),
    "org": lambda rng, _place: rng.choice(ORGANISATIONS),
    "person": lambda rng, _place: _person(rng),
    "role": lambda rng, _place: rng.choice(ROLES),
    "service": lambda rng, _place: rng.choice(SERVICES),
    "topic": lambda rng, _place: rng.choice(TOPICS),
    "month": lambda rng, _place: rng.choice(MONTHS),
    "km": lambda rng, _place: str(rng.choice((4, 7, 12, 18, 25, 31, 46, 60, 85))),
    "count": lambda rng, _place: str(rng.randint(3, 400)),
    "percent": lambda rng, _place: str(rng.randint(2, 35)),
    "amount": lambda rng, _place: f"{rng.randint(2, 90) * 5_000:,}".replace(",", " "),
    "year": lambda rng, _place: str(rng.randint(2016, 2027)),
    "period": lambda rng, _place: f"{rng.randint(2016, 2025)}–{rng.randint(2026, 2030)}",
    "decision": lambda rng, place: _fill(rng.choice(DECISIONS), rng, place),
}


@cache
def _fields(template: str) -> tuple[str, ...]:
    """The placeholders of ``template``, in order, each once."""
    names = (name for _text, name, _spec, _conv in Formatter().parse(template) if name)
    return tuple(dict.fromkeys(names))


def _fill(template: str, rng: random.Random, place: _Municipality) -> str:
    """``template`` with each placeholder replaced by a random value that fits it."""
    names = _fields(template)
    if not names:
        return template
    return template.format(**{name: _SLOTS[name](rng, place) for name in names})


def _body_sentences(rng: random.Random) -> int:
    """Sentences in a body: a quarter are one line; the rest a few, sometimes dozens.

    A Pareto tail: median about four sentences (some 350 characters), one body in a
    hundred over 40 sentences (some 4,000 characters), capped at 160.
    """
    if rng.random() < 0.25:
        return 1
    return min(1 + int(2 * rng.paretovariate(1.4)), 160)


def _title(rng: random.Random, category: str, place: _Municipality) -> str:
    if rng.random() < 0.12:
        return ""  # the list then shows the first line of the body
    village = rng.choice(place.villages)
    options = {
        "meeting": (f"Möte i {village}", f"Möte med byalaget i {village}", "Möte om {topic}"),
        "dialogue": ("Samtal om {service}", f"Dialog med handlaren i {village}"),
        "decision": ("Beslut om {service}", "KS-beslut: {topic}"),
        "follow_up": (f"Uppföljning {village}", "Uppföljning: {service}"),
        "other": ("Att komma ihåg: {topic}", "Notering om {service}"),
    }[category]
    return _fill(rng.choice(options), rng, place)


def _body(rng: random.Random, category: str, place: _Municipality) -> str:
    parts = [_fill(rng.choice(OPENINGS[category]), rng, place)]
    if category == "meeting" and rng.random() < 0.5:
        present = ", ".join(_person(rng) for _ in range(rng.randint(2, 6)))
        parts.append(f"\nNärvarande: {present}.\n")
    paragraph_length = rng.randint(3, 6)
    for index in range(_body_sentences(rng) - 1):
        if index and index % paragraph_length == 0:
            parts.append("\n\n")
        else:
            parts.append(" ")
        parts.append(_fill(rng.choice(SENTENCES), rng, place))
    return "".join(parts).replace(" \n", "\n")


def _when(rng: random.Random) -> tuple[dt.date, dt.datetime, dt.datetime]:
    """concerns_date, created_at, updated_at: more notes in recent years, office hours.

    Dates grow mildly more frequent: about 4 % of the notes fall in the first year, 14 %
    in the last.
    """
    span = (LAST_DATE - FIRST_DATE).days
    concerns = FIRST_DATE + dt.timedelta(days=int(span * rng.random() ** 0.7))
    # Usually written the same day or shortly after; sometimes ahead of a meeting.
    lag = rng.choice((0, 0, 0, 1, 1, 2, 3, 7, -1, -5))
    written = dt.datetime.combine(
        concerns + dt.timedelta(days=lag),
        dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59), rng.randrange(10**6)),
    )
    updated = written
    if rng.random() < 0.2:
        updated = written + dt.timedelta(minutes=rng.randint(1, 60 * 24 * 30))
    return concerns, written, updated


def _municipalities(rng: random.Random, codes: Sequence[str]) -> list[_Municipality]:
    coordinators = [_person(rng) for _ in range(4)]
    places = []
    for code in codes:
        authors = [_person(rng) for _ in range(rng.randint(1, 4))]
        places.append(
            _Municipality(
                code=code,
                villages=rng.sample(VILLAGES, rng.randint(4, 9)),
                authors=[*authors, rng.choice(coordinators)],
            )
        )
    return places


def _plans(rng: random.Random, places: list[_Municipality]) -> tuple[list[tuple[object, ...]], ...]:
    plans: list[tuple[object, ...]] = []
    changes: list[tuple[object, ...]] = []
    goals: list[tuple[object, ...]] = []
    actions: list[tuple[object, ...]] = []
    for place in places:
        if rng.random() > 0.66:
            continue
        count = 2 if rng.random() < 0.3 else 1
        first = rng.randint(2016, 2022)
        for number in range(count):
            is_current = number == count - 1
            last = first + rng.randint(2, 4)
            plan_id = _uuid(rng)
            stage_index = (
                rng.randrange(len(STAGES)) if is_current else STAGES.index(PlanStage.FOLLOW_UP)
            )
            stage = STAGES[stage_index]
            start = dt.datetime(first - 1, rng.randint(1, 12), rng.randint(1, 28), 9, 0)
            adopted = stage_index >= STAGES.index(PlanStage.ADOPTED)
            adopted_on = dt.date(first, rng.randint(1, 12), rng.randint(1, 28))
            plans.append(
                (
                    plan_id,
                    timestamp(start),
                    timestamp(start + dt.timedelta(days=30)),
                    place.code,
                    rng.choice(PLAN_TITLES).format(first=first, last=last),
                    first,
                    last,
                    stage,
                    int(is_current),
                    rng.choice(ADOPTING_BODIES) if adopted else None,
                    adopted_on.isoformat() if adopted else None,
                    f"§ {rng.randint(1, 250)}" if adopted else "",
                    f"KS {first - 1}/{rng.randint(10, 999)}" if adopted else "",
                    dt.date(last, 6, 30).isoformat() if adopted else None,
                    dt.date(min(first + 1, 2027), rng.randint(1, 12), 15).isoformat()
                    if adopted
                    else None,
                    "",
                )
            )
            for step in range(stage_index + 1):
                moment = start + dt.timedelta(days=40 * step)
                changes.append(
                    (
                        _uuid(rng),
                        timestamp(moment),
                        timestamp(moment),
                        plan_id,
                        STAGES[step],
                        moment.date().isoformat(),
                        rng.choice(place.authors),
                        _fill(rng.choice(SENTENCES), rng, place) if rng.random() < 0.5 else "",
                    )
                )
            goal_ids = []
            for position, title in enumerate(rng.sample(GOAL_TITLES, rng.randint(2, 4))):
                goal_id = _uuid(rng)
                goal_ids.append(goal_id)
                goals.append(
                    (goal_id, timestamp(start), timestamp(start), plan_id, None, title, position)
                )
            action_ids = []
            for position in range(rng.randint(3, 12)):
                action_id = _uuid(rng)
                action_ids.append(action_id)
                deadline = dt.date(rng.randint(first, last), rng.randint(1, 12), 28)
                actions.append(
                    (
                        action_id,
                        timestamp(start),
                        timestamp(start + dt.timedelta(days=rng.randint(0, 900))),
                        plan_id,
                        rng.choice(goal_ids),
                        _fill(rng.choice(ACTION_TITLES), rng, place),
                        " ".join(
                            _fill(rng.choice(SENTENCES), rng, place)
                            for _ in range(rng.randint(0, 4))
                        ),
                        rng.choice(place.authors) if rng.random() < 0.8 else "",
                        deadline.isoformat() if rng.random() < 0.8 else None,
                        rng.randint(1, 200) * 5_000 if rng.random() < 0.6 else None,
                        rng.choice(FINANCING),
                        rng.choice(ACTION_STATUSES),
                        position,
                    )
                )
            place.plans.append((plan_id, action_ids))
            first = last + 1 if last < 2025 else first
    return plans, changes, goals, actions


@dataclass(frozen=True, order=True)
class _Written:
    """When a note was written and where: enough to put all notes in time order first."""

    created: str
    place_index: int
    updated: str
    concerns: str


def _note_slots(
    rng: random.Random, places: list[_Municipality], counts: dict[str, int]
) -> list[_Written]:
    slots = []
    for index, place in enumerate(places):
        for _ in range(counts[place.code]):
            concerns, created, updated = _when(rng)
            slots.append(
                _Written(timestamp(created), index, timestamp(updated), concerns.isoformat())
            )
    # Written in time order, municipalities interleaved, as an official's file grows.
    slots.sort()
    return slots


def _note_row(rng: random.Random, slot: _Written, place: _Municipality) -> tuple[object, ...]:
    category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
    plan_id: str | None = None
    action_id: str | None = None
    if place.plans and rng.random() < 0.1:
        plan_id, action_ids = rng.choice(place.plans)
        if action_ids and rng.random() < 0.6:
            action_id = rng.choice(action_ids)
            plan_id = None
    return (
        _uuid(rng),
        slot.created,
        slot.updated,
        place.code,
        plan_id,
        action_id,
        _title(rng, category, place),
        _body(rng, category, place),
        category,
        slot.concerns,
        rng.choice(place.authors),
    )


_NOTE_INSERT = (
    "INSERT INTO note (id, created_at, updated_at, municipality_code, plan_id, action_id, "
    "title, body, category, concerns_date, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_BATCH = 2_000
BatchQueue: TypeAlias = "Queue[list[tuple[object, ...]] | BaseException | None]"


def _compose(
    rng: random.Random,
    places: list[_Municipality],
    slots: list[_Written],
    batches: BatchQueue,
) -> None:
    """Compose every note in order with ``rng`` and hand them over in batches."""
    try:
        for first in range(0, len(slots), _BATCH):
            batch = [
                _note_row(rng, slot, places[slot.place_index])
                for slot in slots[first : first + _BATCH]
            ]
            batches.put(batch)
        batches.put(None)
    except BaseException as error:  # reported by the inserting process
        batches.put(RuntimeError(f"composing notes failed: {error!r}"))


def _insert_notes(
    connection: sqlite3.Connection,
    rng: random.Random,
    places: list[_Municipality],
    slots: list[_Written],
) -> list[int]:
    """Insert the notes while a second process composes them; returns the body lengths.

    One process composes every note in order with ``rng``, so the content stays
    deterministic; this one inserts the previous batch meanwhile, which is where the
    time goes (the full-text triggers). On two cores that saves a third of the time.
    """
    context: ForkContext | SpawnContext = (
        multiprocessing.get_context("fork")
        if "fork" in multiprocessing.get_all_start_methods()
        else multiprocessing.get_context("spawn")
    )
    batches: BatchQueue = context.Queue(maxsize=8)
    composer = context.Process(
        target=_compose, args=(rng, places, slots, batches), name="compose-notes", daemon=True
    )
    composer.start()
    lengths: list[int] = []
    try:
        while (batch := batches.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            connection.executemany(_NOTE_INSERT, batch)
            lengths.extend(len(str(row[7])) for row in batch)
    finally:
        if composer.is_alive():
            composer.terminate()
        composer.join()
    return lengths


def generate(out: Path, notes: int = DEFAULT_NOTES, seed: int = DEFAULT_SEED) -> Summary:
    """Create ``out`` (which must not exist) holding ``notes`` generated notes."""
    started = time.perf_counter()
    out = Path(out)
    if out.exists():
        raise FileExistsError(out)
    database = open_database(out)
    try:
        with database.session() as session:
            ensure_reference_data(session, resource_path("data"))
    finally:
        database.close()
    try:
        return _fill_database(out, notes, seed, started)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
        raise


def _fill_database(out: Path, notes: int, seed: int, started: float) -> Summary:
    rng = random.Random(seed)
    connection = sqlite3.connect(out, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        # A generated file: write straight into it (the app switches it back to WAL,
        # and so does the end of this function).
        connection.execute("PRAGMA journal_mode = MEMORY")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -200000")
        codes = [row[0] for row in connection.execute("SELECT code FROM municipality ORDER BY 1")]
        places = _municipalities(rng, codes)
        counts = allocate(rng, codes, notes)
        plans, changes, goals, actions = _plans(rng, places)
        slots = _note_slots(rng, places, counts)
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO service_plan (id, created_at, updated_at, municipality_code, title, "
            "first_year, last_year, stage, is_current, adopted_by, adopted_on, paragraph, "
            "case_number, revise_by, next_follow_up, document) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            plans,
        )
        connection.executemany(
            "INSERT INTO plan_stage_change (id, created_at, updated_at, plan_id, stage, "
            "changed_on, changed_by, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            changes,
        )
        connection.executemany(
            "INSERT INTO plan_goal (id, created_at, updated_at, plan_id, parent_id, title, "
            "position) VALUES (?, ?, ?, ?, ?, ?, ?)",
            goals,
        )
        connection.executemany(
            "INSERT INTO plan_action (id, created_at, updated_at, plan_id, goal_id, title, "
            "description, responsible, deadline, cost_sek, financing, status, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            actions,
        )
        lengths = _insert_notes(connection, rng, places, slots)
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()

    lengths.sort()
    return Summary(
        path=out,
        notes=len(lengths),
        plans=len(plans),
        actions=len(actions),
        notes_per_heavy={code: counts.get(code, 0) for code in HEAVY_MUNICIPALITIES},
        seconds=time.perf_counter() - started,
        body_chars_median=lengths[len(lengths) // 2] if lengths else 0,
        body_chars_max=lengths[-1] if lengths else 0,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--notes", type=int, default=DEFAULT_NOTES, help="number of notes")
    parser.add_argument("--out", type=Path, required=True, help="database file to create")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    args = parser.parse_args(argv)
    if args.notes < 0:
        parser.error("--notes must be 0 or more")
    if args.out.exists():
        if not args.force:
            parser.error(f"{args.out} exists (use --force to replace it)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.out}{suffix}").unlink(missing_ok=True)
    summary = generate(args.out, args.notes, args.seed)
    heavy = ", ".join(
        f"{code} {HEAVY_MUNICIPALITIES[code]} {count}"
        for code, count in summary.notes_per_heavy.items()
    )
    print(
        f"{summary.path}: {summary.notes} notes ({heavy}), {summary.plans} plans, "
        f"{summary.actions} actions; body length median {summary.body_chars_median}, "
        f"max {summary.body_chars_max} characters; {summary.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
