package com.tierwise.customer;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.export.CustomerExportWriter;
import com.tierwise.customer.export.ExportFormat;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.customer.imports.ImportLog;
import com.tierwise.customer.imports.ImportMappings;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.customer.imports.ImportResult;
import com.tierwise.jobs.JobKind;
import com.tierwise.jobs.JobService;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.RequestContext;
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
import com.tierwise.platform.metrics.Meters;
import java.sql.Connection;
import java.time.Duration;
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
  @EJB private JobService jobs;

  /** The journal's name for a file posted to the REST API, which carries no file name. */
  static final String API_UPLOAD = "CSV posted to POST /customers/import";

  /** One transaction: the whole file or nothing. */
  public ImportResult importCsv(InputStream csv, String user) throws ImportRejectedException {
    return importCsv(csv, null, null, user);
  }

  /**
   * One transaction: the whole file or nothing, journalled (see {@link JobService}) under the
   * file's name and size when the caller knows them.
   */
  public ImportResult importCsv(InputStream csv, String fileName, Long sizeBytes, String user)
      throws ImportRejectedException {
    return importCsv(csv, new CustomerCsvReader(), fileName, sizeBytes, user);
  }

  public ImportResult importCsv(InputStream csv, CustomerCsvReader reader, String user)
      throws ImportRejectedException {
    return importCsv(csv, reader, null, null, user);
  }

  private ImportResult importCsv(
      InputStream csv, CustomerCsvReader reader, String fileName, Long sizeBytes, String user)
      throws ImportRejectedException {
    long started = System.nanoTime();
    long job = jobs.start(JobKind.IMPORT, fileName == null ? API_UPLOAD : fileName, sizeBytes, user);
    String outcome = "error";
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Clock.systemUTC().instant();
      ImportResult result = new CustomerImporter(connection, reader).importCsv(csv, now);
      new ImportLog(connection).record(user, now, null, result, RequestContext.requestId().orElse(null));
      JobService.completed(connection, job, outcome(result));
      counts.clearAfterCommit();
      outcome = "success";
      Meters.imported(outcome, result.created(), result.updated(), Duration.ofNanos(System.nanoTime() - started));
      LOG.info(
          () ->
              user + " imported customers: " + result.created() + " created, " + result.updated()
                  + " updated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      return result;
    } catch (ImportRejectedException e) {
      jobs.failed(job, e.getMessage());
      outcome = "rejected";
      throw e;
    } catch (SQLException e) {
      DataAccessFailure failure = new DataAccessFailure(e);
      jobs.failed(job, failure.cause().message());
      throw failure;
    } catch (IOException e) {
      throw failed(job, e);
    } catch (RuntimeException e) {
      jobs.failed(job, DataAccessFailure.describe(e));
      throw e;
    } finally {
      if (!"success".equals(outcome)) {
        Meters.imported(outcome, 0, 0, Duration.ofNanos(System.nanoTime() - started));
      }
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
    return importMapped(csv, mapping, source, null, null, user);
  }

  /** As {@link #importMapped(InputStream, ColumnMapping, String, String)}, journalled under the file's name and size. */
  public ImportResult importMapped(
      InputStream csv, ColumnMapping mapping, String source, String fileName, Long sizeBytes, String user)
      throws ImportRejectedException {
    String name = sourceName(source);
    long started = System.nanoTime();
    long job = jobs.start(JobKind.IMPORT, fileName == null ? name : fileName, sizeBytes, user);
    String outcome = "error";
    try (Connection connection = dataSource.getConnection()) {
      Instant now = Clock.systemUTC().instant();
      ImportResult result =
          new CustomerImporter(connection, new CustomerCsvReader(mapping)).importCsv(csv, now);
      new ImportMappings(connection).save(name, mapping, user, now);
      new ImportLog(connection).record(user, now, name, result, RequestContext.requestId().orElse(null));
      JobService.completed(connection, job, outcome(result));
      outcome = "success";
      Meters.imported(outcome, result.created(), result.updated(), Duration.ofNanos(System.nanoTime() - started));
      LOG.info(
          () ->
              user + " imported customers from '" + name + "' with " + mapping.asMap() + ": "
                  + result.created() + " created, " + result.updated() + " updated in "
                  + (System.nanoTime() - started) / 1_000_000 + " ms");
      return result;
    } catch (ImportRejectedException e) {
      jobs.failed(job, e.getMessage());
      outcome = "rejected";
      throw e;
    } catch (SQLException e) {
      DataAccessFailure failure = new DataAccessFailure(e);
      jobs.failed(job, failure.cause().message());
      throw failure;
    } catch (IOException e) {
      throw failed(job, e);
    } catch (RuntimeException e) {
      jobs.failed(job, DataAccessFailure.describe(e));
      throw e;
    } finally {
      if (!"success".equals(outcome)) {
        Meters.imported(outcome, 0, 0, Duration.ofNanos(System.nanoTime() - started));
      }
    }
  }

  /** The audit of bulk imports, newest first: one record per import, not per row. */
  public List<ImportLog.Entry> imports(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new ImportLog(connection).recent(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long countImports() {
    try (Connection connection = dataSource.getConnection()) {
      return new ImportLog(connection).count();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * A stream failed: PostgreSQL's COPY stream reports the database's own refusals (a full disk)
   * as an IOException caused by the SQLException; anything else is the file's stream.
   */
  private RuntimeException failed(long job, IOException e) {
    if (e.getCause() instanceof SQLException database) {
      DataAccessFailure failure = new DataAccessFailure(database);
      jobs.failed(job, failure.cause().message());
      return failure;
    }
    jobs.failed(job, "The file could not be read to the end; nothing was changed.");
    return new UncheckedIOException(e);
  }

  private static String outcome(ImportResult result) {
    return result.created() + " created, " + result.updated() + " updated";
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
   * The number of matching customers for a screen. Exact after a tiering run, an override
   * decision or new customers on any node; up to a minute old after other changes made elsewhere
   * (see {@link CustomerCounts}).
   */
  public long recentCount(CustomerFilter filter) {
    CustomerDataVersion version;
    try (Connection connection = dataSource.getConnection()) {
      version = new CustomerQueries(connection).dataVersion();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    return counts.count(filter, version, this::count);
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
