#!/usr/bin/env bash
# Configures a running Payara 6 domain for Tierwise, with the same TIERWISE_* variables as the
# WildFly configuration (ear/src/main/server/configure.cli). Run it once against the domain's
# admin port, restart the domain, then deploy target/tierwise-payara.ear. Every step is an
# ordinary asadmin command, so it can be read as the manual procedure (README, "Deploying to an
# existing Payara").
#
#   ASADMIN=/opt/payara6/bin/asadmin PG_JAR=postgresql-42.7.x.jar \
#   TIERWISE_DB_URL=jdbc:postgresql://db:5432/tierwise TIERWISE_DB_USER=tierwise \
#   TIERWISE_DB_PASSWORD=... TIERWISE_SMTP_HOST=smtp.example.com TIERWISE_SMTP_PORT=25 \
#   TIERWISE_MAIL_FROM=tierwise@example.com ear/src/main/payara/configure-domain.sh
#
# asadmin reaches the domain through its usual variables (AS_ADMIN_PORT, AS_ADMIN_HOST,
# AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE). Re-running it replaces what it created before.
set -euo pipefail
: "${ASADMIN:?path of bin/asadmin}" "${PG_JAR:?path of the PostgreSQL JDBC driver jar}"
: "${TIERWISE_DB_URL:?jdbc:postgresql://host:port/database (Payara has no embedded database for Tierwise)}"
db_user=${TIERWISE_DB_USER:-postgres}
db_password=${TIERWISE_DB_PASSWORD:-}
db_pool=${TIERWISE_DB_POOL:-40}
smtp_host=${TIERWISE_SMTP_HOST:-localhost}
smtp_port=${TIERWISE_SMTP_PORT:-25}
mail_from=${TIERWISE_MAIL_FROM:-tierwise@localhost}

as() { "$ASADMIN" --interactive=false "$@"; }
# asadmin separates properties and JVM options with ':'; values need it escaped.
escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'; }

# 1. The PostgreSQL driver in the domain's lib/ (common class loader): the pool uses it, and the
#    imports stream through its COPY API.
as add-library --type common "$PG_JAR"

# 2. The datasource: a pool on PostgreSQL, jdbc/tierwise, and jdbc/__default pointed at it, which
#    is what java:comp/DefaultDataSource (the application's @Resource DataSource and persistence
#    unit) resolves to on Payara.
as delete-jdbc-resource jdbc/tierwise >/dev/null 2>&1 || true
as set resources.jdbc-resource.jdbc/__default.pool-name=H2Pool >/dev/null 2>&1 || true
as delete-jdbc-connection-pool TierwisePool >/dev/null 2>&1 || true
as create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
  --steadypoolsize 2 --maxpoolsize "$db_pool" --maxwait 10000 \
  --isconnectvalidatereq=true --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  TierwisePool
as set "resources.jdbc-connection-pool.TierwisePool.property.url=$TIERWISE_DB_URL"
as set "resources.jdbc-connection-pool.TierwisePool.property.user=$db_user"
# Payara needs a password property even where the database trusts the host; "()" is asadmin's
# empty value.
as set "resources.jdbc-connection-pool.TierwisePool.property.password=${db_password:-()}"
as create-jdbc-resource --connectionpoolid TierwisePool jdbc/tierwise
as set resources.jdbc-resource.jdbc/__default.pool-name=TierwisePool

# 3. The mail session that the application's reference mail/tierwise is mapped to
#    (ejb/src/main/resources/META-INF/glassfish-ejb-jar.xml).
mail_properties="mail.smtp.port=$(escape "$smtp_port")"
if [[ -n ${TIERWISE_SMTP_USER:-} ]]; then
  mail_properties+=":mail.smtp.auth=true:mail.smtp.password=$(escape "${TIERWISE_SMTP_PASSWORD:-}")"
fi
as delete-javamail-resource mail/tierwise >/dev/null 2>&1 || true
as create-javamail-resource --mailhost "$smtp_host" --mailuser "${TIERWISE_SMTP_USER:-tierwise}" \
  --fromaddress "$mail_from" --property "$mail_properties" mail/tierwise

# 4. Hibernate (bundled in tierwise-payara.ear) on Payara: Payara's JTA platform, and no runtime
#    bytecode enhancement (ClassCircularityError otherwise). JVM options, not persistence.xml:
#    WildFly sets its own JTA platform only when the property is absent.
for option in \
  -Dhibernate.transaction.jta.platform=org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform \
  -Dhibernate.enhancer.enableDirtyTracking=false \
  -Dhibernate.enhancer.enableLazyInitialization=false; do
  as delete-jvm-options "$option" >/dev/null 2>&1 || true
  as create-jvm-options "$option"
done

# 5. Jakarta Security: the application's identity store answers with role names as groups.
as set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
# Room for a 1,000,000-customer CSV (as on WildFly), and no X-Powered-By header.
as set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.max-post-size-bytes=536870912
as set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false
