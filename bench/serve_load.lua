-- wrk script for bench/serve_load: requests the URLs of a file (one path a line) in turn, each
-- connection's thread starting at its own place, counts the answers that are not 200 by status,
-- and prints one line "QUORUM-LOAD {json}" with the figures bench/serve_load reads.
--   wrk -t2 -c32 -d60s --latency -s bench/serve_load.lua http://127.0.0.1:PORT -- URLS_FILE

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  urls = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(urls, line) end
  end
  if #urls == 0 then error("no URLs in " .. args[1]) end
  at = (id * 7919) % #urls
  statuses = {}
end

function request()
  at = at % #urls + 1
  return wrk.format("GET", urls[at])
end

function response(status, headers, body)
  if status ~= 200 then
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
  end
end

function done(summary, latency, requests)
  local by_status = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(by_status) do table.insert(parts, string.format('"%s": %d', status, n)) end
  local e = summary.errors
  io.write(string.format(
    'QUORUM-LOAD {"requests": %d, "duration_us": %d, "bytes": %d, "mean_us": %.1f, "p50_us": %d, "p90_us": %d, ' ..
    '"p99_us": %d, "max_us": %d, "errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"not_ok_by_status": {%s}}\n',
    summary.requests, summary.duration, summary.bytes, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout, table.concat(parts, ", ")))
end
