-- Prints the figures run.sh reads, exactly (wrk's own table rounds them): requests/s, latency percentiles in
-- microseconds, the request count, answers other than 2xx/3xx, and socket errors (timeouts under load).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50_us=%d p99_us=%d requests=%d bad_status=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50),
    latency:percentile(99),
    summary.requests,
    errors.status,
    errors.connect + errors.read + errors.write + errors.timeout
  ))
end
