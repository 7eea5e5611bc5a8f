-- wrk script: POST a typical ~1 KB complaint (no attachment) through the JSON API.
-- BENCH_DELAY_MS (env) paces each connection for the fixed-rate latency run.
local description = string.rep("Nomor antrean saya dilewati oleh petugas loket dan saya menunggu lama. ", 10)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.body = '{"subject":"Antrean KTP-el tidak tertib","description":"' .. description .. '",'
  .. '"eventDate":"2026-11-02","eventPlace":"Kantor Dinas, loket 2","classification":"PENGADUAN",'
  .. '"serviceCode":"KTP_EL","problemTypeCode":"PERILAKU_PETUGAS","reportedPerson":"Petugas loket 2",'
  .. '"request":"Mohon antrean ditertibkan","identityMode":"RAHASIA",'
  .. '"reporter":{"name":"Rina Warga","phone":"081234567890","email":"rina@example.org"}}'

local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
function delay()
  return pace
end

local created, other = 0, 0
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-201 responses: %d\n", summary.errors.status))
end
