-- Prints the figures run.sh reads, exactly (wrk's own table rounds them): requests/s and latency
-- percentiles in microseconds, plus the count of failed requests.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50_us=%d p99_us=%d requests=%d failed=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50),
    latency:percentile(99),
    summary.requests,
    errors.connect + errors.read + errors.write + errors.timeout + errors.status
  ))
end
