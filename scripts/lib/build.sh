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

# Prepares the command-line launch: the jar, extracted to backend/target/cli/ (a plain class path starts faster
# than the nested jars of the Spring Boot launcher) with a class-data-sharing archive made by one training run of
# `optimise` on the fixture. Both are redone when the jar is newer. Prints nothing; falls back to the plain jar
# when a step fails. See cli_launch.
ensure_cli() {
  local root="$1" jar="$1/backend/target/nsp-planner.jar" dir="$1/backend/target/cli"
  ensure_jar "$root"
  if [ ! -f "$dir/nsp-planner.jar" ] || [ "$jar" -nt "$dir/nsp-planner.jar" ]; then
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null 2>&1 || { rm -rf "$dir"; return 0; }
    java -XX:ArchiveClassesAtExit="$dir/nsp-planner.jsa" -Xlog:disable -Xlog:all=error:stderr -Xmx1g \
      -XX:TieredStopAtLevel=1 -jar "$dir/nsp-planner.jar" optimise --model mclp \
      --demand "$root/data/fixtures/demo-demand.csv" --candidates "$root/data/fixtures/demo-sites.csv" --p 1 --json \
      >/dev/null 2>&1 || rm -f "$dir/nsp-planner.jsa"
  fi
}

# The java arguments before the command for a command-line call: class-data sharing when the archive exists
# (JVM warnings go to stderr, never into JSON on stdout) and the extracted jar, else the plain jar.
cli_launch() {
  local root="$1" dir="$1/backend/target/cli"
  if [ -f "$dir/nsp-planner.jar" ]; then
    if [ -f "$dir/nsp-planner.jsa" ]; then
      echo "-XX:SharedArchiveFile=$dir/nsp-planner.jsa -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -jar $dir/nsp-planner.jar"
    else
      echo "-jar $dir/nsp-planner.jar"
    fi
  else
    echo "-jar $root/backend/target/nsp-planner.jar"
  fi
}
