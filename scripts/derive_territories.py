#!/usr/bin/env python3
"""Derive the compact territories.csv shipped in src/main/resources/reference/territories.

Input: the data/ folder of the npm package @etalab/decoupage-administratif 6.0.0 (MIT, built by
Etalab from INSEE's Code officiel géographique):  npm pack @etalab/decoupage-administratif@6.0.0
Usage:  scripts/derive_territories.py PATH/TO/data > src/main/resources/reference/territories/territories.csv

One row per territory, parents first, so a loader can create PART_OF edges in one pass:
  id, level, code, name, parents (';'-separated ids), population (sum of municipal populations)
"""
import csv, json, sys
from collections import defaultdict

src = sys.argv[1]
load = lambda name: json.load(open(f"{src}/{name}.json", encoding="utf-8"))
regions, departements, epcis, communes = load("regions"), load("departements"), load("epci"), load("communes")
communes = [c for c in communes if c["type"] == "commune-actuelle"]

com_codes = {r["code"] for r in regions if r["zone"] == "com"}
def dep_id(code):
    return f"collectivite:{code}" if code in com_codes else f"departement:{code}"

epci_of = {}
for e in epcis:
    for m in e["membres"]:
        epci_of[m["code"]] = e["code"]

pop = defaultdict(int)
for c in communes:
    p = c.get("population") or 0
    for key in (dep_id(c["departement"]), f"region:{c.get('region')}", "FR"):
        pop[key] += p
    if c["code"] in epci_of:
        pop[f"epci:{epci_of[c['code']]}"] += p

rows = [("FR", "PAYS", "FR", "France", "", pop["FR"])]
for r in regions:
    if r["zone"] == "com":
        rows.append((f"collectivite:{r['code']}", "COLLECTIVITE_OUTRE_MER", r["code"], r["nom"], "FR", pop[f"collectivite:{r['code']}"]))
    else:
        rows.append((f"region:{r['code']}", "REGION", r["code"], r["nom"], "FR", pop[f"region:{r['code']}"]))
for d in departements:
    if d["zone"] != "com":
        rows.append((f"departement:{d['code']}", "DEPARTEMENT", d["code"], d["nom"], f"region:{d['region']}", pop[f"departement:{d['code']}"]))
dep_of_commune = {c["code"]: dep_id(c["departement"]) for c in communes}
for e in epcis:
    parents = sorted({dep_of_commune[m["code"]] for m in e["membres"] if m["code"] in dep_of_commune})
    rows.append((f"epci:{e['code']}", "EPCI", e["code"], e["nom"], ";".join(parents), pop[f"epci:{e['code']}"]))
for c in communes:
    parents = [dep_id(c["departement"])]
    if c["code"] in epci_of:
        parents.append(f"epci:{epci_of[c['code']]}")
    rows.append((f"commune:{c['code']}", "COMMUNE", c["code"], c["nom"], ";".join(parents), c.get("population") or 0))

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["id", "level", "code", "name", "parents", "population"])
w.writerows(rows)
