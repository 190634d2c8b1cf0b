package com.tierwise.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/** A fresh in-memory H2 with the real migrations: the database ./run uses by default. */
public final class H2Database {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private H2Database() {}

  public static Connection migrated() throws SQLException {
    String url = "jdbc:h2:mem:tierwise" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    Connection connection = DriverManager.getConnection(url, "sa", "");
    connection.setAutoCommit(false);
    return connection;
  }
}
