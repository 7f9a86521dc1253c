"""The map: a 5,000-node, 10,000-edge map rendered and opened in headless Chromium.

    python benchmarks/bench_map.py [--nodes 5000] [--edges 10000]

Figures: time to render the HTML (layout included), file size, time until the page has drawn
the network, whether it is still (positions computed beforehand, physics off), and how long
one redraw takes once drawn (is the page responsive). The reference is the same measurement
on a 50-node map in the same browser.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench_analyze import synthetic_graph
from common import Figure, main, timed

from graphkit.render import render

STAGE = "map"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name) or name
    raise RuntimeError("no chromium on PATH (apt-get install chromium)")


def _open(page, path: Path) -> dict[str, float]:
    start = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.graphkitMap && window.graphkitMap.drawn", timeout=600_000)
    drawn = time.perf_counter() - start
    facts = page.evaluate("""async () => {
        const net = graphkitMap.network;
        const ids = graphkitMap.nodes.getIds().slice(0, 50);
        const before = JSON.stringify(net.getPositions(ids));
        await new Promise(r => setTimeout(r, 1000));
        const still = JSON.stringify(net.getPositions(ids)) === before;
        const t = performance.now();
        net.redraw();
        await new Promise(r => requestAnimationFrame(() => r()));
        return {still: still, redraw_ms: performance.now() - t,
                nodes: graphkitMap.nodes.length, edges: graphkitMap.edges.length};
    }""")
    return {"drawn": drawn, **facts}


def run(nodes: int = 5000, edges: int = 10_000) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    big = synthetic_graph(edges, people=max(10, nodes - 321))
    small = synthetic_graph(60, people=20)
    small = small.subgraph({x for e in small.edges for x in (e.source, e.target)})
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as tmp:
        small_html = render(small, Path(tmp) / "small.html")
        seconds_render = timed(lambda: render(big, Path(tmp) / "big.html"))
        big_html = Path(tmp) / "big.html"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=_chromium(), args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            ref = _open(page, small_html)
            got = _open(page, big_html)
            browser.close()
        size_mb = big_html.stat().st_size / 2**20
    size = f"{got['nodes']} nodes, {got['edges']} edges"
    ref_size = f"reference: {ref['nodes']}-node map"
    return [
        Figure(STAGE, "render HTML (layout included)", seconds_render, "s", size),
        Figure(STAGE, "file size", size_mb, "MB", size),
        Figure(STAGE, "open until drawn, small map", ref["drawn"], "s", ref_size),
        Figure(STAGE, "open until drawn", got["drawn"], "s", size, "small map", got["drawn"] / ref["drawn"]),
        Figure(STAGE, "still after drawing (1 = yes)", float(got["still"]), "", size),
        Figure(STAGE, "one redraw once drawn", got["redraw_ms"], "ms", size, "small map",
               got["redraw_ms"] / max(ref["redraw_ms"], 1e-3)),
    ]


if __name__ == "__main__":
    main(run, __doc__)
