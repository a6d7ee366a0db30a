#!/bin/sh
# Runs the weighted-matching comparison on one set of graphs: .NET solver (and greedy), LEMON 1.3.1, networkx 2.8.8.
# Usage (from the repository root): benchmarks/external/compare.sh [DIR] [NETWORKX_SIZES] [SPARSE_SIZES]
#   DIR             where graphs and the LEMON binary go (default /tmp/peerpractice-matching); nothing is written
#                   inside the repository
#   NETWORKX_SIZES  dense sizes for networkx, which is pure Python and slow (default "500 1000"; 2000 takes hours;
#                   "" skips it)
#   SPARSE_SIZES    sparse graphs (average degree 20) for .NET and LEMON (default "20000 100000"; "" skips them)
set -eu
dir=${1:-/tmp/peerpractice-matching}
nx_sizes=${2-"500 1000"}
sparse_sizes=${3-"20000 100000"}
here=$(dirname "$0")
mkdir -p "$dir"

dotnet build -c Release benchmarks/PeerPractice.Benchmarks >/dev/null
bench=benchmarks/PeerPractice.Benchmarks/bin/Release/net10.0/PeerPractice.Benchmarks.dll
[ -f "$dir/dense-2000.txt" ] && [ -f "$dir/sparse-100000.txt" ] || dotnet "$bench" --export-graphs "$dir"
g++ -O2 -std=c++17 -o "$dir/lemon_matching" "$here/lemon_matching.cpp" -llemon

for n in 500 1000 2000; do
  dotnet "$bench" --time-graphs "$dir" 3 "dense-$n."
  "$dir/lemon_matching" "$dir/dense-$n.txt" 3
done
for n in $sparse_sizes; do
  dotnet "$bench" --time-graphs "$dir" 3 "sparse-$n."
  "$dir/lemon_matching" "$dir/sparse-$n.txt" 3
done
for n in $nx_sizes; do
  /usr/bin/python3 "$here/networkx_matching.py" "$dir/dense-$n.txt" 1
done
cat "$dir"/dense-*.expected "$dir"/sparse-*.expected
