#!/usr/bin/env bash
# Cold `kb query` and `kb diagnose`, process start included (issue 5, "Quality and speed").
#
#   bench/cold-query.sh [KBDB] [-n RUNS] [--kb PATH]
#
# Publishes the CLI ReadyToRun into a temporary folder (or uses the published `kb` given with
# --kb), then runs each command RUNS times (default 15) after one untimed warm-up run, and prints
# the median and p90 wall time in ms (date +%s%N around the process; start-up, JIT of what
# ReadyToRun left, opening the knowledge base and the query itself) and, from /usr/bin/time, the
# median CPU time (user + sys) and peak RSS. CPU time barely grows when other work competes for
# the cores, wall time does: read both on a busy machine.
#
# Targets: kb query over the full archive's compiled knowledge base, median < 300 ms;
# kb diagnose --topology content/topologies/fabrikam-50-nodes.json: < 2 s over the full archive,
# < 0.5 s over content/kb (its default cache is compiled into a temporary $KB_CACHE by the
# untimed warm-up run).
#
# KBDB defaults to /tmp/full.kbdb; make it with
#   dotnet run --project src/KbEngine.Cli -c Release -- compile --content ../shared/corpus/kbarchive.tar.gz --out /tmp/full.kbdb
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kbdb=/tmp/full.kbdb
runs=15
kb=
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) runs="$2"; shift 2 ;;
        --kb) kb="$2"; shift 2 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) kbdb="$1"; shift ;;
    esac
done

[[ -f "$kbdb" ]] || { echo "cold-query.sh: no knowledge base at $kbdb (see --help)" >&2; exit 2; }
kbdb="$(cd "$(dirname "$kbdb")" && pwd)/$(basename "$kbdb")"
work="$(mktemp -d "${TMPDIR:-/tmp}/kb-cold.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ -z "$kb" ]]; then
    echo "publishing kb ReadyToRun into $work/kb ..."
    dotnet publish "$root/src/KbEngine.Cli" -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -o "$work/kb" > "$work/publish.log" 2>&1 \
        || { cat "$work/publish.log" >&2; exit 1; }
    kb="$work/kb/kb"
fi

export KB_CACHE="$work/cache"
topology="$root/content/topologies/fabrikam-50-nodes.json"
echo "kb: $kb"
echo "knowledge base: $kbdb ($(du -m "$kbdb" | cut -f1) MB); $runs timed runs per command after 1 untimed warm-up"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo

# percentile P (nearest rank) of the numbers on stdin
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } r = int((p / 100) * NR + 0.999999); if (r < 1) r = 1; print v[r] }'; }

# measure LABEL COMMAND...: one untimed run, then $runs timed ones
measure() {
    local label="$1"; shift
    local walls="$work/walls" cpus="$work/cpus" rss="$work/rss"
    : > "$walls"; : > "$cpus"; : > "$rss"
    "$@" > "$work/out" 2> "$work/err" || { echo "$label: failed (exit $?)"; cat "$work/err" >&2; return 1; }
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" > "$work/out" 2> "$work/err" \
            || { echo "$label: failed"; cat "$work/err" >&2; return 1; }
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> "$walls"
        awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/time" >> "$cpus"
        awk '{ printf "%d\n", $3 / 1024 }' "$work/time" >> "$rss"
    done
    printf '%-58s wall median %5d ms  p90 %5d ms  min %5d ms │ cpu median %5d ms │ peak RSS %4d MB\n' "$label" \
        "$(percentile 50 < "$walls")" "$(percentile 90 < "$walls")" "$(percentile 0 < "$walls")" \
        "$(percentile 50 < "$cpus")" "$(percentile 50 < "$rss")"
    cat "$walls" >> "$work/all-$2"
}

queries=(
    "ms mail users can't send to people in our second exchange site, mail just vanishes"
    "502 Server does not support AUTH between our exchange 5.0 and 5.5 internet mail connectors"
    "outlook asks for password every time it starts"
    "event id 1025 information store error when starting the service"
)

echo "baseline: process start, no knowledge base"
measure "  kb --help" "$kb" --help
echo
echo "kb query --content KBDB \"…\"  (target: median < 300 ms)"
for q in "${queries[@]}"; do
    measure "  ${q:0:56}" "$kb" query --content "$kbdb" "$q"
done
echo "  all queries together: median $(percentile 50 < "$work/all-query") ms, p90 $(percentile 90 < "$work/all-query") ms over $(wc -l < "$work/all-query") runs"
echo

echo "kb diagnose --topology fabrikam-50-nodes.json"
measure "  --content KBDB (target < 2 s)" "$kb" diagnose --topology "$topology" --content "$kbdb"
measure "  --content content/kb (default cache; target < 0.5 s)" "$kb" diagnose --topology "$topology" --content "$root/content/kb"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
