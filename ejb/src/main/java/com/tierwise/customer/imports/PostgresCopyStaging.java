package com.tierwise.customer.imports;

import com.tierwise.customer.csv.CustomerRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Staging through PostgreSQL's COPY protocol: the same path as {@code COPY ... FROM}, several
 * times faster than batched INSERTs for a million rows. Only loaded on PostgreSQL.
 */
final class PostgresCopyStaging extends StagingTable {

  private final OutputStream copy;
  private final StringBuilder line = new StringBuilder(256);

  PostgresCopyStaging(Connection connection) throws SQLException {
    PGConnection postgres = connection.unwrap(PGConnection.class);
    copy =
        new PGCopyOutputStream(
            postgres,
            "COPY " + NAME + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv)",
            256 * 1024);
  }

  @Override
  void add(CustomerRecord record) throws IOException {
    line.setLength(0);
    line.append(record.line()).append(',');
    text(record.externalId());
    text(record.name());
    text(searchName(record));
    decimal(record.businessValue());
    decimal(record.cxScore());
    decimal(record.revenue());
    decimal(record.shareOfWallet());
    text(record.country());
    text(record.industry());
    text(record.segment());
    text(record.owner());
    text(record.email());
    line.setCharAt(line.length() - 1, '\n');
    copy.write(line.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** In COPY's CSV format an unquoted empty field is NULL and a quoted one is an empty string. */
  private void text(String value) {
    if (value != null) {
      line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
    line.append(',');
  }

  private void decimal(BigDecimal value) {
    if (value != null) {
      line.append(value.toPlainString());
    }
    line.append(',');
  }

  @Override
  void finish() throws IOException {
    copy.close();
  }

  @Override
  public void close() {
    try {
      copy.close();
    } catch (IOException alreadyReported) {
      // finish() reported any failure; closing again only releases the protocol.
    }
  }
}
