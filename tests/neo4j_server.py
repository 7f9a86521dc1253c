"""A real Neo4j 5 Community server for the tests, from Maven Central (no Docker needed).

    python tests/neo4j_server.py fetch     # download the jars once (cached)
    python tests/neo4j_server.py start     # start one, print NEO4J_URI etc., leave it running
    python tests/neo4j_server.py stop DIR

The jars are copied by Maven into ``$XDG_CACHE_HOME/graphkit/neo4j-<version>`` (``~/.cache``
by default), so fresh clones reuse them. Each server gets a fresh home folder, free loopback
ports and a generated password.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

VERSION = "5.26.0"
POM = Path(__file__).with_name("neo4j") / "pom.xml"
USER = "neo4j"


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "graphkit" / f"neo4j-{VERSION}"


def available() -> str | None:
    """None when a server can be started here, else the reason it cannot."""
    if (cache_dir() / "lib" / f"neo4j-{VERSION}.jar").exists():
        return None if shutil.which("java") else "no java on PATH"
    for tool in ("java", "mvn"):
        if not shutil.which(tool):
            return f"no {tool} on PATH (needed to fetch and run Neo4j {VERSION} from Maven Central)"
    return None


def fetch() -> Path:
    """Copy Neo4j's jars from Maven Central into the cache (once); return the lib folder."""
    lib = cache_dir() / "lib"
    if (lib / f"neo4j-{VERSION}.jar").exists():
        return lib
    tmp = lib.with_name("lib.partial")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(["mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
                    f"-DoutputDirectory={tmp}"], check=True)
    tmp.rename(lib)
    return lib


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    home: Path
    process: subprocess.Popen
    uri: str
    password: str
    user: str = USER

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.home, ignore_errors=True)

    def env(self) -> dict[str, str]:
        return {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.user, "NEO4J_PASSWORD": self.password}


def start(timeout: float = 180, home: Path | None = None) -> Server:
    """Start a server and return once it answers Bolt with a set password: on a fresh home,
    or on one :func:`new_home` made (where ``neo4j-admin`` may have imported a database)."""
    lib = fetch()
    home = home or new_home()
    log = open(home / "logs" / "console.log", "ab")
    process = subprocess.Popen(
        ["java", "-Xms512m", "-Xmx2g", "-XX:+UseG1GC", "-cp", f"{lib}/*",
         "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}",
         f"--config-dir={home / 'conf'}"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    bolt = (home / "conf" / "bolt.port").read_text().strip()
    uri = f"bolt://127.0.0.1:{bolt}"
    password = "gk-" + secrets.token_hex(8)
    server = Server(home, process, uri, password)
    try:
        _set_password(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def admin(home: Path, *args: str) -> subprocess.CompletedProcess:
    """Run ``neo4j-admin`` (``org.neo4j.cli.AdminTool``) on a home, e.g. a database import."""
    lib = fetch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    return subprocess.run(["java", "-Xmx2g", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool",
                           *args], env=env, capture_output=True, text=True, cwd=home)


def new_home() -> Path:
    """A server home with its configuration and a free Bolt port, not started."""
    home = Path(tempfile.mkdtemp(prefix="graphkit-neo4j-"))
    bolt = _free_port()
    for sub in ("conf", "data", "logs", "run", "import", "plugins"):
        (home / sub).mkdir()
    (home / "conf" / "neo4j.conf").write_text("\n".join([
        f"server.bolt.listen_address=127.0.0.1:{bolt}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.import={home / 'import'}",
        f"server.directories.plugins={home / 'plugins'}",
        "server.memory.heap.initial_size=512m",
        "server.memory.heap.max_size=2g",
        "server.memory.pagecache.size=512m",
        "db.tx_log.rotation.retention_policy=1 files",
        "",
    ]))
    (home / "conf" / "bolt.port").write_text(f"{bolt}\n")
    return home


def _set_password(server: Server, timeout: float) -> None:
    import neo4j

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            tail = (server.home / "logs" / "console.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"Neo4j exited early:\n{tail}")
        try:
            with neo4j.GraphDatabase.driver(server.uri, auth=(USER, "neo4j")) as d:
                with d.session(database="system") as s:
                    s.run(f"ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO '{server.password}'"
                          ).consume()
            with neo4j.GraphDatabase.driver(server.uri, auth=(USER, server.password)) as d:
                d.verify_connectivity()
            return
        except Exception as exc:  # still starting
            last = exc
            time.sleep(0.5)
    raise TimeoutError(f"Neo4j did not answer on {server.uri} in {timeout:.0f} s: {last}")


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "start"
    if cmd == "fetch":
        reason = available()
        if reason:
            print(f"cannot fetch Neo4j: {reason}", file=sys.stderr)
            return 1
        print(fetch())
        return 0
    if cmd == "start":
        server = start()
        for k, v in server.env().items():
            print(f"export {k}={v}")
        print(f"# home: {server.home}; pid {server.process.pid}")
        return 0
    if cmd == "stop" and len(argv) > 2:
        pid_file = Path(argv[2]) / "run" / "neo4j.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
