#!/usr/bin/env bash
# One KRaft node of the three-broker cluster of deploy/compose.yaml (apache/kafka image), secured as
# deploy/local/stack.sh does it: SASL_SSL (SCRAM-SHA-512) for clients and between brokers, mutual TLS on the
# controller listener, StandardAuthorizer denying whatever no ACL allows, super users admin and broker only,
# the admin and broker SCRAM credentials bootstrapped at format time (salted, from the compose secrets).
set -euo pipefail
: "${NODE_ID:?}"
CLUSTER_ID=$(cat /run/secrets/cluster-id)
PW=$(cat /run/secrets/tls-store)
CONF=/tmp/server.properties
scram() {  # scram USER SECRET: an --add-scram argument with salt and salted password (no password in argv)
  local salt salted
  salt=$(head -c 32 /dev/urandom | base64 -w0)
  salted=$(java /opt/brandsentry/Salt.java "/run/secrets/$2" "$salt")
  echo "SCRAM-SHA-512=[name=$1,iterations=8192,salt=\"$salt\",saltedpassword=\"$salted\"]"
}
cat >"$CONF" <<PROPS
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093
controller.listener.names=CONTROLLER
listeners=SASL_SSL://:9092,CONTROLLER://:9093
advertised.listeners=SASL_SSL://kafka-$NODE_ID:9092
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="$(cat /run/secrets/kafka-broker)";
listener.name.controller.ssl.client.auth=required
ssl.keystore.type=PKCS12
ssl.keystore.location=/run/tls/broker.p12
ssl.keystore.password=$PW
ssl.key.password=$PW
ssl.truststore.type=PKCS12
ssl.truststore.location=/run/tls/truststore.p12
ssl.truststore.password=$PW
ssl.principal.mapping.rules=RULE:^CN=([a-z0-9-]+)\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:broker
log.dirs=/var/lib/kafka/data
num.partitions=3
auto.create.topics.enable=false
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
group.initial.rebalance.delay.ms=0
PROPS
chmod 600 "$CONF"
(umask 077; cat >/tmp/admin.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(cat /run/secrets/kafka-admin)";
ssl.truststore.type=PKCS12
ssl.truststore.location=/run/tls/truststore.p12
ssl.truststore.password=$PW
PROPS
)  # the healthcheck's client settings
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-storage.sh format -t "$CLUSTER_ID" -c "$CONF" \
    --add-scram "$(scram admin kafka-admin)" --add-scram "$(scram broker kafka-broker)"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$CONF"
