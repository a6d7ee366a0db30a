#!/usr/bin/python3
"""Times networkx.max_weight_matching on graphs written by `PeerPractice.Benchmarks --export-graphs DIR`.

Usage: /usr/bin/python3 networkx_matching.py GRAPH [REPEATS]
Run it with Debian's /usr/bin/python3 (package python3-networkx, version 2.8.8): another python3 on PATH may carry a
different networkx. Prints the total weight, the pair count, and the solve time (graph construction excluded, timed
separately) and its CPU time (the machine is shared, so wall time is noisy) so it can be compared with the .NET solver and LEMON on the same graph.
"""
import sys
import time

import networkx as nx


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with open(path, encoding="ascii") as f:
        n, m = (int(x) for x in f.readline().split())
        edges = [tuple(int(x) for x in line.split()) for line in f]
    assert len(edges) == m, f"expected {m} edges, read {len(edges)}"

    build_start = time.perf_counter()
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(edges)
    build_seconds = time.perf_counter() - build_start

    times = []
    cpu_times = []
    matching = set()
    for _ in range(repeats):
        cpu_start = time.process_time()
        start = time.perf_counter()
        matching = nx.max_weight_matching(graph, maxcardinality=False)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    total = sum(graph[u][v]["weight"] for u, v in matching)
    times.sort()
    cpu_times.sort()
    print(f"networkx {nx.__version__} n={n} m={m} total={total} pairs={len(matching)} "
          f"best_ms={times[0] * 1000:.1f} median_ms={times[len(times) // 2] * 1000:.1f} "
          f"cpu_best_ms={cpu_times[0] * 1000:.1f} "
          f"build_ms={build_seconds * 1000:.1f} repeats={repeats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
