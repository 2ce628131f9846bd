# Sourced by the command-line tests: a scratch directory `work`, removed on exit, and
# expect DESCRIPTION PATTERN OUTPUT, which fails the test unless OUTPUT matches the shell
# PATTERN.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expect() {
  case $3 in
    $2) ;;
    *) printf 'FAIL %s\n  expected: %s\n  got:      %s\n' "$1" "$2" "$3"; exit 1 ;;
  esac
}
