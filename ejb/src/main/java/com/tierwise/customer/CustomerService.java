package com.tierwise.customer;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.export.CustomerExportWriter;
import com.tierwise.customer.export.ExportFormat;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.customer.imports.ImportMappings;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.customer.imports.ImportResult;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.tiering.Assignment;
import com.tierwise.tiering.PolicyRepository;
import com.tierwise.tiering.TierExplanation;
import com.tierwise.tiering.TieringRunRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Customers: imports, look-ups and the explanation of their tiers. */
@Stateless
public class CustomerService {

  private static final Logger LOG = Logger.getLogger(CustomerService.class.getName());

  @Resource private DataSource dataSource;
  @EJB private CustomerCounts counts;

  /** One transaction: the whole file or nothing. */
  public ImportResult importCsv(InputStream csv, String user) throws ImportRejectedException {
    return importCsv(csv, new CustomerCsvReader(), user);
  }

  public ImportResult importCsv(InputStream csv, CustomerCsvReader reader, String user)
      throws ImportRejectedException {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      ImportResult result = new CustomerImporter(connection, reader).importCsv(csv, Clock.systemUTC().instant());
      counts.clearAfterCommit();
      LOG.info(
          () ->
              user + " imported customers: " + result.created() + " created, " + result.updated()
                  + " updated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      return result;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The import wizard's import: the file read through the user's mapping, all or nothing, and on
   * success the mapping remembered for the source in the same transaction.
   *
   * @param source where the file comes from, 1 to {@value ImportMappings#MAX_SOURCE_LENGTH} chars
   */
  public ImportResult importMapped(InputStream csv, ColumnMapping mapping, String source, String user)
      throws ImportRejectedException {
    String name = sourceName(source);
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Clock.systemUTC().instant();
      ImportResult result =
          new CustomerImporter(connection, new CustomerCsvReader(mapping)).importCsv(csv, now);
      new ImportMappings(connection).save(name, mapping, user, now);
      LOG.info(
          () ->
              user + " imported customers from '" + name + "' with " + mapping.asMap() + ": "
                  + result.created() + " created, " + result.updated() + " updated in "
                  + (System.nanoTime() - started) / 1_000_000 + " ms");
      return result;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mapping last used for a source, if an import from it went through. */
  public Optional<ColumnMapping> savedMapping(String source) {
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection()) {
      return new ImportMappings(connection).find(source.strip());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The sources with a saved mapping, most recent first. */
  public List<String> importSources(int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new ImportMappings(connection).sources(limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static String sourceName(String source) {
    String name = source == null ? "" : source.strip();
    if (name.isEmpty() || name.length() > ImportMappings.MAX_SOURCE_LENGTH) {
      throw new IllegalArgumentException(
          "the source name must have 1 to " + ImportMappings.MAX_SOURCE_LENGTH + " characters");
    }
    return name;
  }

  public Optional<CustomerDetails> find(String externalId) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerQueries(connection).byExternalId(externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<CustomerDetails> list(CustomerFilter filter, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerQueries(connection).list(filter, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** A page of customers; see {@link CustomerQueries#list(CustomerFilter, CustomerSort, int, int, Long)}. */
  public List<CustomerDetails> list(
      CustomerFilter filter, CustomerSort sort, int limit, int offset, Long afterId) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerQueries(connection).list(filter, sort, limit, offset, afterId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Streams every matching customer to the sink inside one transaction, for exports. */
  public void forEach(CustomerFilter filter, CustomerSort sort, Consumer<CustomerDetails> sink) {
    try (Connection connection = dataSource.getConnection()) {
      new CustomerQueries(connection).forEach(filter, sort, sink);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * Writes every matching customer to {@code out} as CSV or XLSX, streaming from the database in
   * one transaction; the caller owns (and closes) the stream.
   */
  public void export(CustomerFilter filter, CustomerSort sort, ExportFormat format, OutputStream out)
      throws IOException {
    try (CustomerExportWriter writer = CustomerExportWriter.open(format, out);
        Connection connection = dataSource.getConnection()) {
      new CustomerQueries(connection).forEach(filter, sort, writer::write);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Owners whose customers lack a metric, most gaps first. */
  public List<OwnerGap> gapsByOwner(int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerQueries(connection).gapsByOwner(limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * The number of matching customers for a screen, possibly up to a minute old when the data
   * changed on another server or outside Tierwise (see {@link CustomerCounts}).
   */
  public long recentCount(CustomerFilter filter) {
    return counts.count(filter, this::count);
  }

  /** The exact number of matching customers now. */
  public long count(CustomerFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerQueries(connection).count(filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }


  /** Why the customer has its current tier, from the latest run that included it. */
  public TierExplanation explain(CustomerDetails customer) {
    Assignment assignment = customer.assignment();
    if (assignment == null) {
      return TierExplanation.notYetTiered();
    }
    try (Connection connection = dataSource.getConnection()) {
      return TierExplanation.of(
          assignment, new PolicyRepository(connection).byId(assignment.policyId()).orElseThrow());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The customer's tier in every run, newest first. */
  public List<Assignment> tierHistory(long customerId, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).history(customerId, limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
