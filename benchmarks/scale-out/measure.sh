#!/usr/bin/env bash
# Scale-out measurement (docs/scale-out.md): the same all-vs-all job on the single-machine screener and on 1, 2 and 3
# astro-debris-cluster silo processes (Redis clustering on 127.0.0.1), and the per-shard overhead. Each cluster job runs
# twice on the same silos; the second (warm: JIT done, catalogue path exercised) is reported. Prints a Markdown table.
# Usage: benchmarks/scale-out/measure.sh [HOURS] [THRESHOLD_KM]   (default 3 h, 5 km, the 2022 catalogue: 25,975 objects)
set -euo pipefail
cd "$(dirname "$0")/../.."
hours=${1:-3}; km=${2:-5}
redis_port=${ASTRO_REDIS_PORT:-6391}
work=$(mktemp -d)
silo_pids=()
stop_silos() { for p in "${silo_pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${silo_pids[@]}"; do wait "$p" 2>/dev/null || true; done; silo_pids=(); }
cleanup() { stop_silos; [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
command -v redis-server >/dev/null || { echo "redis-server is required (apt-get install -y redis-server)" >&2; exit 2; }
if redis-cli -p "$redis_port" ping >/dev/null 2>&1; then echo "port $redis_port is already in use (set ASTRO_REDIS_PORT)" >&2; exit 1; fi
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$work/redis.pid" --logfile "$work/redis.log"
sleep 0.5
dotnet build src/Astro.Debris.Orleans.Host -c Release -v q --nologo >/dev/null
host=src/Astro.Debris.Orleans.Host/bin/Release/net10.0/astro-debris-cluster.dll
catalog=tests/data/tle-catalog-2022/catalog-2022-08-09.tle.gz
end=$(date -u -d "2022-08-10T00:00:00Z + $hours hours" +%Y-%m-%dT%H:%M:%SZ)
window=(--start 2022-08-10T00:00:00Z --end "$end" --threshold "$km")
# "wall compute shards" from the cluster summary line; "wall" from the local one.
seconds() { sed -n 's/.*; \([0-9]*\) shards (.* \([0-9.]*\) s (shard compute \([0-9.]*\) s).*/\2 \3 \1/p; s/.*on this machine;.*, \([0-9.]*\) s\.$/\1/p'; }

start_silos() { # $1 count, $2 cluster id
  for i in $(seq 1 "$1"); do
    dotnet "$host" silo --redis "127.0.0.1:$redis_port" --cluster-id "$2" --silo-port $((11340 + i)) --gateway-port $((30340 + i)) > "$work/s$i.out" 2>/dev/null &
    silo_pids+=($!)
  done
  for _ in $(seq 1 240); do [ "$(cat "$work"/s*.out 2>/dev/null | grep -c 'silo ready')" -ge "$1" ] && break; sleep 0.5; done
}
cluster_run() { # $1 cluster id, rest: extra args; prints "wall compute" of the job
  dotnet "$host" screen "$catalog" "${window[@]}" --redis "127.0.0.1:$redis_port" --cluster-id "$1" "${@:2}" --output "$work/c.csv" 2>&1 | tail -1 | seconds
}

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'), $(date -u +%FT%TZ)"
local_s=$(dotnet "$host" screen "$catalog" "${window[@]}" --local --output "$work/l.csv" 2>&1 | tail -1 | seconds)
local_s=$(dotnet "$host" screen "$catalog" "${window[@]}" --local --output "$work/l.csv" 2>&1 | tail -1 | seconds)
echo "| run | shards | wall s | shard compute s | speed-up vs 1 silo | load |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| single machine (--local) | - | $local_s | - | - | $(cut -d' ' -f1 /proc/loadavg) |"
one=""
for n in 1 2 3; do
  rm -f "$work"/s*.out
  start_silos "$n" "bench$n-$$"
  cluster_run "bench$n-$$" > /dev/null
  read -r wall compute shards < <(cluster_run "bench$n-$$")
  [ -z "$one" ] && one=$wall
  printf '| %d silo(s), default plan | %s | %s | %s | %.2f | %s |\n' "$n" "$shards" "$wall" "$compute" "$(echo "$one / $wall" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  if [ "$n" -eq 1 ]; then
    # Per-shard overhead on one silo: the same job in 1 window and in 48 windows (47 extra shards, each repeating the
    # setup of the whole catalogue and one round trip), and a 1-window job with a tiny catalogue (round trip only).
    read -r w1 c1 _ < <(cluster_run "bench1-$$" --blocks 1 --windows 1)
    read -r w48 c48 _ < <(cluster_run "bench1-$$" --blocks 1 --windows 48)
    echo "| 1 silo, 1 window | 1 | $w1 | $c1 | - | $(cut -d' ' -f1 /proc/loadavg) |"
    echo "| 1 silo, 48 windows | 48 | $w48 | $c48 | - | $(cut -d' ' -f1 /proc/loadavg) |"
    printf '| per extra shard (48 vs 1 window) | - | %.3f | %.3f | - | - |\n' "$(echo "($w48 - $w1) / 47" | bc -l)" "$(echo "($c48 - $c1) / 47" | bc -l)"
    { zcat "$catalog" || true; } | head -30 > "$work/tiny.tle"
    tiny() { dotnet "$host" screen "$work/tiny.tle" "${window[@]}" --redis "127.0.0.1:$redis_port" --cluster-id "bench1-$$" "$@" --output "$work/t.csv" 2>&1 | tail -1 | seconds; }
    tiny --windows 1 > /dev/null
    read -r tw1 tc1 _ < <(tiny --windows 1)
    read -r tw90 tc90 _ < <(tiny --windows 90)
    printf '| tiny catalogue (first 30 lines): 90 vs 1 window, per extra shard | - | %.4f | %.4f | - | - |\n' "$(echo "($tw90 - $tw1) / 89" | bc -l)" "$(echo "($tc90 - $tc1) / 89" | bc -l)"
  fi
  stop_silos
done
