# shellcheck shell=bash
# Builds backend/target/nsp-planner.jar when it is missing or older than any source file.
ensure_jar() {
  local root="$1" jar="$1/backend/target/nsp-planner.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/backend/src/main" "$root/web/src/main" "$root/pom.xml" \
      "$root/backend/pom.xml" "$root/web/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "building nsp-planner ..." >&2
    (cd "$root" && mvn -B -q -ntp -DskipTests package) >&2
  fi
}
