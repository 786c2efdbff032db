-- A mixed query set for bench/soak.sh: hot paths (the same few URLs, served from the render cache),
-- cold ones (offsets and searches that vary per request, so rendered afresh) and 4xx (unknown ids,
-- malformed values, unknown paths). Counts answers by class; a 5xx or a socket error is a failure.
local hot = {
  "/2.3.0/events/?mode=detailed&limit=100", "/2.3.0/events/upcoming/?mode=list",
  "/2.3.0/config/event_types/", "/2.3.0/pads/", "/2.3.0/agencies/?mode=detailed&limit=20",
  "/2.3.0/launcher_configurations/?limit=50", "/2.3.0/locations/?mode=detailed",
}
local words = { "station", "flyby", "docking", "moon", "mars", "crew", "test", "launch", "x" }
local bad = {
  "/2.3.0/events/999999999/", "/2.3.0/events/?limit=abc", "/2.3.0/events/?date__gt=yesterday",
  "/2.3.0/events/?ordering=nope", "/2.3.0/pads/?total_launch_count__gt=many", "/2.3.0/no_such_path/",
  "/2.3.0/agencies/?featured=maybe",
}
local n = 0
function request()
  n = n + 1
  local r = n % 10
  local path
  if r < 5 then path = hot[(n % #hot) + 1]
  elseif r < 8 then
    if n % 2 == 0 then path = "/2.3.0/events/?limit=10&offset=" .. (n % 5000)
    else path = "/2.3.0/events/?search=" .. words[(n % #words) + 1] .. "&offset=" .. (n % 97) end
  else path = bad[(n % #bad) + 1] end
  return wrk.format("GET", path)
end

counts = { ok = 0, client = 0, server = 0 } -- a global: done() reads it from each thread
function response(status, headers, body)
  if status >= 500 then counts.server = counts.server + 1
  elseif status >= 400 then counts.client = counts.client + 1
  else counts.ok = counts.ok + 1 end
end

-- wrk gives each thread its own Lua state: collect the counts from every thread in done().
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) end
function done(summary, latency, requests)
  local ok, client, server = 0, 0, 0
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    ok, client, server = ok + c.ok, client + c.client, server + c.server
  end
  io.write(string.format("SOAK requests=%d 2xx3xx=%d 4xx=%d 5xx=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, ok, client, server,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
