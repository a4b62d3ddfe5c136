"""The map's outlines: projection, shapes, clicks on inner points, county borders, the cache."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pytest

from servicepunkt_gui.core import map_data
from servicepunkt_gui.core.map_data import SwedenMap, load_map, municipality_at, project
from servicepunkt_gui.core.map_projection import TOLERANCE_M, simplify_outlines
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.resources import resource_path

GEOJSON = resource_path("data", "municipalities.geojson")
KNOWN = {
    "2506": "Arjeplog",
    "2584": "Kiruna",
    "0180": "Stockholm",
    "0980": "Gotland",
    "1280": "Malmö",
    "2422": "Sorsele",
    "2284": "Örnsköldsvik",
    "1737": "Torsby",
    "0880": "Kalmar",
    "2510": "Jokkmokk",
}


@pytest.fixture(scope="module")
def sweden() -> SwedenMap:
    return load_map(GEOJSON)


def test_a_known_sweref_point() -> None:
    # SWEREF 99 TM's central meridian is 15° E with a false easting of 500 000 m; the
    # northing of 62° N on it is 6 874 180 m (Lantmäteriet's grid).
    x, y = project(15.0, 62.0)
    assert x == pytest.approx(500_000, abs=0.01)
    assert y == pytest.approx(6_874_180, abs=1)


def test_kiruna_lies_about_950_km_north_of_stockholm() -> None:
    stockholm = project(18.0686, 59.3293)
    kiruna = project(20.2253, 67.8558)
    # 8.5 degrees of latitude: about 955 km as the crow flies (the 1,200 km often quoted
    # is by road).
    assert kiruna[1] - stockholm[1] == pytest.approx(955_000, abs=60_000)
    # A little east: 2.2 degrees of longitude, narrowed by the grid's meridian convergence.
    assert kiruna[0] - stockholm[0] == pytest.approx(45_000, abs=20_000)


def test_sweden_is_about_1570_km_long_and_500_km_wide(sweden: SwedenMap) -> None:
    # Measured along and across its long axis, from Smygehuk to Treriksröset, as the
    # figures are usually given; the bounds (north-south by east-west) are 1,540 × 655 km.
    south, north = project(12.828, 55.336), project(20.548, 69.060)
    length = math.dist(south, north)
    ux, uy = (north[0] - south[0]) / length, (north[1] - south[1]) / length
    points = [p for s in sweden.municipalities for ring in s.rings for p in ring]
    along = [(x - south[0]) * ux + (y - south[1]) * uy for x, y in points]
    across = [(y - south[1]) * ux - (x - south[0]) * uy for x, y in points]
    assert max(along) - min(along) == pytest.approx(1_570_000, rel=0.10)
    assert max(across) - min(across) == pytest.approx(500_000, rel=0.10)
    min_x, min_y, max_x, max_y = sweden.bounds
    assert max_y - min_y == pytest.approx(1_570_000, rel=0.10)
    assert 600_000 < max_x - min_x < 700_000


def test_all_290_municipalities_have_closed_rings(sweden: SwedenMap) -> None:
    assert len(sweden.municipalities) == 290
    assert len({s.code for s in sweden.municipalities}) == 290
    assert len({s.county_code for s in sweden.municipalities}) == 21
    for shape in sweden.municipalities:
        assert shape.rings, shape.code
        for ring in shape.rings:
            assert len(ring) >= 4 and ring[0] == ring[-1], shape.code
        xs = [p[0] for ring in shape.rings for p in ring]
        ys = [p[1] for ring in shape.rings for p in ring]
        assert shape.bounds == (min(xs), min(ys), max(xs), max(ys))
    assert sweden.shape("2284").name == "Örnsköldsvik"
    assert sweden.shape("2284").county_code == "22"


def test_municipalities_are_in_swedish_order(sweden: SwedenMap) -> None:
    names = [s.name for s in sweden.municipalities]
    assert names == sorted(names, key=swedish_sort_key)
    assert names[0] == "Ale" and names[-1] == "Övertorneå"


@pytest.mark.parametrize("code", sorted(KNOWN))
def test_the_inner_point_of_a_known_municipality_finds_it(sweden: SwedenMap, code: str) -> None:
    shape = sweden.shape(code)
    assert shape.name == KNOWN[code]
    assert municipality_at(sweden, *shape.inner_point) == code


def test_every_inner_point_finds_its_own_municipality(sweden: SwedenMap) -> None:
    missed = [
        s.code for s in sweden.municipalities if municipality_at(sweden, *s.inner_point) != s.code
    ]
    assert missed == []


def test_points_outside_sweden_find_nothing(sweden: SwedenMap) -> None:
    assert municipality_at(sweden, *project(10.75, 59.91)) is None  # Oslo
    assert municipality_at(sweden, *project(24.94, 60.17)) is None  # Helsinki
    assert municipality_at(sweden, *project(19.0, 57.0)) is None  # the Baltic, east of Gotland


def test_simplification_keeps_shared_borders_identical(sweden: SwedenMap) -> None:
    """Every edge is used by one municipality (coast, border) or exactly two: no slivers."""
    users: dict[frozenset[tuple[float, float]], int] = {}
    for shape in sweden.municipalities:
        for ring in shape.rings:
            for a, b in itertools.pairwise(ring):
                users[frozenset((a, b))] = users.get(frozenset((a, b)), 0) + 1
    assert set(users.values()) <= {1, 2}
    shared = sum(1 for n in users.values() if n == 2)
    assert shared > 0.7 * len(users)  # the inland borders are by far the most


def test_simplification_drops_points_within_the_tolerance() -> None:
    wiggly = [(float(x), 30.0 if x % 2 else 0.0) for x in range(0, 10_001, 1000)]
    ring = [*wiggly, (10_000.0, 10_000.0), (0.0, 10_000.0), wiggly[0]]
    (simplified,) = simplify_outlines({"x": [ring]})["x"]
    assert simplified[0] == simplified[-1]
    assert set(simplified) == {(0.0, 0.0), (10_000.0, 0.0), (10_000.0, 10_000.0), (0.0, 10_000.0)}
    assert TOLERANCE_M > 30


def test_county_borders_reach_every_county(sweden: SwedenMap) -> None:
    assert sweden.county_borders
    on_border = {p for line in sweden.county_borders for p in line}
    for line in sweden.county_borders:
        assert len(line) >= 2
    for county in {s.county_code for s in sweden.municipalities}:
        touching = [
            s
            for s in sweden.municipalities
            if s.county_code == county and any(p in on_border for r in s.rings for p in r)
        ]
        assert touching, county
    # Stockholm's border with Uppsala county is there; Stockholm's with Solna is not.
    solna, stockholm = sweden.shape("0184"), sweden.shape("0180")
    shared = {p for r in solna.rings for p in r} & {p for r in stockholm.rings for p in r}
    inner = shared - {p for line in sweden.county_borders for p in line}
    assert inner


def test_county_bounds_hold_their_municipalities(sweden: SwedenMap) -> None:
    min_x, min_y, max_x, max_y = sweden.county_bounds("25")  # Norrbotten
    for shape in sweden.municipalities:
        if shape.county_code == "25":
            x, y = shape.inner_point
            assert min_x <= x <= max_x and min_y <= y <= max_y
    assert max_y > sweden.county_bounds("12")[3]  # Norrbotten lies north of Skåne
    with pytest.raises(KeyError):
        sweden.county_bounds("99")
    with pytest.raises(KeyError):
        sweden.shape("9999")


def test_the_cache_is_written_and_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = load_map(GEOJSON, cache)
    (cache_file,) = cache.iterdir()
    assert cache_file.suffix == ".json"

    def no_parsing(_content: bytes) -> object:
        raise AssertionError("the GeoJSON was parsed again")

    monkeypatch.setattr(map_data, "_read_features", no_parsing)
    second = load_map(GEOJSON, cache)
    assert second == first


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b"[]", b'{"format": 1}', b"\xff\xfe", "wrong sha"],
    ids=["empty", "broken", "a list", "incomplete", "not utf-8", "another map's"],
)
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path: Path, damage: bytes | str) -> None:
    cache = tmp_path / "cache"
    first = load_map(GEOJSON, cache)
    (cache_file,) = cache.iterdir()
    if isinstance(damage, bytes):
        cache_file.write_bytes(damage)
    else:
        document = json.loads(cache_file.read_text(encoding="utf-8"))
        document["sha256"] = "0" * 64
        cache_file.write_text(json.dumps(document), encoding="utf-8")
    assert load_map(GEOJSON, cache) == first
    assert json.loads(cache_file.read_text(encoding="utf-8"))["sha256"] != "0" * 64


def test_another_geojson_gets_its_own_cache(tmp_path: Path) -> None:
    document = json.loads(GEOJSON.read_text(encoding="utf-8"))
    document["features"] = [f for f in document["features"] if f["properties"]["id"] == "0180"]
    small = tmp_path / "stockholm.geojson"
    small.write_text(json.dumps(document), encoding="utf-8")
    cache = tmp_path / "cache"
    load_map(GEOJSON, cache)
    only = load_map(small, cache)
    assert [s.code for s in only.municipalities] == ["0180"]
    assert len(list(cache.iterdir())) == 2


def test_no_cache_folder_writes_nothing(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    load_map(GEOJSON)
    assert list(work.iterdir()) == [] and list(isolated_home.iterdir()) == []


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert len(load_map(GEOJSON, blocker).municipalities) == 290


def test_the_app_caches_the_map_below_its_home(isolated_home: Path) -> None:
    from servicepunkt_gui.core import paths

    assert paths.cache_dir() == isolated_home / "cache"
    load_map(GEOJSON, paths.cache_dir())
    assert [f.suffix for f in paths.cache_dir().iterdir()] == [".json"]


def test_the_shipped_projection_is_current_and_needs_no_pyproj() -> None:
    """resources/data/ holds the outlines projected from municipalities.geojson, so the app
    (and its frozen build, which leaves pyproj out) never projects. After changing the
    GeoJSON, load it once with ``load_map(geojson, resource_path("data"))`` and commit the
    new map-*.json (and delete the old one)."""
    import subprocess
    import sys

    from servicepunkt_gui.resources import resource_path

    data = resource_path("data")
    shipped = sorted(data.glob("map-*.json"))
    assert len(shipped) == 1, shipped
    probe = (
        "import sys; sys.modules['pyproj'] = None\n"  # any import of pyproj fails
        "from servicepunkt_gui.core.map_data import load_map\n"
        "from servicepunkt_gui.resources import resource_path\n"
        "data = resource_path('data')\n"
        "print(len(load_map(data / 'municipalities.geojson', data).municipalities))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "290"
    assert sorted(data.glob("map-*.json")) == shipped  # read, not written anew
