# Verdicts on a jcstress console log, sourced by run-stress.sh (and by the module's tests).

# positive_clean LOG: true when jcstress' final tally says every planned test configuration ran
# and passed. jcstress counts a test it could not load (NoClassDefFoundError and the like) as
# [SKIPPED], a "soft error", and a selection that matched nothing as 0 planned: neither proves
# anything, so both fail here, as do FORBIDDEN outcomes, errors and timeouts.
positive_clean() {
  local summary planned passed
  summary="$(grep -E '^\(Results:' "$1" | tail -1)"
  if [[ ! "$summary" =~ ^\(Results:\ ([0-9]+)\ planned\;\ ([0-9]+)\ passed,\ 0\ failed,\ 0\ soft\ errs,\ 0\ hard\ errs\) ]]; then
    return 1
  fi
  planned="${BASH_REMATCH[1]}"
  passed="${BASH_REMATCH[2]}"
  [[ "$planned" -gt 0 && "$passed" -eq "$planned" ]]
}
