#!/usr/bin/env bash
# The Payara domain the integration tests start (mvn verify -Ppayara): created once in the
# Payara that Maven unpacked, configured by the same script as a production domain
# (ear/src/main/payara/configure-domain.sh) with the tests' database, SMTP port and admin
# password, then stopped again for Arquillian to start. Recreated when this script, the
# configuration script or a parameter changes.
#
# Environment: PAYARA_HOME DOMAIN PORT_OFFSET ADMIN_PORT PG_JAR ARQUILLIAN_XML, and the TIERWISE_*
# values.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
configure="$here/../../../../ear/src/main/payara/configure-domain.sh"
asadmin="$PAYARA_HOME/bin/asadmin"
chmod +x "$asadmin" "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true

# --portbase P gives HTTP P+80 and admin P+48: the tests call 8080 + offset.
portbase=$((8000 + PORT_OFFSET))
if [[ $ADMIN_PORT != $((portbase + 48)) ]]; then
  echo "With it.port.offset=$PORT_OFFSET Payara's admin port is $((portbase + 48)): pass -Dit.management.port=$((portbase + 48))" >&2
  exit 1
fi

domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
stamp=$( (cat "$0" "$configure" "$PG_JAR" "$ARQUILLIAN_XML"; env | grep -E '^(DOMAIN|PORT_OFFSET|TIERWISE_)' | sort) | sha256sum | cut -c1-16)
marker="$domain_dir/.tierwise-provisioned"
# An interrupted test run can leave an application registered: start from a new domain then.
if [[ -f $marker && $(cat "$marker") == "$stamp" ]] && ! grep -qE '<application [^>]*object-type="user"' "$domain_dir/config/domain.xml"; then
  echo "Payara domain $DOMAIN is up to date"
  exit 0
fi

echo "Provisioning Payara domain $DOMAIN (port base $portbase)"
"$asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
rm -rf "$domain_dir"
"$asadmin" --interactive=false create-domain --portbase "$portbase" --nopassword=true "$DOMAIN" >/dev/null
"$asadmin" start-domain "$DOMAIN"
trap '"$asadmin" stop-domain "$DOMAIN" >/dev/null 2>&1 || true' EXIT
export ASADMIN="$asadmin" AS_ADMIN_PORT="$ADMIN_PORT"
bash "$configure"

# Test-only MicroProfile Config values: the same -Dtierwise.* options the wildfly qualifier of
# arquillian.xml passes (declared once, there), except the database and mail settings, which are
# the resources configure-domain.sh made; the admin password comes from the environment.
as() { "$asadmin" --interactive=false "$@"; }
options=$(sed -n '/qualifier="wildfly"/,/<\/container>/p' "$ARQUILLIAN_XML" | grep -o -- '-Dtierwise\.[A-Za-z0-9._-]*=[^ <]*' \
  | grep -v -E -- '^-Dtierwise\.(db|smtp|mail\.from)\.?' || true)
for option in $options; do
  option=${option//'${tierwise.it.admin.password}'/$TIERWISE_ADMIN_PASSWORD}
  [[ $option == *'${'* ]] && continue # another test value: not known here
  as create-jvm-options "$(printf '%s' "$option" | sed -e 's/:/\\:/g')"
done
# The heap the WildFly tests get too.
as delete-jvm-options -Xmx512m
as create-jvm-options -Xmx1536m
"$asadmin" stop-domain "$DOMAIN"
trap - EXIT
echo "$stamp" > "$marker"
