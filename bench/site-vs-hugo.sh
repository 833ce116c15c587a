#!/usr/bin/env bash
# The full archive's static site: kb build against Hugo, in the same run (issue 6).
#
#   bench/site-vs-hugo.sh [ARCHIVE] [-n RUNS] [--kb PATH | --head] [--no-hugo]
#
# ARCHIVE defaults to ../shared/corpus/kbarchive.tar.gz beside the repository. Measures, RUNS
# times each (default 1; with more, the table shows medians), with /usr/bin/time (wall time and
# peak RSS):
#   kb compile  ARCHIVE -> a .kbdb (the first half of a cold `kb build --content ARCHIVE`);
#   kb build    from that .kbdb only: article pages, browse and tree pages, search shards,
#               sitemap (what the targets are about); always a full build into an empty folder
#               (its incremental-build state, .OUT.kb-build beside the output, is removed too);
#   hugo        the same 60,335 articles as plain Markdown pages with a one-line layout.
# Targets: kb build wall time at most half of Hugo's; kb build peak memory under 1,500 MB.
#
# kb: unless --kb PATH names a built kb, the working tree's src/, content/ and templates/
# (committed or not; with --head, as of the last commit instead) are copied into a temporary
# folder and published there as the README recommends for speed (ReadyToRun, self-contained,
# composite; see bench/lib/publish-kb.sh), so builds other people run in src/ and the benchmark never share bin/ or obj/.
# With --kb, templates/ of this repository is used. KB_CACHE points into the temporary folder:
# ~/.cache/kbengine is left alone.
#
# Hugo (0.111, Debian package `hugo`; skipped, saying how to install it, when it is missing or
# with --no-hugo): every kb/NNN/QNNNNNN/README.md of the archive is extracted as
# content/kb/NNN/QNNNNNN/index.md (a leaf bundle, so the page lands at kb/NNN/QNNNNNN/index.html
# like kb build's; the archive's own id/ lists are not articles and are left out) of a temporary
# site made of bench/hugo/: config.toml (Hugo's defaults except no taxonomies, no RSS, URLs keep
# their case; see its comments) and one-line layouts, _default/single.html
# (<html><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>) and _default/list.html (the home
# page and the kb/ section: title and a link per page). The articles' Jekyll front matter
# (layout, title, permalink) is YAML Hugo reads as is; `layout: page` falls back to single.html,
# `permalink` is an unused parameter, and the {% raw %} markers stay as text. Extraction is not
# timed. `hugo -s SITE -d OUT` runs without --quiet so that its page counts and any warning are
# kept; the script checks that every extracted article became a page and names those that did not.
#
# The machine has 2 cores and others may be building too: the load average is printed before and
# after every measurement, and each run measures kb and Hugo back to back. Outputs go to a
# temporary folder under ${TMPDIR:-/tmp}, are sized (du), and are kept until the script ends
# (about 1.8 GB a run): on an ext4 without a journal, like this machine's, creating files soon
# after a tree of 100,000 was deleted costs the kernel 5 to 10 times more (its inode allocator
# skips recently deleted inodes one by one), so deleting each output before the next tool ran
# charged that tool up to 20 s of CPU (perf: find_inode_bit, recently_deleted).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
archive="$root/../shared/corpus/kbarchive.tar.gz"
runs=1
kb=
use_hugo=1
head=0
usage() { sed -n '2,42p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n|--runs) runs="${2:?-n needs a number}"; shift 2 ;;
        --kb) kb="${2:?--kb needs a path}"; shift 2 ;;
        --no-hugo) use_hugo=0; shift ;;
        --head) head=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "site-vs-hugo.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) archive="$1"; shift ;;
    esac
done

fail() { echo "site-vs-hugo.sh: $*" >&2; exit 2; }
# shellcheck source=bench/lib/publish-kb.sh
source "$root/bench/lib/publish-kb.sh"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "-n wants a positive number of runs, not '$runs'"
[[ -f "$archive" ]] || fail "no archive at $archive (see --help)"
archive="$(cd "$(dirname "$archive")" && pwd)/$(basename "$archive")"
[[ -x /usr/bin/time ]] || fail "/usr/bin/time is missing: apt-get install -y time"
if [[ -n "$kb" ]]; then
    [[ -x "$kb" ]] || fail "--kb $kb is not an executable"
    kb="$(cd "$(dirname "$kb")" && pwd)/$(basename "$kb")"
fi
hugo_missing=
if [[ $use_hugo == 1 ]] && ! command -v hugo > /dev/null; then
    use_hugo=0
    hugo_missing="hugo is not installed: apt-get install -y hugo (Debian 12 has 0.111) to compare with it"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/kb-vs-hugo.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export KB_CACHE="$work/cache"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
mb() { du -sm "$1" | cut -f1; }

echo "archive: $archive ($(( $(stat -c %s "$archive") / 1048576 )) MB)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory; load average $(loadavg)"

# --- kb ---------------------------------------------------------------------------------------
if [[ -z "$kb" ]]; then
    publish_kb "$root" "$work" "$head"
else
    templates="$root/templates"
fi
echo "kb: $kb; templates: $templates"

# --- Hugo site --------------------------------------------------------------------------------
site="$work/hugo-site"
if [[ $use_hugo == 1 ]]; then
    echo "hugo: $(hugo version | cut -d' ' -f1-2)"
    echo "extracting the archive's articles into a Hugo site (not timed) ..."
    mkdir -p "$site/content"
    cp -r "$root/bench/hugo/." "$site/"
    tar -xzf "$archive" -C "$site/content" --wildcards --no-wildcards-match-slash \
        'kb/*/*/README.md' --transform 's,/README\.md$,/index.md,'
    hugo_articles=$(find "$site/content" -name index.md | wc -l)
    echo "  $hugo_articles articles in $site/content ($(mb "$site/content") MB)"
elif [[ -n "$hugo_missing" ]]; then
    echo "$hugo_missing; measuring kb only"
fi
echo

# measure NAME COMMAND...: run it under /usr/bin/time; appends "wall_s rss_mb cpu_s" to $work/NAME.times,
# keeps stdout and stderr in $work/NAME.out and $work/NAME.err, returns the command's exit code.
measure() {
    local name="$1"; shift
    local before after code=0
    before="$(loadavg)"
    /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || code=$?
    after="$(loadavg)"
    awk '{ printf "%.2f %d %.2f\n", $1, $2 / 1024, $3 + $4 }' "$work/$name.time" | tail -1 >> "$work/$name.times"
    local wall rss cpu
    read -r wall rss cpu < <(tail -1 "$work/$name.times")
    printf '  %-12s %7.1f s wall  %7.1f s CPU  %6d MB peak RSS   load average %s -> %s%s\n' "$name" "$wall" "$cpu" "$rss" \
        "$before" "$after" \
        "$([[ $code == 0 ]] || echo "   exit code $code")"
    return $code
}

# median of column $1 of the file $2, printed with the printf format $3
median() { awk -v c="$1" '{ print $c }' "$2" | sort -g | awk -v f="$3" '{ v[NR] = $1 } END { printf f "\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for run in $(seq "$runs"); do
    echo "run $run of $runs"
    rm -f "$work/full.kbdb"
    measure kb-compile "$kb" compile --content "$archive" --out "$work/full.kbdb" \
        || { tail -20 "$work/kb-compile.err" >&2; fail "kb compile failed"; }
    kbdb_mb=$(mb "$work/full.kbdb")

    code=0
    # A full build into a folder of its own: no previous site, no incremental-build state.
    measure kb-build "$kb" build --content "$work/full.kbdb" --out "$work/kb-site-$run" --templates "$templates" || code=$?
    if [[ $code != 0 ]]; then
        tail -20 "$work/kb-build.err" >&2
        [[ $code == 1 ]] || fail "kb build failed"
        echo "  (kb build exited with 1: broken links or failed articles, see above; measured anyway)"
    fi
    kb_summary="$(grep -v '^kb build: ' "$work/kb-build.out" | tail -1 || true)"
    kb_pages="$(grep -oE '[0-9,]+ pages' <<< "$kb_summary" | head -1 | tr -d , | cut -d' ' -f1 || true)"
    [[ "$kb_summary" != Updated* ]] || echo "  (kb build says it updated a previous site instead of building a new one)"
    kb_files=$(find "$work/kb-site-$run" -type f | wc -l)
    kb_size_mb=$(mb "$work/kb-site-$run")

    if [[ $use_hugo == 1 ]]; then
        measure hugo hugo -s "$site" -d "$work/hugo-out-$run" --cacheDir "$work/hugo-cache" \
            || { tail -20 "$work/hugo.err" "$work/hugo.out" >&2; fail "hugo failed"; }
        hugo_pages="$(awk -F'|' '$1 ~ /^ *Pages *$/ { gsub(/ /, "", $2); print $2 }' "$work/hugo.out")"
        hugo_files=$(find "$work/hugo-out-$run" -type f | wc -l)
        hugo_article_pages=$(find "$work/hugo-out-$run/kb" -mindepth 3 -maxdepth 3 -name index.html | wc -l)
        hugo_size_mb=$(mb "$work/hugo-out-$run")
        if [[ $hugo_article_pages != "$hugo_articles" ]]; then
            echo "  Hugo wrote $hugo_article_pages article pages for $hugo_articles articles; missing (first 20):"
            comm -23 <(cd "$site/content" && find kb -name index.md | sed 's,/index\.md$,,' | sort) \
                     <(cd "$work/hugo-out-$run" && find kb -mindepth 3 -maxdepth 3 -name index.html | sed 's,/index\.html$,,' | sort) \
                | head -20 | sed 's/^/    /'
        fi
    fi
done

# --- report -----------------------------------------------------------------------------------
echo
[[ -z "$kb_summary" ]] || echo "kb build said: $kb_summary"
if [[ $use_hugo == 1 ]]; then
    echo "hugo said: $hugo_pages pages ($hugo_article_pages article pages for $hugo_articles articles; the rest are the home page and the kb/ section)"
    warnings="$(grep -hE '^(WARN|ERROR)' "$work/hugo.out" "$work/hugo.err" | sed -E 's/^(WARN|ERROR) [0-9\/]+ [0-9:]+ /\1 /' | sort | uniq -c | sort -rn || true)"
    if [[ -n "$warnings" ]]; then
        echo "hugo warnings (last run):"
        head -10 <<< "$warnings" | sed 's/^/  /'
    fi
fi
echo
[[ $runs == 1 ]] || echo "medians of $runs runs:"
row() { printf '%-32s %8s %8s %12s %9s %9s %10s\n' "$@"; }
# row NAME TIMES PAGES FILES MB: the medians of one tool's measurements
tool_row() { row "$1" "$(median 1 "$2" %.1f)" "$(median 3 "$2" %.1f)" "$(median 2 "$2" %.0f)" "$3" "$4" "$5"; }
row tool "wall s" "CPU s" "peak RSS MB" pages files "output MB"
tool_row "kb compile (archive -> .kbdb)" "$work/kb-compile.times" - 1 "$kbdb_mb"
tool_row "kb build (from the .kbdb)" "$work/kb-build.times" "${kb_pages:-?}" "$kb_files" "$kb_size_mb"
sum() { awk -v a="$(median "$1" "$work/kb-compile.times" %.2f)" -v b="$(median "$1" "$work/kb-build.times" %.2f)" "BEGIN { $2 }"; }
cold_wall=$(sum 1 'printf "%.1f", a + b')
row "kb cold path (compile + build)" "$cold_wall" "$(sum 3 'printf "%.1f", a + b')" "$(sum 2 'printf "%.0f", (a > b ? a : b)')" \
    "${kb_pages:-?}" "$kb_files" "$kb_size_mb"
if [[ $use_hugo == 1 ]]; then
    tool_row "hugo ($hugo_articles articles)" "$work/hugo.times" "$hugo_pages" "$hugo_files" "$hugo_size_mb"
fi
echo

kb_rss=$(median 2 "$work/kb-build.times" %.0f)
if [[ $use_hugo == 1 ]]; then
    awk -v k="$(median 1 "$work/kb-build.times" %.2f)" -v h="$(median 1 "$work/hugo.times" %.2f)" -v c="$cold_wall" \
        -v kc="$(median 3 "$work/kb-build.times" %.2f)" -v hc="$(median 3 "$work/hugo.times" %.2f)" 'BEGIN {
        r = k / h; printf "kb build / hugo wall time ratio = %.2f (target <= 0.5: %s)\n", r, (r <= 0.5 ? "met" : "NOT met")
        printf "kb build / hugo CPU time ratio = %.2f (less sensitive to other work on the machine)\n", kc / hc
        printf "kb cold path (compile + build) / hugo wall time ratio = %.2f (for information)\n", c / h }'
else
    echo "kb build / hugo wall time ratio: not measured; ${hugo_missing:-hugo skipped (--no-hugo)}"
fi
echo "kb build peak memory = $kb_rss MB (target < 1500 MB: $( (( kb_rss < 1500 )) && echo met || echo "NOT met"))"
echo "load average at the end: $(loadavg)"
