# Sourced by ./aftercare and bench/*: pick_jdk exports JAVA_HOME as the first JDK >= 21 found in
# JAVA_HOME, the java on PATH or /usr/lib/jvm/*, or exits with a hint.

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java || true)")")" 2>/dev/null)" /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return
    fi
  done
  echo "$(basename "$0"): no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*)." >&2
  echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
  exit 1
}
