"""Scoring a graph against hand-made gold: the rules of ``shared/gold/README.md``.

Entities match on type and on a normalised name or alias (or ISO code for countries); each
gold entity is matched at most once, so a duplicate node is a false positive. Relations are
deduplicated by (type, source, target), direction ignored for symmetric types; optional gold
items are neither rewarded nor punished.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .errors import GoldError
from .model import Graph
from .schema import SYMMETRIC

__all__ = ["evaluate", "load_gold", "normalize", "format_scores"]


def normalize(text: str) -> str:
    """Case-fold, strip accents, punctuation and a leading "the", collapse spaces.

    >>> normalize("The Republic of Korea’s")
    'republic of koreas'
    """
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    """Every ``*.json`` gold file of a folder, by article id (the file's stem)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder of gold files")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a gold file ({exc})") from None
    if not gold:
        raise GoldError(f"{folder}: no *.json gold files")
    return gold


def _forms(name: str, aliases) -> set[str]:
    return {normalize(x) for x in [name, *(aliases or [])] if x}


def _match(node: dict, golds: list[dict]) -> dict | None:
    forms = _forms(node.get("name", ""), node.get("aliases"))
    iso = str((node.get("properties") or {}).get("iso3") or "").upper()
    for g in golds:
        if g["type"] != node.get("label"):
            continue
        if forms & _forms(g["name"], g.get("aliases")) or (iso and g.get("iso3") == iso):
            return g
    return None


def _prf(c: Counter) -> dict[str, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def _rel_key(type_: str, source: str, target: str) -> tuple[str, str, str]:
    if type_ in SYMMETRIC:
        source, target = sorted((source, target))
    return (type_, source, target)


def evaluate(graph: Graph, gold_dir: str | Path) -> dict[str, Any]:
    """Precision, recall and F1 of ``graph`` against the gold files of ``gold_dir``.

    Returns a dict with ``entities``, ``relations``, ``per_type``, ``attributes``,
    ``per_article``, ``problems`` (each miss and false hit, as a line of text) and
    ``verdicts`` (each edge dict of the graph that was judged, with "tp" or "fp").
    """
    data = graph.to_dict()
    nodes = data["nodes"]
    ent, rel, attr = Counter(), Counter(), Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    per_article: dict[str, dict] = {}
    problems: list[str] = []
    verdicts: list[tuple[dict, str]] = []
    for art, gold in load_gold(gold_dir).items():
        a_ent, a_rel = Counter(), Counter()
        node_to_gold: dict[str, dict] = {}
        used: set[str] = set()
        for node in nodes:
            if art not in node["articles"]:
                continue
            g = _match(node, gold["entities"])
            if g is None:
                a_ent["fp"] += 1
                problems.append(f"{art}: entity FP {node['label']} {node['name']!r}")
                continue
            node_to_gold[node["id"]] = g
            if g.get("optional"):
                continue
            if g["key"] in used:
                a_ent["fp"] += 1
                problems.append(f"{art}: duplicate node for {g['key']}: {node['name']!r}")
            else:
                used.add(g["key"])
                a_ent["tp"] += 1
        for g in gold["entities"]:
            if not g.get("optional") and g["key"] not in used:
                a_ent["fn"] += 1
                problems.append(f"{art}: entity FN {g['type']} {g['name']!r}")
        gold_rel = {_rel_key(r["type"].upper(), r["source"], r["target"]): r
                    for r in gold["relations"]}
        found: dict[tuple, list[dict]] = defaultdict(list)
        for edge in data["edges"]:
            if edge["article"] != art:
                continue
            t = edge["type"].upper()
            gs, gt = node_to_gold.get(edge["source"]), node_to_gold.get(edge["target"])
            if gs is None or gt is None:
                found[(t, "?", edge["source"], edge["target"])].append(edge)
                continue
            if gs.get("optional") or gt.get("optional"):
                continue
            found[_rel_key(t, gs["key"], gt["key"])].append(edge)
        for key, edges in found.items():
            if key[1] == "?":
                verdicts.extend((e, "fp") for e in edges)
                a_rel["fp"] += 1
                per_type[key[0]]["fp"] += 1
                problems.append(f"{art}: relation FP (unmatched endpoint) {key[0]} {key[2]} -> {key[3]}")
                continue
            g = gold_rel.get(key)
            if g is None:
                verdicts.extend((e, "fp") for e in edges)
                a_rel["fp"] += 1
                per_type[key[0]]["fp"] += 1
                problems.append(f"{art}: relation FP {key}")
                continue
            if g.get("optional"):
                continue
            verdicts.extend((e, "tp") for e in edges)
            a_rel["tp"] += 1
            per_type[key[0]]["tp"] += 1
            _check_attributes(art, key, g.get("properties") or {}, edges, attr, problems)
        for key, g in gold_rel.items():
            if not g.get("optional") and key not in found:
                a_rel["fn"] += 1
                per_type[key[0]]["fn"] += 1
                problems.append(f"{art}: relation FN {key}")
        ent.update(a_ent)
        rel.update(a_rel)
        per_article[art] = {"entities": _prf(a_ent), "relations": _prf(a_rel)}
    return {"entities": _prf(ent), "relations": _prf(rel),
            "per_type": {t: _prf(c) for t, c in sorted(per_type.items())},
            "attributes": dict(attr), "per_article": per_article, "problems": problems,
            "verdicts": verdicts}


def _check_attributes(art, key, props, edges, attr, problems) -> None:
    if key[0] not in ("TRADES_WITH", "INVESTED_IN") or "value_usd" not in props:
        return
    attr["value_total"] += 1
    gv = props["value_usd"]
    values = []
    for e in edges:
        try:
            values.append(float(e["properties"].get("value_usd")))
        except (TypeError, ValueError):
            pass
    if any(abs(v - gv) <= 0.01 * gv for v in values):
        attr["value_ok"] += 1
    else:
        problems.append(f"{art}: value wrong for {key}: {values} vs {gv}")
    if "year" in props:
        attr["year_total"] += 1
        if any(str(e["properties"].get("year")) == str(props["year"]) for e in edges):
            attr["year_ok"] += 1
        else:
            problems.append(f"{art}: year wrong for {key}")


def format_scores(scores: dict[str, Any], problems: bool = False, per_article: bool = False) -> str:
    """The scores as the text ``graphkit evaluate`` prints."""
    lines = []
    if problems:
        lines += scores["problems"]
    for t, c in scores["per_type"].items():
        lines.append(f"  {t:26s} P={c['p']:.2f} R={c['r']:.2f} F1={c['f']:.2f}  "
                     f"tp={c['tp']} fp={c['fp']} fn={c['fn']}")
    if per_article:
        for a, s in scores["per_article"].items():
            e, r = s["entities"], s["relations"]
            lines.append(f"  {a}: entities P={e['p']:.3f} R={e['r']:.3f} | "
                         f"relations P={r['p']:.3f} R={r['r']:.3f}")
    a = scores["attributes"]
    lines.append(f"attributes: value {a.get('value_ok', 0)}/{a.get('value_total', 0)}  "
                 f"year {a.get('year_ok', 0)}/{a.get('year_total', 0)}")
    e, r = scores["entities"], scores["relations"]
    lines.append(f"entities P={e['p']:.3f} R={e['r']:.3f} F1={e['f']:.3f} | "
                 f"relations P={r['p']:.3f} R={r['r']:.3f} F1={r['f']:.3f}")
    return "\n".join(lines)
