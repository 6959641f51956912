#!/usr/bin/env bash
# The local stack: Apache Kafka (KRaft, single node, from Maven Central) and Redis (Debian's package).
#
#   stack.sh install   fetch what is missing: Kafka jars (mvn), redis-server, prometheus, chromium (apt-get)
#   stack.sh up        start Kafka and Redis unless they already answer; wait until they really answer
#   stack.sh down      stop what this script started (data is kept in .local/)
#   stack.sh status    say what runs where
#
# Everything lives in .local/ at the repository root (git-ignored): jars, data, logs, pid files.
# KAFKA_BOOTSTRAP_SERVERS / REDIS_URL pointing at servers that already answer are reused as they are.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/deploy/local"
LOCAL="$ROOT/.local"
PY="${PYTHON:-$ROOT/.venv/bin/python}"

KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:19092}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:16379/0}"
KAFKA_HOST="${KAFKA_BOOTSTRAP_SERVERS%%,*}"; KAFKA_PORT="${KAFKA_HOST##*:}"; KAFKA_HOST="${KAFKA_HOST%:*}"
CONTROLLER_PORT=$((KAFKA_PORT + 1))
REDIS_HOSTPORT="${REDIS_URL#redis://}"; REDIS_HOSTPORT="${REDIS_HOSTPORT%%/*}"; REDIS_HOSTPORT="${REDIS_HOSTPORT##*@}"
REDIS_HOST="${REDIS_HOSTPORT%:*}"; REDIS_PORT="${REDIS_HOSTPORT##*:}"

KAFKA_LIBS="$LOCAL/kafka/libs"
KAFKA_DATA="$LOCAL/kafka/data"
KAFKA_CONF="$LOCAL/kafka/server.properties"
LOGS="$LOCAL/logs"
REDIS_DIR="$LOCAL/redis"

say() { printf '\033[1m[stack]\033[0m %s\n' "$*"; }

apt_install() {  # apt_install BINARY PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $2 from Debian's packages"
  if [ ! -f "$LOCAL/.apt-updated" ]; then
    apt-get update -qq && mkdir -p "$LOCAL" && touch "$LOCAL/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

install() {
  mkdir -p "$LOCAL" "$LOGS"
  apt_install redis-server redis-server
  apt_install prometheus prometheus
  apt_install chromium chromium
  if [ ! -f "$KAFKA_LIBS/.complete" ] || [ "$HERE/pom.xml" -nt "$KAFKA_LIBS/.complete" ]; then
    say "fetching Apache Kafka from Maven Central into $KAFKA_LIBS"
    rm -rf "$KAFKA_LIBS"
    (cd "$HERE" && mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS")
    touch "$KAFKA_LIBS/.complete"
  fi
}

kafka_answers() { "$PY" -m brandsentry.ping kafka "$KAFKA_BOOTSTRAP_SERVERS" >/dev/null 2>&1; }
redis_answers() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() {  # wait_for NAME SECONDS CHECK...
  local name=$1 secs=$2; shift 2
  for _ in $(seq "$secs"); do "$@" && return 0; sleep 1; done
  say "$name did not answer within ${secs}s; see $LOGS"; return 1
}

write_kafka_config() {
  mkdir -p "$(dirname "$KAFKA_CONF")"
  cat >"$KAFKA_CONF" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${CONTROLLER_PORT}
listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT},CONTROLLER://127.0.0.1:${CONTROLLER_PORT}
advertised.listeners=PLAINTEXT://127.0.0.1:${KAFKA_PORT}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${KAFKA_DATA}
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
log.cleaner.min.compaction.lag.ms=0
EOF
}

start_kafka() {
  if kafka_answers; then say "Kafka answers at $KAFKA_BOOTSTRAP_SERVERS (reusing it)"; return 0; fi
  [ -f "$KAFKA_LIBS/.complete" ] || install
  write_kafka_config
  local cp="$KAFKA_LIBS/*"
  if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
    java -cp "$cp" -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONF" >"$LOGS/kafka-format.log" 2>&1
  fi
  say "starting Kafka at $KAFKA_BOOTSTRAP_SERVERS"
  nohup java -Xms256m -Xmx1g -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
    -cp "$cp" kafka.Kafka "$KAFKA_CONF" >"$LOGS/kafka.out" 2>&1 &
  echo $! >"$LOCAL/kafka.pid"
  wait_for Kafka 120 kafka_answers
  say "Kafka ready"
}

start_redis() {
  if redis_answers; then say "Redis answers at $REDIS_HOST:$REDIS_PORT (reusing it)"; return 0; fi
  command -v redis-server >/dev/null || install
  mkdir -p "$REDIS_DIR" "$LOGS"
  say "starting Redis at $REDIS_HOST:$REDIS_PORT"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" --appendonly yes \
    --daemonize yes --pidfile "$LOCAL/redis.pid" --logfile "$LOGS/redis.log" --save ""
  wait_for Redis 30 redis_answers
  say "Redis ready"
}

stop_pidfile() {  # stop_pidfile NAME FILE
  if pid_alive "$2"; then
    say "stopping $1"
    kill "$(cat "$2")" 2>/dev/null || true
    for _ in $(seq 60); do pid_alive "$2" || break; sleep 0.5; done
    pid_alive "$2" && kill -9 "$(cat "$2")" 2>/dev/null || true
  fi
  rm -f "$2"
}

status() {
  if kafka_answers; then
    if pid_alive "$LOCAL/kafka.pid"; then say "Kafka: up at $KAFKA_BOOTSTRAP_SERVERS (pid $(cat "$LOCAL/kafka.pid"))"
    else say "Kafka: up at $KAFKA_BOOTSTRAP_SERVERS (not started by this script)"; fi
  else say "Kafka: down ($KAFKA_BOOTSTRAP_SERVERS)"; fi
  if redis_answers; then
    if pid_alive "$LOCAL/redis.pid"; then say "Redis: up at $REDIS_HOST:$REDIS_PORT (pid $(cat "$LOCAL/redis.pid"))"
    else say "Redis: up at $REDIS_HOST:$REDIS_PORT (not started by this script)"; fi
  else say "Redis: down ($REDIS_HOST:$REDIS_PORT)"; fi
  say "data and logs: $LOCAL"
}

case "${1:-}" in
  install) install ;;
  up) install; start_redis; start_kafka ;;
  down) stop_pidfile Kafka "$LOCAL/kafka.pid"; stop_pidfile Redis "$LOCAL/redis.pid" ;;
  status) status ;;
  *) echo "usage: $0 install|up|down|status" >&2; exit 2 ;;
esac
