-- wrk script: GET /customers/{id}/treatment for random demo customers with a bearer token.
-- TREATMENT_TOKEN and TREATMENT_ROWS come from bench/treatment.sh.
local token = os.getenv("TREATMENT_TOKEN")
local rows = tonumber(os.getenv("TREATMENT_ROWS") or "1000000")
local statuses = {}

function setup(thread)
  thread:set("id", tostring(thread))
end

function init(args)
  math.randomseed(os.time() + tonumber(string.sub(tostring({}), -6), 16))
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Accept"] = "application/json"
end

function request()
  local path = string.format("/tierwise/api/customers/DEMO-%06d/treatment", math.random(1, rows))
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    wrk.thread:stop()
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
