#!/usr/bin/env bash
# One-shot (deploy/compose.yaml, service kafka-tls): a CA and the brokers' certificate, with keytool (the
# apache/kafka image has Java, not openssl), into /run/tls. Existing files are kept.
set -euo pipefail
OUT=/run/tls
PW=$(cat /run/secrets/tls-store)
cd "$OUT"
[ -s broker.p12 ] && exit 0
keytool -genkeypair -alias ca -dname "CN=BrandSentry CA" -keyalg RSA -keysize 3072 -validity 825 \
  -ext bc:c -keystore ca.p12 -storetype PKCS12 -storepass "$PW"
keytool -exportcert -rfc -alias ca -keystore ca.p12 -storepass "$PW" -file ca.crt
keytool -genkeypair -alias broker -dname "CN=broker" -keyalg RSA -keysize 2048 -validity 825 \
  -keystore broker.p12 -storetype PKCS12 -storepass "$PW"
keytool -certreq -alias broker -keystore broker.p12 -storepass "$PW" -file broker.csr
keytool -gencert -alias ca -keystore ca.p12 -storepass "$PW" -infile broker.csr -outfile broker.crt -rfc -validity 825 \
  -ext "SAN=dns:kafka-1,dns:kafka-2,dns:kafka-3,dns:localhost" -ext "EKU=serverAuth,clientAuth"
keytool -importcert -noprompt -alias ca -file ca.crt -keystore broker.p12 -storepass "$PW"
keytool -importcert -alias broker -file broker.crt -keystore broker.p12 -storepass "$PW"
keytool -importcert -noprompt -alias ca -file ca.crt -keystore truststore.p12 -storetype PKCS12 -storepass "$PW"
rm -f broker.csr broker.crt
chmod 600 ca.p12 broker.p12 && chmod 644 ca.crt truststore.p12
