# shellcheck shell=bash
# The JDKs of this machine, for the scripts that pick one (sourced by keycloak.sh and api.sh).

# java_major HOME -> the JDK's major version from its release file (0 when unknown)
java_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)"
  echo "${v:-0}"
}

# newest_jdk MIN -> the newest JDK >= MIN under /usr/lib/jvm (links skipped), or nothing
newest_jdk() {
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    if [ -L "$d" ] || [ ! -x "$d/bin/java" ]; then continue; fi
    v="$(java_major "$d")"
    if [ "$v" -ge "$1" ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  echo "$best"
}
