package com.tierwise.it.faults;

import com.tierwise.it.support.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly of the fault tests' own, started as a plain process (not through Arquillian) so a
 * test can SIGKILL its JVM: the built server with a base directory of its own under target/, the
 * built EAR in its deployments folder, the private PostgreSQL as its database. The JVM's own id
 * comes from JBOSS_PIDFILE, as in bench/server.sh.
 */
final class FaultServer implements AutoCloseable {

  static final int PORT_OFFSET = Integer.getInteger("tierwise.it.restart.port.offset", 250);
  static final String PORTAL = "http://localhost:" + (8080 + PORT_OFFSET) + "/tierwise/";
  static final String HEALTH = "http://localhost:" + (9990 + PORT_OFFSET) + "/health/ready";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final Path base;
  private final Path pidFile;
  private final String dbUrl;
  private Process launcher;

  private FaultServer(Path base, String dbUrl) {
    this.base = base;
    this.pidFile = base.resolve("server.pid");
    this.dbUrl = dbUrl;
  }

  /** A fresh base directory (configuration copied from the built server, the EAR deployed). */
  static FaultServer prepare(Path base, String dbUrl) throws IOException {
    PrivatePostgres.deleteTree(base);
    Path configuration = Path.of(System.getProperty("jboss.home"), "standalone", "configuration");
    try (var files = Files.walk(configuration)) {
      for (Path source : files.filter(path -> !path.toString().contains("standalone_xml_history")).toList()) {
        Path target = base.resolve("configuration").resolve(configuration.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(Path.of(System.getProperty("tierwise.ear")), base.resolve("deployments/tierwise.ear"));
    return new FaultServer(base, dbUrl);
  }

  /** Starts the server and waits until the application answers. */
  void start() throws Exception {
    Files.deleteIfExists(pidFile);
    Path jbossHome = Path.of(System.getProperty("jboss.home"));
    ProcessBuilder builder =
        new ProcessBuilder(
            jbossHome.resolve("bin/standalone.sh").toString(),
            "-Djboss.server.base.dir=" + base,
            "-Djboss.socket.binding.port-offset=" + PORT_OFFSET);
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().put("JBOSS_PIDFILE", pidFile.toString());
    builder.environment().put(
        "JAVA_OPTS",
        "-Xms128m -Xmx1024m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
            + " -Dtierwise.db.driver=postgresql -Dtierwise.db.url=" + dbUrl + " -Dtierwise.db.user=postgres"
            + " -Dtierwise.admin.password=" + System.getProperty("tierwise.it.admin.password")
            + " -Dtierwise.demo.data=false -Dtierwise.smtp.host=127.0.0.1"
            + " -Dtierwise.smtp.port=" + System.getProperty("tierwise.it.smtp.port", "3025")
            + " -Dtierwise.mail.from=tierwise@it.example -Dtierwise.reports.retry.seconds=5");
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("server.out").toFile()));
    launcher = builder.start();
    awaitReady(Duration.ofMinutes(4));
  }

  Api admin() {
    return Api.admin().atPortOffset(PORT_OFFSET);
  }

  /** SIGKILL to the server's JVM: no shutdown hook, no rollback, like a power cut of the process. */
  void kill() throws Exception {
    ProcessHandle jvm = jvm().orElseThrow(() -> new IllegalStateException("the server is not running"));
    jvm.destroyForcibly();
    jvm.onExit().get(60, TimeUnit.SECONDS);
    if (launcher != null) {
      launcher.waitFor(60, TimeUnit.SECONDS);
    }
  }

  /** A clean stop (SIGTERM), then SIGKILL if it takes more than a minute. */
  void stop() throws Exception {
    Optional<ProcessHandle> jvm = jvm();
    if (jvm.isPresent() && jvm.get().isAlive()) {
      jvm.get().destroy();
      try {
        jvm.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException slow) {
        jvm.get().destroyForcibly();
      }
    }
    if (launcher != null && launcher.isAlive()) {
      launcher.destroy();
      launcher.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws Exception {
    stop();
  }

  private Optional<ProcessHandle> jvm() throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
  }

  private void awaitReady(Duration timeout) throws Exception {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (launcher != null && !launcher.isAlive() && jvm().map(ProcessHandle::isAlive).orElse(false) == false) {
        throw new IllegalStateException("the server exited; see " + base.resolve("server.out"));
      }
      if (status(PORTAL + "api/status") == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server did not become ready; see " + base.resolve("server.out"));
  }

  /** The HTTP status of a GET, or -1 when nothing answers. */
  static int status(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** A portal page fetched with HTTP Basic (the portal accepts it as the API does). */
  static HttpResponse<String> page(String path, String user, String password) throws Exception {
    String authorization =
        "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(PORTAL + path)).header("Authorization", authorization)
            .header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> health() throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(HEALTH)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
