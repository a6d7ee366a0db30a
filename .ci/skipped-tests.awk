# Prints every skipped test in the given TRX files (dotnet test --logger trx) with its reason, one per line:
#   skipped: <test name>: <reason>
# Used by .ci/run so that a skip is never silent. Plain awk, so CI needs nothing beyond the SDK.
function unescape(s) {
  gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "'", s); gsub(/&#xD;|&#xA;|&#13;|&#10;/, " ", s); gsub(/&amp;/, "\\&", s)
  return s
}
/<UnitTestResult / {
  skipped = ($0 ~ /outcome="NotExecuted"/)
  name = ""; reason = ""; inmessage = 0
  if (skipped && match($0, /testName="[^"]*"/)) { name = unescape(substr($0, RSTART + 10, RLENGTH - 11)) }
  if (skipped && $0 ~ /\/>[ \t]*$/) { printf "skipped: %s: (no reason given)\n", name; skipped = 0 }
  next
}
skipped && /<Message>/ { inmessage = 1; sub(/.*<Message>/, "") }
skipped && inmessage {
  line = $0
  done = (line ~ /<\/Message>/)
  sub(/<\/Message>.*/, "", line)
  gsub(/^[ \t]+|[ \t]+$/, "", line)
  reason = (reason == "" ? line : reason " " line)
  if (done) { inmessage = 0 }
  next
}
skipped && /<\/UnitTestResult>/ {
  printf "skipped: %s: %s\n", name, (reason == "" ? "(no reason given)" : unescape(reason))
  skipped = 0
}
