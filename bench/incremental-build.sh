#!/usr/bin/env bash
# An incremental kb build of the full archive after one article changed (issue 6).
#
#   bench/incremental-build.sh [ARCHIVE] [-n EDITS] [--kb PATH | --head] [--keep DIR]
#
# ARCHIVE defaults to ../shared/corpus/kbarchive.tar.gz beside the repository. Its articles are
# extracted into a content folder (not timed), which `kb build --content FOLDER --out SITE`
# compiles into the default cache and builds whole once (not timed; then `sync`, so that writing
# back its gigabyte does not compete with what is measured). Then, each under
# /usr/bin/time, process start included, as a user runs it:
#   unchanged   kb build again with nothing changed;
#   body N      EDITS times (default 5): one word of Q199534's "Additional query words" line
#               changed, then kb build (the cache is updated in place, one page rendered);
#   symptom     a word of Q199534's symptom changed (its search shards are patched too);
#   title       Q199534's title changed (the pages that cite it, the browse lists, the tree
#               pages of its problem area and the document shard follow).
# Target: under 1 s for one article changed. The table gives each run's wall time, CPU time and
# peak RSS, what kb said it rendered and wrote, and the median of the body edits.
#
# kb: as in bench/site-vs-hugo.sh (the working tree published as the README recommends for speed, in a temporary folder;
# --head for the last commit; --kb PATH for a built kb, with this repository's templates/).
# Everything is written under a temporary folder in ${TMPDIR:-/tmp} (the content, the cache via
# KB_CACHE, the site), deleted at the end unless --keep DIR names a folder to move it to
# (deleting the 124,000 files of the site takes a minute or more on a disk mounted with discard).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
archive="$root/../shared/corpus/kbarchive.tar.gz"
edits=5
kb=
head=0
keep=
usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n|--edits) edits="${2:?-n needs a number}"; shift 2 ;;
        --kb) kb="${2:?--kb needs a path}"; shift 2 ;;
        --head) head=1; shift ;;
        --keep) keep="${2:?--keep needs a folder}"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "incremental-build.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) archive="$1"; shift ;;
    esac
done

fail() { echo "incremental-build.sh: $*" >&2; exit 2; }
# shellcheck source=bench/lib/publish-kb.sh
source "$root/bench/lib/publish-kb.sh"
[[ "$edits" =~ ^[1-9][0-9]*$ ]] || fail "-n wants a positive number of edits, not '$edits'"
[[ -f "$archive" ]] || fail "no archive at $archive (see --help)"
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is missing: apt-get install -y time"
[[ -z "$keep" || ! -e "$keep" ]] || fail "--keep $keep exists already"

work="$(mktemp -d "${TMPDIR:-/tmp}/kb-incremental.XXXXXX")"
cleanup() {
    if [[ -n "$keep" ]]; then mv "$work" "$keep" && echo "kept in $keep"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export KB_CACHE="$work/cache"
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ -z "$kb" ]]; then
    publish_kb "$root" "$work" "$head"
else
    [[ -x "$kb" ]] || fail "--kb $kb is not an executable"
    templates="$root/templates"
fi

content="$work/content"
site="$work/site"
article="$content/kb/199/Q199534/README.md"
echo "extracting the archive into $content (not timed) ..."
mkdir -p "$content"
tar -xzf "$archive" -C "$content"
[[ -f "$article" ]] || fail "the archive has no kb/199/Q199534/README.md"
echo "compiling and building the whole site once (not timed) ..."
"$kb" build --content "$content" --out "$site" --templates "$templates" > "$work/first.out" 2>&1 \
    || { tail -20 "$work/first.out" >&2; fail "the first build failed"; }
tail -1 "$work/first.out"
# The first build leaves a gigabyte of dirty pages; their writeback would compete with what is measured.
sync
echo "machine: $(nproc) cores; load average $(loadavg)"
echo

printf '  %-10s %7s %7s %8s   %s\n' run "wall s" "CPU s" "RSS MB" "what kb said"
body_times=()
# measure NAME: kb build under /usr/bin/time; prints one row, appends the wall time to $work/NAME.
measure() {
    local name="$1" code=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$kb" build --content "$content" --out "$site" --templates "$templates" \
        > "$work/out" 2> "$work/err" || code=$?
    [[ $code == 0 ]] || { cat "$work/err" >&2; fail "kb build exited with $code after the $name edit"; }
    local wall user sys rss said
    read -r wall user sys rss < <(tail -1 "$work/time")
    said="$(grep -E '^(Updated|Built):' "$work/out" | sed -E 's/^(Updated|Built): ([0-9,]+ pages rendered, [0-9,]+ files written).*/\1: \2/')"
    grep -q '^Updated:' "$work/out" || said="$said (NOT incremental)"
    printf '  %-10s %7.2f %7.2f %8d   %s; load %s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$said" "$(loadavg)"
    echo "$wall" >> "$work/$name"
}

measure unchanged
for i in $(seq 1 "$edits"); do
    sed -i "s/^\tAdditional query words:.*/\tAdditional query words: benchmark$i/" "$article"
    measure body
done
sed -i 's/Mail disappears, and no/Mail vanishes, and no/' "$article"
grep -q 'Mail vanishes, and no' "$article" || fail "Q199534's symptom text was not found to edit"
measure symptom
sed -i 's/Remote Exchange Sites/Remote Exchange Sites Over X.400/' "$article"
grep -q '^title: ".*Over X.400"' "$article" || fail "Q199534's title was not found to edit"
measure title

median="$(sort -n "$work/body" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
echo
echo "one article's body changed: median $median s over $edits builds (target: under 1 s)"
