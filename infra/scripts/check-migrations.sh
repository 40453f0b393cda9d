#!/usr/bin/env bash
# A landed Flyway migration is never edited: a database migrated by the earlier content would refuse
# the new jar (checksum mismatch), or worse, silently keep the old schema. `make test` runs this.
#
#   infra/scripts/check-migrations.sh            check (exit 1 naming each changed, renamed or deleted file)
#   infra/scripts/check-migrations.sh --record   add the checksum of each committed migration not yet in
#                                                infra/migrations.sha256 (never changes a recorded one)
#
# Two sources of truth, both checked:
#   1. infra/migrations.sha256: the SHA-256 of every migration as it landed. It was started on
#      2026-12-01 from the content of that day (V2 and V3 had been edited after they landed, before this
#      check existed; those edits are the baseline). A listed file must exist with exactly that content.
#   2. git history, for every migration not (yet) listed: its content in the working tree must equal its
#      content in the commit that first added it, and no migration that was ever committed may be gone.
#      A migration that was never committed is new work and may change freely until it is committed.
# A shallow clone lacks the commits that added the migrations: the script deepens it with
# `git fetch --unshallow` and fails loudly (saying so) if it cannot.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="backend/src/main/resources/db/migration"
LIST="infra/migrations.sha256"
cd "$ROOT"

die() { echo "check-migrations: $*" >&2; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

git rev-parse --git-dir >/dev/null 2>&1 \
  || die "not a git checkout: the migrations' history cannot be checked (run it in a clone of the repository)"
if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
  echo "check-migrations: shallow clone; fetching the full history"
  git fetch -q --unshallow 2>/dev/null \
    || die "shallow clone and 'git fetch --unshallow' failed: without the commits that added each migration, edits cannot be detected. Clone with full history (CI: fetch-depth 0)."
fi
[ -f "$LIST" ] || die "$LIST is missing (it records every landed migration's checksum)"

# recorded: path -> checksum (lines "<sha256>  <path>", '#' comments)
declare -A recorded=()
while read -r sum path; do
  case "$sum" in ''|'#'*) continue ;; esac
  recorded["$path"]="$sum"
done <"$LIST"

if [ "${1:-}" = "--record" ]; then
  added=0
  for f in "$DIR"/*; do
    [ -f "$f" ] || continue
    [ -n "${recorded[$f]:-}" ] && continue
    if [ -z "$(git log --format=%H -1 -- "$f")" ]; then
      echo "check-migrations: $f is not committed; commit it before recording it"; continue
    fi
    printf '%s  %s\n' "$(sha "$f")" "$f" >>"$LIST"
    echo "check-migrations: recorded $f"
    added=$((added + 1))
  done
  echo "check-migrations: $added recorded; now run the check"
  exit 0
fi

problems=()
checked=0

# 1. the recorded checksums
for path in "${!recorded[@]}"; do
  if [ ! -f "$path" ]; then
    problems+=("$path: landed migration deleted or renamed (recorded in $LIST); restore it")
  elif [ "$(sha "$path")" != "${recorded[$path]}" ]; then
    problems+=("$path: landed migration changed (its SHA-256 differs from the one recorded in $LIST); revert the edit and put the change in a new migration V<next>__...sql")
  fi
  checked=$((checked + 1))
done

# 1b. the list itself only grows: every line ever committed to it is still there
while IFS= read -r line; do
  grep -qxF "$line" "$LIST" || problems+=("$LIST: the recorded line '$line' was removed or changed; restore it")
done < <(git log -p --format= -- "$LIST" | sed -n 's/^+\([0-9a-f]\{64\}  .*\)$/\1/p' | sort -u)

# 2. git history for the rest, and every migration ever committed must still exist
while IFS= read -r path; do
  [ -n "$path" ] || continue
  [ -n "${recorded[$path]:-}" ] && continue
  [ -f "$path" ] || { problems+=("$path: committed migration deleted or renamed; restore it"); continue; }
done < <(git log --format= --name-only --diff-filter=A -- "$DIR" | sort -u)

for f in "$DIR"/*; do
  [ -f "$f" ] || continue
  [ -n "${recorded[$f]:-}" ] && continue
  first="$(git log --format=%H --diff-filter=A -- "$f" | tail -n 1)"
  [ -n "$first" ] || continue   # never committed: new work
  if ! git show "$first:$f" | cmp -s - "$f"; then
    problems+=("$f: changed since it was committed in $(git log -1 --format='%h (%ad, %s)' --date=short "$first" | cut -c1-100); revert the edit and put the change in a new migration V<next>__...sql")
  fi
  checked=$((checked + 1))
done

# two files for one version: Flyway refuses to start
dups="$(ls "$DIR" | sed -n 's/^\(V[0-9][0-9._]*\)__.*/\1/p' | sort | uniq -d)"
[ -z "$dups" ] || problems+=("$DIR: more than one migration for version(s) $(echo $dups)")

if [ "${#problems[@]}" -gt 0 ]; then
  echo "check-migrations: landed migrations must never change (docs/operations.md, 'Upgrades and rollback'):" >&2
  printf '  - %s\n' "${problems[@]}" >&2
  exit 1
fi
echo "check-migrations: $checked landed migrations unchanged"
