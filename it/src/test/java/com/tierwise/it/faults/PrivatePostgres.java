package com.tierwise.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the fault tests' own, under target/, so they can stop, restart and
 * reconfigure it without touching the shared server on 5432 that other builds use. Created with
 * the installed initdb and run as the postgres OS user (PostgreSQL refuses to run as root).
 */
final class PrivatePostgres implements AutoCloseable {

  static final int PORT = Integer.getInteger("tierwise.it.fault.pg.port", 5499);
  static final String DATABASE = "tierwise";
  static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;

  private final Path dataDir;
  private final Path log;
  private final Path bin;

  private PrivatePostgres(Path root, Path bin) {
    this.dataDir = root.resolve("data");
    this.log = root.resolve("postgres.log");
    this.bin = bin;
  }

  /** A new, empty cluster in {@code root} (deleted first), started, with database "tierwise". */
  static PrivatePostgres create(Path root) throws Exception {
    Path bin = installedBin();
    stopLeftover(root, bin);
    deleteTree(root);
    Files.createDirectories(root);
    run(List.of("chown", "-R", "postgres", root.toString()));
    PrivatePostgres cluster = new PrivatePostgres(root, bin);
    cluster.asPostgres(
        bin.resolve("initdb").toString(), "-D", cluster.dataDir.toString(), "-U", "postgres",
        "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
    cluster.start();
    try (Connection connection = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
        Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE DATABASE " + DATABASE);
    }
    return cluster;
  }

  void start() throws Exception {
    // fsync off: only an OS crash could lose data then, and the tests kill processes, not the OS.
    asPostgres(
        bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", log.toString(), "-w", "-t", "60",
        "-o", "-p " + PORT + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dataDir
            + " -c fsync=off -c max_connections=60",
        "start");
  }

  /** A clean, fast shutdown (what an operator's restart does): open connections are cut. */
  void stop() throws Exception {
    asPostgres(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop");
  }

  boolean running() {
    return Files.exists(dataDir.resolve("postmaster.pid"));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "");
  }

  /** Runs statements as the superuser, each committed on its own. */
  void execute(String... sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  /** Ends the application's sessions, so its pool reconnects and picks up new role settings. */
  void disconnectOthers() throws SQLException {
    execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
            + "' AND pid <> pg_backend_pid()");
  }

  @Override
  public void close() throws Exception {
    if (running()) {
      stop();
    }
  }

  private void asPostgres(String... command) throws Exception {
    List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    full.addAll(List.of(command));
    run(full);
  }

  static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static Path installedBin() throws IOException {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
          .max(Path::compareTo)
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql"));
    }
  }

  /** A cluster of an earlier run that died before cleaning up still holds the port. */
  private static void stopLeftover(Path root, Path bin) {
    Path data = root.resolve("data");
    if (Files.exists(data.resolve("postmaster.pid"))) {
      try {
        run(List.of("runuser", "-u", "postgres", "--", bin.resolve("pg_ctl").toString(), "-D", data.toString(),
            "-m", "immediate", "-w", "stop"));
      } catch (Exception ignored) {
        // not running after all
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
