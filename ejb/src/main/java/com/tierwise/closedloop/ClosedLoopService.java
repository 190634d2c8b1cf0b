package com.tierwise.closedloop;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Survey responses in, NPS out, and the tasks that close the loop: each call is one transaction. */
@Stateless
public class ClosedLoopService {

  private static final Logger LOG = Logger.getLogger(ClosedLoopService.class.getName());

  public static final int MAX_OUTCOME_LENGTH = 4000;

  @Resource private DataSource dataSource;

  /**
   * Stores every response and opens their tasks, or stores nothing and lists every bad element.
   *
   * @return how many responses were stored
   */
  public int submit(List<ResponseInput> inputs, String user) throws ResponsesRejectedException {
    long started = System.nanoTime();
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      SurveyRepository surveys = new SurveyRepository(connection);
      List<String> externalIds =
          inputs.size() > ResponseValidator.MAX_BATCH
              ? List.of()
              : inputs.stream()
                  .filter(Objects::nonNull)
                  .map(ResponseInput::externalId)
                  .filter(id -> id != null && !id.isBlank())
                  .map(String::trim)
                  .toList();
      ResponseValidator.Outcome outcome =
          ResponseValidator.validate(inputs, surveys.customers(externalIds), now);
      if (!outcome.valid()) {
        throw new ResponsesRejectedException(outcome.errors());
      }
      int tasks = surveys.store(outcome.responses(), now);
      LOG.info(
          () ->
              user + " submitted " + outcome.responses().size() + " survey responses, " + tasks
                  + " tasks opened, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      return outcome.responses().size();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * The same as {@link #submit} for a CSV file: all rows stored or none, problems reported by line
   * (the header is line 1) and column.
   */
  public int submitCsv(InputStream csv, String user) throws ResponsesCsvRejectedException {
    ResponseCsvReader.Parsed parsed;
    try {
      parsed = ResponseCsvReader.read(csv, ResponseValidator.MAX_BATCH);
    } catch (IOException e) {
      throw new UncheckedIOException("The upload could not be read", e);
    }
    if (!parsed.readable()) {
      throw new ResponsesCsvRejectedException(parsed.problems());
    }
    if (parsed.inputs().isEmpty()) {
      throw new ResponsesCsvRejectedException(
          List.of(new ResponseCsvReader.CsvProblem(2, null, "The file has a header but no responses")));
    }
    try {
      return submit(parsed.inputs(), user); // a local call: one transaction, this method's
    } catch (ResponsesRejectedException e) {
      throw new ResponsesCsvRejectedException(
          e.errors().stream()
              .map(error -> new ResponseCsvReader.CsvProblem(
                  parsed.lines().get(error.index()), ResponseCsvReader.column(error.field()),
                  error.message().replace("externalId", "external_id").replace("respondedAt", "responded_at")
                      .replace(" (a JSON number)", "")))
              .toList());
    }
  }

  public Nps nps(NpsFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new SurveyRepository(connection).nps(filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<NpsGroup> npsBreakdown(NpsDimension by, NpsFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new NpsAnalytics(connection).breakdown(by, filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<NpsGroup> npsTrend(TrendPeriod period, NpsFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new NpsAnalytics(connection).trend(period, filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Resurvey resurvey(NpsFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new NpsAnalytics(connection).resurvey(filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<CxTask> tasks(TaskFilter filter, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new TaskRepository(connection).list(filter, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long taskCount(TaskFilter filter) {
    try (Connection connection = dataSource.getConnection()) {
      return new TaskRepository(connection).count(filter);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The user takes the task: it becomes theirs and CLAIMED. */
  public CxTask claim(long id, String user) throws TaskNotFoundException, IllegalTaskTransitionException {
    try (Connection connection = dataSource.getConnection()) {
      TaskRepository tasks = new TaskRepository(connection);
      CxTask task = tasks.lock(id).orElseThrow(() -> new TaskNotFoundException(id));
      tasks.claimed(task, task.status().claim(), user, Clock.systemUTC().instant());
      LOG.info(() -> user + " claimed task " + id);
      return tasks.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Closes the task with what came of it (the call's result, the testimonial's link, ...). */
  public CxTask complete(long id, String outcome, String user)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    if (outcome == null || outcome.isBlank()) {
      throw new InvalidOutcomeException("outcome is required: what came of the call or request");
    }
    if (outcome.codePointCount(0, outcome.length()) > MAX_OUTCOME_LENGTH || outcome.indexOf('\u0000') >= 0) {
      throw new InvalidOutcomeException(
          "outcome must be at most " + MAX_OUTCOME_LENGTH + " characters, without NUL characters");
    }
    try (Connection connection = dataSource.getConnection()) {
      TaskRepository tasks = new TaskRepository(connection);
      CxTask task = tasks.lock(id).orElseThrow(() -> new TaskNotFoundException(id));
      tasks.completed(task, task.status().complete(), user, outcome.strip(), Clock.systemUTC().instant());
      LOG.info(() -> user + " completed task " + id);
      return tasks.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
