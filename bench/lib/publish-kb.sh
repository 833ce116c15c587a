# Shared by the bench scripts (sourced, not run): publishes kb as the README recommends for speed
# (ReadyToRun, self-contained, one composite image with the framework) from a copy of the
# repository, so that builds other people run in src/ and the benchmark never share bin/ or obj/.
#
#   publish_kb ROOT WORK HEAD
#
# ROOT is the repository, WORK a temporary folder, HEAD 1 to publish the last commit, 0 the
# working tree (committed or not). Sets kb (the executable) and templates (the copy's templates/).
# Needs a fail function (message, exit) in the calling script.
publish_kb() {
    local root="$1" work="$2" head="$3" commit
    commit="$(git -C "$root" rev-parse --short HEAD)"
    mkdir -p "$work/src"
    local tracked=(src content templates Directory.Build.props Directory.Packages.props)
    if [[ $head == 1 ]]; then
        echo "publishing kb ReadyToRun from the last commit ($commit) ..."
        git -C "$root" archive --format=tar HEAD -- "${tracked[@]}" | tar -x -C "$work/src"
    else
        [[ -z "$(git -C "$root" status --porcelain -- "${tracked[@]}")" ]] || commit="$commit + uncommitted changes"
        echo "publishing kb ReadyToRun from a copy of the working tree ($commit) ..."
        (cd "$root" && git ls-files -z --cached --others --exclude-standard -- "${tracked[@]}" \
            | while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done \
            | tar -c --null -T - -f -) | tar -x -C "$work/src"
    fi
    dotnet publish "$work/src/src/KbEngine.Cli" -c Release -r linux-x64 --self-contained true \
        -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/kb" > "$work/publish.log" 2>&1 \
        || { tail -30 "$work/publish.log" >&2; fail "dotnet publish failed (log above)"; }
    kb="$work/kb/kb"
    templates="$work/src/templates"
}
