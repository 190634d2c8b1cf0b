#!/usr/bin/env bash
# Prepares target/server: WildFly unpacked from the distribution on Maven Central, configured
# once by configure.cli (offline, embedded server), with the EAR deployed. Reconfigures when
# this script or the CLI script change, keeping the embedded H2 data under standalone/data.
set -euo pipefail
dist=$1 pg_jar=$2 server=$3 ear=$4
here=$(cd "$(dirname "$0")" && pwd)
stamp=$(cat "$here/provision.sh" "$here/configure.cli" "$pg_jar" | sha256sum | cut -c1-16)
marker="$server/.tierwise-provisioned"

if [[ ! -f $marker || $(cat "$marker") != "$stamp" ]]; then
  echo "Provisioning WildFly into $server"
  saved_data=""
  if [[ -d $server/standalone/data/tierwise ]]; then
    saved_data=$(mktemp -d)
    cp -a "$server/standalone/data/tierwise" "$saved_data/"
  fi
  rm -rf "$server" "$server.unpack"
  mkdir -p "$server.unpack"
  unzip -q "$dist" -d "$server.unpack"
  mv "$server.unpack"/wildfly-* "$server"
  rmdir "$server.unpack"
  if [[ -n $saved_data ]]; then
    mkdir -p "$server/standalone/data"
    cp -a "$saved_data/tierwise" "$server/standalone/data/"
    rm -rf "$saved_data"
  fi
  # No shared default password: the embedded database gets one of its own, kept with its data.
  password_file="$server/standalone/data/tierwise/.db-password"
  if [[ ! -f $password_file ]]; then
    mkdir -p "$(dirname "$password_file")"
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$password_file"
    chmod 600 "$password_file"
  fi
  db_password=$(cat "$password_file")
  # standalone.xml for one node, standalone-ha.xml for a cluster; the module is added once.
  first=true
  for config in standalone.xml standalone-ha.xml; do
    script="$server/bin/tierwise-configure-${config%.xml}.cli"
    sed -e "s#@PG_JAR@#$pg_jar#g" -e "s#@SERVER_CONFIG@#$config#g" -e "s#@DB_PASSWORD@#$db_password#g" \
      "$here/configure.cli" > "$script"
    $first || sed -i '/^module add/d' "$script"
    first=false
    "$server/bin/jboss-cli.sh" --file="$script" > "$script.log" 2>&1 || { cat "$script.log"; exit 1; }
    grep -q '"outcome" => "failed"' "$script.log" && { cat "$script.log"; exit 1; }
  done
  rm -rf "$server/standalone/configuration/standalone_xml_history" "$server"/bin/tierwise-configure-*.cli
  echo "$stamp" > "$marker"
fi

cp "$ear" "$server/standalone/deployments/tierwise.ear"
