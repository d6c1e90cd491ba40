# shellcheck shell=bash
# Default JVM options of a command-line call (NSP_JAVA_OPTS replaces them). `optimise` runs in a few seconds:
# with only the C1 JIT it starts and finishes sooner (C2 compiles would compete for the two shared cores and
# rarely pay off before the command ends; measured in docs/optimise.md). Everything else keeps the full JIT.
nsp_java_opts() {
  if [ -n "${NSP_JAVA_OPTS:-}" ]; then
    echo "$NSP_JAVA_OPTS"
  elif [ "${1:-}" = optimise ]; then
    echo "-Xmx4g -XX:TieredStopAtLevel=1"
  else
    echo "-Xmx4g"
  fi
}
