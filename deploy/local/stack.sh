#!/usr/bin/env bash
# The local stack: Apache Kafka (KRaft, from Maven Central) and Redis (Debian's package), secured as in production.
#
#   stack.sh install      fetch what is missing: Kafka jars (mvn), redis-server, prometheus, chromium (apt-get)
#   stack.sh up           start Kafka (one node) and Redis unless they already answer; wait until they really answer
#   stack.sh cluster-up   the same with three KRaft brokers (replication factor 3, min.insync.replicas 2)
#   stack.sh down         stop what this script started (data is kept)
#   stack.sh node-stop N / node-start N   stop (SIGKILL) or start broker N of the cluster (fault tests)
#   stack.sh status       say what runs where
#   stack.sh env          print the path of the admin environment file (source it to act as the admin)
#
# Security (BRANDSENTRY_KAFKA_SECURITY=SASL_SSL, the default; PLAINTEXT starts the old open broker for experiments):
#   - a local CA and a broker certificate (openssl) in $LOCAL/tls; clients verify the broker by it;
#   - clients connect over SASL_SSL with SCRAM-SHA-512; the controller listener takes only mutual TLS
#     (the brokers' certificate, principal User:broker); KRaft's StandardAuthorizer with
#     allow.everyone.if.no.acl.found=false and super.users = User:admin;User:broker only;
#   - the admin and broker SCRAM credentials are written into the metadata log at format time
#     (kafka-storage format --add-scram, salted: no password on a command line);
#   - Redis with its default user off and one ACL user `brandsentry` (password hashed in an ACL file);
#   - every secret is generated at first start into $LOCAL/secrets (mode 700/600), never into the repository;
#     $LOCAL/secrets/admin.env (or cluster.env) holds the admin's KAFKA_* settings and REDIS_URL.
#   Services never run as the admin: `brandsentry kafka-credentials provision` gives each its own principal.
#
# Settings (environment):
#   BRANDSENTRY_LOCAL          data, logs, secrets, certificates (default .local/ at the repository root, git-ignored)
#   BRANDSENTRY_KAFKA_LIBS     Kafka's jars (default .local/kafka/libs at the repository root, shared)
#   BRANDSENTRY_KAFKA_SECURITY SASL_SSL (default) | PLAINTEXT
#   BRANDSENTRY_KAFKA_NODES    1 (default) | 3 (what cluster-up sets)
#   KAFKA_BOOTSTRAP_SERVERS    first host:port = client port of node 1 (default 127.0.0.1:19092; cluster 127.0.0.1:19192).
#                              Node n listens for clients on port+2(n-1) and for controllers on port+2(n-1)+1.
#   REDIS_URL                  where Redis listens (default redis://127.0.0.1:16379/0)
# Servers that already answer at these addresses are reused as they are.
set -euo pipefail
# Everything this script makes (data, logs, configs) is the owner's only; files that others must read are
# chmod-ed wider below by name (the TLS directory and ca.crt). Logs say which listing alerted which brand.
umask 077

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/deploy/local"
LOCAL="${BRANDSENTRY_LOCAL:-$ROOT/.local}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
SECURITY="${BRANDSENTRY_KAFKA_SECURITY:-SASL_SSL}"
NODES="${BRANDSENTRY_KAFKA_NODES:-1}"
case "${1:-}" in cluster-up|node-stop|node-start) NODES=3 ;; esac
case "$SECURITY" in SASL_SSL|PLAINTEXT) ;; *) echo "BRANDSENTRY_KAFKA_SECURITY is SASL_SSL or PLAINTEXT, not $SECURITY" >&2; exit 2 ;; esac
case "$NODES" in 1|3) ;; *) echo "BRANDSENTRY_KAFKA_NODES is 1 or 3, not $NODES" >&2; exit 2 ;; esac
KAFKA_MODE=$SECURITY REDIS_MODE=$SECURITY  # what the running servers really speak (a server from before the switch)

if [ "$NODES" = 3 ]; then DEFAULT_BOOTSTRAP=127.0.0.1:19192; else DEFAULT_BOOTSTRAP=127.0.0.1:19092; fi
BOOTSTRAP_IN="${KAFKA_BOOTSTRAP_SERVERS:-$DEFAULT_BOOTSTRAP}"
REDIS_URL_IN="${REDIS_URL:-redis://127.0.0.1:16379/0}"
KAFKA_HOST="${BOOTSTRAP_IN%%,*}"; BASE_PORT="${KAFKA_HOST##*:}"; KAFKA_HOST="${KAFKA_HOST%:*}"
REDIS_HOSTPORT="${REDIS_URL_IN#redis://}"; REDIS_HOSTPORT="${REDIS_HOSTPORT%%/*}"; REDIS_HOSTPORT="${REDIS_HOSTPORT##*@}"
REDIS_HOST="${REDIS_HOSTPORT%:*}"; REDIS_PORT="${REDIS_HOSTPORT##*:}"
REDIS_DB="${REDIS_URL_IN##*/}"; case "$REDIS_DB" in ''|*[!0-9]*) REDIS_DB=0 ;; esac

client_port() { echo $((BASE_PORT + 2 * ($1 - 1))); }
controller_port() { echo $((BASE_PORT + 2 * ($1 - 1) + 1)); }
BOOTSTRAP=$(for n in $(seq "$NODES"); do printf '%s:%s,' "$KAFKA_HOST" "$(client_port "$n")"; done); BOOTSTRAP="${BOOTSTRAP%,}"

KAFKA_LIBS="${BRANDSENTRY_KAFKA_LIBS:-$ROOT/.local/kafka/libs}"
LOGS="$LOCAL/logs"
REDIS_DIR="$LOCAL/redis"
SECRETS="$LOCAL/secrets"
TLS="$LOCAL/tls"
if [ "$NODES" = 3 ]; then ENV_FILE="$SECRETS/cluster.env"; else ENV_FILE="$SECRETS/admin.env"; fi

node_dir() { if [ "$NODES" = 3 ]; then echo "$LOCAL/kafka/node-$1"; else echo "$LOCAL/kafka"; fi; }
node_pid() { if [ "$NODES" = 3 ]; then echo "$LOCAL/kafka-$1.pid"; else echo "$LOCAL/kafka.pid"; fi; }

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
  apt_install openssl openssl
  if [ ! -f "$KAFKA_LIBS/.complete" ] || [ "$HERE/pom.xml" -nt "$KAFKA_LIBS/.complete" ]; then
    say "fetching Apache Kafka from Maven Central into $KAFKA_LIBS"
    rm -rf "$KAFKA_LIBS"
    (cd "$HERE" && mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS")
    touch "$KAFKA_LIBS/.complete"
  fi
}

# ---------------------------------------------------------------- secrets and certificates

secret() {  # secret NAME: the secret's value, generated (32 random bytes, url-safe) on first use
  local file="$SECRETS/$1"
  if [ ! -s "$file" ]; then
    (umask 077; openssl rand -base64 32 | tr '+/' '-_' | tr -d '=\n' >"$file")
  fi
  cat "$file"
}

make_secrets() {
  (umask 077; mkdir -p "$SECRETS" "$TLS")
  chmod 700 "$SECRETS"; chmod 755 "$TLS"  # keys 600 inside; ca.crt readable by clients
  secret kafka-admin.password >/dev/null
  secret kafka-broker.password >/dev/null
  secret tls-store.password >/dev/null
  secret redis.password >/dev/null
  if [ ! -s "$TLS/ca.crt" ]; then
    say "making a local CA and the broker certificate in $TLS"
    (
      umask 077; cd "$TLS"
      openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=BrandSentry local CA" \
        -keyout ca.key -out ca.crt -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
      openssl req -newkey rsa:2048 -nodes -subj "/CN=broker" -keyout broker.key -out broker.csr 2>/dev/null
      printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n' >broker.ext
      openssl x509 -req -in broker.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -extfile broker.ext \
        -out broker.crt 2>/dev/null
      openssl pkcs12 -export -in broker.crt -inkey broker.key -certfile ca.crt -name broker \
        -out broker.p12 -passout "file:$SECRETS/tls-store.password"
      openssl pkcs12 -export -nokeys -in ca.crt -name ca -jdktrust anyExtendedKeyUsage \
        -out truststore.p12 -passout "file:$SECRETS/tls-store.password" 2>/dev/null \
        || keytool -importcert -noprompt -alias ca -file ca.crt -keystore truststore.p12 -storetype PKCS12 \
             -storepass:file "$SECRETS/tls-store.password" >/dev/null 2>&1
      rm -f broker.csr broker.ext ca.srl
      chmod 644 ca.crt
    )
  fi
}

write_env_file() {  # what a client needs to act as the admin principal
  (
    umask 077
    {
      echo "KAFKA_BOOTSTRAP_SERVERS=$BOOTSTRAP"
      if [ "$KAFKA_MODE" = SASL_SSL ]; then
        echo "KAFKA_SECURITY_PROTOCOL=SASL_SSL"
        echo "KAFKA_SASL_MECHANISM=SCRAM-SHA-512"
        echo "KAFKA_SASL_USERNAME=admin"
        echo "KAFKA_SASL_PASSWORD=$(secret kafka-admin.password)"
        echo "KAFKA_SSL_CAFILE=$TLS/ca.crt"
      else
        echo "KAFKA_SECURITY_PROTOCOL=PLAINTEXT"
      fi
      if [ "$REDIS_MODE" = SASL_SSL ]; then
        echo "REDIS_URL=redis://brandsentry:$(secret redis.password)@$REDIS_HOST:$REDIS_PORT/$REDIS_DB"
      else
        echo "REDIS_URL=redis://$REDIS_HOST:$REDIS_PORT/$REDIS_DB"
      fi
      if [ "$NODES" = 3 ]; then echo "KAFKA_REPLICATION_FACTOR=3"; echo "KAFKA_MIN_INSYNC_REPLICAS=2"; fi
    } >"$ENV_FILE.tmp"
    mv "$ENV_FILE.tmp" "$ENV_FILE"
  )
}

as_admin() {  # as_admin COMMAND...: run with the admin's KAFKA_* / REDIS_URL environment
  ( set -a; if [ -f "$ENV_FILE" ]; then . "$ENV_FILE"; fi; set +a; "$@" )
}

salted_scram() {  # salted_scram USER SECRET_NAME: an --add-scram value with salt and salted password only
  "$PY" - "$1" "$SECRETS/$2" <<'EOF'
import base64, hashlib, os, sys
user, path = sys.argv[1], sys.argv[2]
password = open(path).read().strip().encode()
salt, iterations = os.urandom(32), 8192
salted = hashlib.pbkdf2_hmac("sha512", password, salt, iterations)
b64 = lambda b: base64.b64encode(b).decode()
print(f'SCRAM-SHA-512=[name={user},iterations={iterations},salt="{b64(salt)}",saltedpassword="{b64(salted)}"]')
EOF
}

# ---------------------------------------------------------------- Kafka

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
kafka_answers() { as_admin "$PY" -m brandsentry.ping kafka "$BOOTSTRAP" >/dev/null 2>&1; }
node_answers() { as_admin "$PY" -m brandsentry.ping kafka "$KAFKA_HOST:$(client_port "$1")" >/dev/null 2>&1; }
redis_cli() {
  if [ "$REDIS_MODE" = SASL_SSL ]; then
    REDISCLI_AUTH="$(cat "$SECRETS/redis.password" 2>/dev/null)" redis-cli --no-auth-warning --user brandsentry \
      -h "$REDIS_HOST" -p "$REDIS_PORT" "$@"
  else redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" "$@"; fi
}
redis_answers() {  # with SASL_SSL: answers as the brandsentry user (a server without it answers PING anyway)
  if [ "$REDIS_MODE" = SASL_SSL ]; then [ "$(redis_cli ACL WHOAMI 2>/dev/null)" = brandsentry ]
  else redis_cli ping 2>/dev/null | grep -q PONG; fi
}
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() {  # wait_for NAME SECONDS CHECK...
  local name=$1 secs=$2; shift 2
  for _ in $(seq "$secs"); do "$@" && return 0; sleep 1; done
  say "$name did not answer within ${secs}s; see $LOGS"; return 1
}

wait_kafka() {  # wait until Kafka answers (150 tries); give up at once when a node this script launched has exited
  local n
  for _ in $(seq 150); do
    kafka_answers && return 0
    for n in $(seq "$NODES"); do
      if ! pid_alive "$(node_pid "$n")"; then
        say "Kafka node $n exited before it answered; from $LOGS/kafka-$n.out:"
        grep -m 3 -E "Exception|ERROR|in use" "$LOGS/kafka-$n.out" >&2 || tail -n 5 "$LOGS/kafka-$n.out" >&2
        return 1
      fi
    done
    sleep 1
  done
  say "Kafka did not answer within 150 tries; see $LOGS"; return 1
}

write_kafka_config() {  # write_kafka_config NODE
  local n=$1 dir port cport voters="" i rf=1 isr=1
  dir=$(node_dir "$n"); port=$(client_port "$n"); cport=$(controller_port "$n")
  for i in $(seq "$NODES"); do voters="$voters$i@$KAFKA_HOST:$(controller_port "$i"),"; done
  [ "$NODES" = 3 ] && rf=3 && isr=2
  mkdir -p "$dir"
  chmod 700 "$dir"  # its data holds every record and the ACLs: no other local account may read past the ACLs
  rm -f "$dir/server.properties"  # umask 077 below only applies to a new file; an old 0644 one would keep its mode
  (
    umask 077
    {
      cat <<EOF
process.roles=broker,controller
node.id=$n
controller.quorum.voters=${voters%,}
controller.listener.names=CONTROLLER
log.dirs=$dir/data
num.partitions=3
auto.create.topics.enable=false
default.replication.factor=$rf
min.insync.replicas=$isr
offsets.topic.replication.factor=$rf
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$isr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$isr
group.initial.rebalance.delay.ms=0
log.retention.hours=168
log.cleaner.min.compaction.lag.ms=0
EOF
      if [ "$SECURITY" = SASL_SSL ]; then
        local store_pw
        store_pw=$(secret tls-store.password)
        cat <<EOF
listeners=SASL_SSL://$KAFKA_HOST:$port,CONTROLLER://$KAFKA_HOST:$cport
advertised.listeners=SASL_SSL://$KAFKA_HOST:$port
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="$(secret kafka-broker.password)";
listener.name.controller.ssl.client.auth=required
ssl.keystore.type=PKCS12
ssl.keystore.location=$TLS/broker.p12
ssl.keystore.password=$store_pw
ssl.key.password=$store_pw
ssl.truststore.type=PKCS12
ssl.truststore.location=$TLS/truststore.p12
ssl.truststore.password=$store_pw
ssl.endpoint.identification.algorithm=https
ssl.principal.mapping.rules=RULE:^CN=([a-z0-9-]+)\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:broker
EOF
      else
        cat <<EOF
listeners=PLAINTEXT://$KAFKA_HOST:$port,CONTROLLER://$KAFKA_HOST:$cport
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
EOF
      fi
    } >"$dir/server.properties"
  )
}

format_node() {  # format_node NODE CLUSTER_ID
  local n=$1 dir cp="$KAFKA_LIBS/*"
  dir=$(node_dir "$n")
  [ -f "$dir/data/meta.properties" ] && return 0
  local scram=()
  if [ "$SECURITY" = SASL_SSL ]; then
    scram=(--add-scram "$(salted_scram admin kafka-admin.password)" --add-scram "$(salted_scram broker kafka-broker.password)")
  fi
  java -cp "$cp" -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
    kafka.tools.StorageTool format -t "$2" -c "$dir/server.properties" "${scram[@]}" >"$LOGS/kafka-format-$n.log" 2>&1
  echo "$SECURITY" >"$dir/security"
}

check_formatted_for() {  # refuse to start data formatted for another security mode
  local dir
  dir=$(node_dir "$1")
  if [ -f "$dir/data/meta.properties" ]; then
    local was
    was=$(cat "$dir/security" 2>/dev/null || echo PLAINTEXT)
    if [ "$was" != "$SECURITY" ]; then
      say "$dir/data was formatted for $was, not $SECURITY: stop it and remove it to switch (make down && rm -rf $dir/data && make up)"
      exit 1
    fi
  fi
}

launch_node() {  # launch_node NODE
  local n=$1 dir heap
  dir=$(node_dir "$n")
  if [ "$NODES" = 3 ]; then heap="-Xms128m -Xmx512m"; else heap="-Xms256m -Xmx1g"; fi
  say "starting Kafka node $n at $KAFKA_HOST:$(client_port "$n") ($SECURITY)"
  # shellcheck disable=SC2086
  nohup java $heap -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/log4j2.xml" -Dkafka.logs.dir="$LOGS/kafka-$n" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$dir/server.properties" >"$LOGS/kafka-$n.out" 2>&1 &
  echo $! >"$(node_pid "$n")"
}

switch_hint() { say "to switch: make down && rm -rf $LOCAL/kafka/data && make up (Redis keeps its data)"; }

start_kafka() {
  if kafka_answers; then say "Kafka answers at $BOOTSTRAP (reusing it)"; return 0; fi
  if [ "$KAFKA_MODE" = SASL_SSL ] && env KAFKA_SECURITY_PROTOCOL=PLAINTEXT "$PY" -m brandsentry.ping kafka "$BOOTSTRAP" >/dev/null 2>&1; then
    say "WARNING: Kafka at $BOOTSTRAP runs PLAINTEXT (started before the switch to SASL_SSL): reusing it as it is"
    switch_hint
    KAFKA_MODE=PLAINTEXT
    return 0
  fi
  if port_open "$KAFKA_HOST" "$BASE_PORT" && ! pid_alive "$(node_pid 1)"; then
    say "something not started by this script listens at $KAFKA_HOST:$BASE_PORT but does not answer as $SECURITY Kafka"
    say "(a PLAINTEXT broker from before? stop it: make down; remove its data to switch; see the README)"
    exit 1
  fi
  [ -f "$KAFKA_LIBS/.complete" ] || install
  mkdir -p "$LOGS"
  local cluster_id="" n
  for n in $(seq "$NODES"); do
    check_formatted_for "$n"
    write_kafka_config "$n"
  done
  if [ -f "$LOCAL/kafka/cluster-id-$NODES" ]; then cluster_id=$(cat "$LOCAL/kafka/cluster-id-$NODES")
  else
    cluster_id=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
    echo "$cluster_id" >"$LOCAL/kafka/cluster-id-$NODES"
  fi
  for n in $(seq "$NODES"); do format_node "$n" "$cluster_id"; done
  for n in $(seq "$NODES"); do pid_alive "$(node_pid "$n")" || launch_node "$n"; done
  wait_kafka
  if [ "$NODES" = 3 ]; then for n in 1 2 3; do wait_for "Kafka node $n" 60 node_answers "$n"; done; fi
  say "Kafka ready at $BOOTSTRAP; admin settings in $ENV_FILE"
}

# ---------------------------------------------------------------- Redis

write_redis_config() {
  mkdir -p "$REDIS_DIR"
  chmod 700 "$REDIS_DIR"  # cached keys and alerts: the owner's only, like the password
  rm -f "$LOCAL/redis.conf"  # umask 077 below only applies to a new file
  (
    umask 077
    {
      echo "bind 127.0.0.1"
      echo "port $REDIS_PORT"
      echo "dir $REDIS_DIR"
      echo "appendonly yes"
      echo 'save ""'
      echo "daemonize yes"
      echo "pidfile $LOCAL/redis.pid"
      echo "logfile $LOGS/redis.log"
      [ "$SECURITY" = SASL_SSL ] && echo "aclfile $SECRETS/redis-users.acl"
    } >"$LOCAL/redis.conf"
    if [ "$SECURITY" = SASL_SSL ]; then
      local hash
      hash=$(printf '%s' "$(secret redis.password)" | sha256sum | cut -d' ' -f1)
      printf 'user default off\nuser brandsentry on #%s ~* &* +@all\n' "$hash" \
        >"$SECRETS/redis-users.acl"
    fi
  )
}

start_redis() {
  if redis_answers; then say "Redis answers at $REDIS_HOST:$REDIS_PORT (reusing it)"; return 0; fi
  if [ "$REDIS_MODE" = SASL_SSL ] && redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
    say "WARNING: Redis at $REDIS_HOST:$REDIS_PORT takes no password (started before the switch): reusing it as it is"
    switch_hint
    REDIS_MODE=PLAINTEXT
    return 0
  fi
  if port_open "$REDIS_HOST" "$REDIS_PORT"; then
    say "a Redis at $REDIS_HOST:$REDIS_PORT does not answer as configured ($SECURITY: user brandsentry, password in $SECRETS)"
    say "(one started before the switch? stop it with make down, then make up again; its data is kept)"
    exit 1
  fi
  command -v redis-server >/dev/null || install
  mkdir -p "$REDIS_DIR" "$LOGS"
  write_redis_config
  say "starting Redis at $REDIS_HOST:$REDIS_PORT"
  redis-server "$LOCAL/redis.conf"
  wait_for Redis 30 redis_answers
  say "Redis ready"
}

# ---------------------------------------------------------------- stop, status

stop_pidfile() {  # stop_pidfile NAME FILE [SIGNAL]
  if pid_alive "$2"; then
    say "stopping $1"
    kill "-${3:-TERM}" "$(cat "$2")" 2>/dev/null || true
    for _ in $(seq 60); do pid_alive "$2" || break; sleep 0.5; done
    pid_alive "$2" && kill -9 "$(cat "$2")" 2>/dev/null || true
  fi
  rm -f "$2"
}

status() {
  if kafka_answers; then
    local pids=""
    for f in "$LOCAL"/kafka.pid "$LOCAL"/kafka-?.pid; do pid_alive "$f" && pids="$pids $(basename "$f" .pid)=$(cat "$f")"; done
    say "Kafka: up at $BOOTSTRAP ($SECURITY;${pids:- not started by this script})"
  else say "Kafka: down ($BOOTSTRAP, $SECURITY)"; fi
  if redis_answers; then
    if pid_alive "$LOCAL/redis.pid"; then say "Redis: up at $REDIS_HOST:$REDIS_PORT (pid $(cat "$LOCAL/redis.pid"))"
    else say "Redis: up at $REDIS_HOST:$REDIS_PORT (not started by this script)"; fi
  else say "Redis: down ($REDIS_HOST:$REDIS_PORT)"; fi
  say "data, logs and secrets: $LOCAL; admin settings: $ENV_FILE"
}

private_logs() {  # logs made before umask 077 keep their mode: make them the owner's only too
  mkdir -p "$LOGS"
  chmod 700 "$LOGS"
  find "$LOGS" -mindepth 1 -type d -exec chmod 700 {} + -o -type f -exec chmod 600 {} +
}

prepare() {
  mkdir -p "$LOCAL/kafka" "$LOGS"
  private_logs
  (umask 077; mkdir -p "$SECRETS")
  [ "$SECURITY" = SASL_SSL ] && make_secrets
  write_env_file
}

case "${1:-}" in
  install) install ;;
  up|cluster-up) install; prepare; start_redis; start_kafka; write_env_file ;;
  down)
    for f in "$LOCAL"/kafka.pid "$LOCAL"/kafka-?.pid; do [ -e "$f" ] && stop_pidfile "Kafka ($(basename "$f" .pid))" "$f"; done
    stop_pidfile Redis "$LOCAL/redis.pid" ;;
  node-stop) stop_pidfile "Kafka node ${2:?node 1-3}" "$LOCAL/kafka-$2.pid" KILL ;;
  node-start) pid_alive "$LOCAL/kafka-${2:?node 1-3}.pid" || launch_node "$2"; wait_for "Kafka node $2" 90 node_answers "$2" ;;
  status) status ;;
  env) echo "$ENV_FILE" ;;
  *) echo "usage: $0 install|up|cluster-up|down|node-stop N|node-start N|status|env" >&2; exit 2 ;;
esac
