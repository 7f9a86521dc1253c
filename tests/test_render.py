"""The map, opened in real headless Chromium (Debian's), driven by Playwright."""

import json
from pathlib import Path

import pytest

from graphkit.model import Article, Edge, Graph, Node
from graphkit.render import render

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / ".artifacts"


def open_map(chromium: str, path: Path, screenshot: Path | None = None) -> dict:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors, requests, dialogs = [], [], []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.graphkitMap && window.graphkitMap.drawn", timeout=30000)
        facts = page.evaluate("""() => ({
            nodes: graphkitMap.nodes.length, edges: graphkitMap.edges.length,
            edgeTitles: graphkitMap.edges.get().map(e => e.title),
            nodeTitles: graphkitMap.nodes.get().map(n => n.title),
            scripts: document.scripts.length,
            text: document.body.innerText})""")
        if screenshot:
            screenshot.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(screenshot))
        browser.close()
    facts.update(errors=errors, requests=requests, dialogs=dialogs)
    return facts


def test_seeds_map_draws_offline_with_every_node_and_edge(chromium, seeds_graph, tmp_path):
    path = render(seeds_graph, tmp_path / "map.html")
    facts = open_map(chromium, path, ARTIFACTS / "map.png")
    assert facts["errors"] == []
    assert [u for u in facts["requests"] if not u.startswith("file://")] == []
    assert facts["nodes"] == len(seeds_graph.nodes)
    assert facts["edges"] == len(seeds_graph.edges)
    evidence = next(e.evidence for e in seeds_graph.edges if e.type == "MET_WITH")
    assert any(evidence in t for t in facts["edgeTitles"])


def test_html_in_names_and_evidence_is_shown_as_text_and_never_run(chromium, tmp_path):
    evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>"\'</script>'
    g = Graph([Article("a")], [Node("person:e", "Person", evil, [evil], ["a"]),
                               Node("country:TJK", "Country", "Tajik</title>", [], ["a"])],
              [Edge("HOLDS_OFFICE", "person:e", "country:TJK", "a", evil, 0.5)])
    path = render(g, tmp_path / "evil.html", title=evil)
    facts = open_map(chromium, path)
    assert facts["dialogs"] == [] and facts["errors"] == []
    assert facts["nodes"] == 2 and facts["edges"] == 1
    assert evil in facts["text"]  # the title, as text
    assert any(evil in t for t in facts["edgeTitles"])
    assert facts["scripts"] == 3  # vis-network, the data block, graphkit's own


def test_map_data_is_escaped_for_a_script_element(tmp_path):
    g = Graph([Article("a")], [Node("person:e", "Person", "</script><b>x</b>", [], ["a"])])
    html = render(g, tmp_path / "m.html").read_text()
    data = html.split('id="graph-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert "</" not in data and json.loads(data)["nodes"][0]["label"] == "</script><b>x</b>"


def test_the_notebook_view_draws_inside_its_iframe(chromium, seeds_graph, tmp_path):
    """What Jupyter does with ``show(graph)``: the cell's HTML in a page; the map must draw
    inside the srcdoc iframe with every node and edge, offline."""
    from graphkit.render import show

    cell = show(seeds_graph, height=500)._repr_html_()
    page = tmp_path / "notebook.html"
    page.write_text(f"<!doctype html><html><body><div class='output'>{cell}</div></body></html>",
                    encoding="utf-8")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page()
        errors, requests = [], []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("request", lambda r: requests.append(r.url))
        tab.goto(page.resolve().as_uri())
        frame = tab.wait_for_selector("iframe").content_frame()
        frame.wait_for_function("window.graphkitMap && window.graphkitMap.drawn", timeout=30000)
        counts = frame.evaluate("() => [graphkitMap.nodes.length, graphkitMap.edges.length]")
        browser.close()
    assert counts == [len(seeds_graph.nodes), len(seeds_graph.edges)]
    assert not errors
    assert all(u.startswith(("file:", "about:", "data:")) for u in requests), requests


def test_the_sampled_layout_of_a_big_graph_is_deterministic_and_keeps_neighbours_close():
    import networkx as nx
    import numpy as np

    from graphkit.render import sampled_spring_layout

    G = nx.planted_partition_graph(10, 80, 0.15, 0.002, seed=1)  # ten clusters of 80
    pos = sampled_spring_layout(G, k=3.0 / len(G) ** 0.5)
    assert pos == sampled_spring_layout(G, k=3.0 / len(G) ** 0.5)
    xy = np.array([pos[v] for v in G])
    edges = np.array(list(G.edges()))
    edge_length = np.linalg.norm(xy[edges[:, 0]] - xy[edges[:, 1]], axis=1).mean()
    pairs = np.random.default_rng(0).integers(0, len(G), (4000, 2))
    pair_length = np.linalg.norm(xy[pairs[:, 0]] - xy[pairs[:, 1]], axis=1).mean()
    assert edge_length < 0.5 * pair_length
    assert np.isfinite(xy).all() and np.abs(xy).max() == pytest.approx(1.0)
