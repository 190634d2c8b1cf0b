package com.tierwise.closedloop;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import com.tierwise.platform.mail.MailOutbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import com.tierwise.platform.metrics.Meters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import com.tierwise.organisation.team.Organisation;
import com.tierwise.organisation.team.TeamRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Survey responses in, NPS out, and the tasks that close the loop: each call is one transaction. */
@Stateless
public class ClosedLoopService {

  private static final Logger LOG = Logger.getLogger(ClosedLoopService.class.getName());

  public static final int MAX_OUTCOME_LENGTH = 4000;

  /** Tasks escalated per run at most; the rest wait for the next run. */
  static final int ESCALATION_BATCH = 500;

  /** The outbox purpose of the escalation digests (the portal's mail page names it). */
  public static final String ESCALATION_DIGEST = "TASK_ESCALATION";

  @Resource private DataSource dataSource;
  @EJB private MailOutbox outbox;

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
        Meters.surveyResponses("rejected", inputs.size());
        throw new ResponsesRejectedException(outcome.errors());
      }
      int tasks = surveys.store(outcome.responses(), now);
      Meters.surveyResponses("accepted", outcome.responses().size());
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

  /**
   * Escalates every open or claimed task past its due time, once: records on the task whom it went
   * to and mails each recipient one digest. The recipient is the manager of the customer's owner,
   * or the CX lead when there is none ({@link EscalationRouting}). The digests go through the mail
   * outbox, so a mail server that is down delays them but loses none and sends none twice.
   *
   * @param cxLead the CX lead's address; without one, escalations to the CX lead are recorded and logged only
   * @return how many tasks this call escalated
   */
  public int escalateOverdue(Optional<String> cxLead) {
    Instant now = Clock.systemUTC().instant();
    String lead = cxLead.filter(address -> !address.isBlank()).map(String::strip).orElse(null);
    try (Connection connection = dataSource.getConnection()) {
      TaskRepository tasks = new TaskRepository(connection);
      Organisation organisation = new TeamRepository(connection).organisation();
      Map<String, List<CxTask>> byAddress = new LinkedHashMap<>();
      List<CxTask> unmailed = new ArrayList<>();
      for (TaskRepository.Overdue overdue : tasks.overdue(now, ESCALATION_BATCH)) {
        EscalationRouting.Recipient to = EscalationRouting.of(organisation, overdue.owner(), lead);
        if (tasks.escalated(overdue.task().id(), now, to)) {
          if (to.address() == null) {
            unmailed.add(overdue.task());
          } else {
            byAddress.computeIfAbsent(to.address(), k -> new ArrayList<>()).add(overdue.task());
          }
        }
      }
      if (!unmailed.isEmpty()) {
        LOG.warning(() -> unmailed.size() + " overdue tasks escalated, but their owners have no manager with a mail"
            + " address and no CX lead address is configured (TIERWISE_CX_LEAD_EMAIL): nobody was mailed");
      }
      // Queued in this transaction: the digest leaves exactly when the escalations are recorded,
      // and the outbox retries it while the mail server is down.
      for (Map.Entry<String, List<CxTask>> digest : byAddress.entrySet()) {
        outbox.enqueue(ESCALATION_DIGEST, EscalationMail.of(digest.getKey(), digest.getValue(), now));
        LOG.info(() -> digest.getValue().size() + " overdue tasks escalated to " + digest.getKey());
      }
      return unmailed.size() + byAddress.values().stream().mapToInt(List::size).sum();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Share of tasks done in time, by assignee or team queue, for tasks created in the period. */
  public List<TaskPerformance> performance(TaskType type, Instant from, Instant to) {
    try (Connection connection = dataSource.getConnection()) {
      return new TaskRepository(connection).performance(type, from, to, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The same figures added up by the assignee's team ({@link TeamPerformance}). */
  public List<TeamPerformance> performanceByTeam(TaskType type, Instant from, Instant to) {
    try (Connection connection = dataSource.getConnection()) {
      List<TaskPerformance> rows = new TaskRepository(connection).performance(type, from, to, Clock.systemUTC().instant());
      return TeamPerformance.of(rows, new TeamRepository(connection).organisation());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Responses newest first, with comment search in any script. */
  public List<ResponseRow> responses(ResponseSearch search, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new ResponseQueries(connection).search(search, limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** One batch of the comment backfill (its own transaction); 0 when nothing is left. */
  public int foldOldComments(int batch) {
    try (Connection connection = dataSource.getConnection()) {
      return new ResponseQueries(connection).backfill(batch);
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

  /** Longest assignee name (cx_task.assignee). */
  public static final int MAX_ASSIGNEE_LENGTH = 100;

  /** Hands the task to another person or team queue; it is OPEN again for them. */
  public CxTask reassign(long id, String assignee, String user)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    String to = assignee == null ? "" : assignee.strip();
    if (to.isEmpty() || to.length() > MAX_ASSIGNEE_LENGTH || to.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidOutcomeException(
          "assignee is required: a user name or team queue of at most " + MAX_ASSIGNEE_LENGTH
              + " characters, without control characters");
    }
    try (Connection connection = dataSource.getConnection()) {
      TaskRepository tasks = new TaskRepository(connection);
      CxTask task = tasks.lock(id).orElseThrow(() -> new TaskNotFoundException(id));
      tasks.reassigned(task, task.status().reassign(), to);
      LOG.info(() -> user + " reassigned task " + id + " from " + task.assignee() + " to " + to);
      return tasks.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Closes the task with what came of it (the call's result, the testimonial's link, ...). */
  public CxTask complete(long id, String outcome, String user)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    return complete(id, outcome, null, null, user);
  }

  /**
   * As {@link #complete(long, String, String)}, with the root cause the follow-up found: the
   * lifecycle stage that failed and whether it was marketing's or service's half (each optional,
   * as text so that a wrong value is named in the answer).
   */
  public CxTask complete(long id, String outcome, String stage, String attribution, String user)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    LifecycleStage foundStage = null;
    if (stage != null && !stage.isBlank()) {
      foundStage =
          LifecycleStage.parse(stage)
              .orElseThrow(() -> new InvalidOutcomeException("stage must be " + LifecycleStage.choices() + ", not \"" + stage + "\""));
    }
    Attribution foundAttribution = null;
    if (attribution != null && !attribution.isBlank()) {
      foundAttribution =
          Attribution.parse(attribution)
              .orElseThrow(
                  () -> new InvalidOutcomeException(
                      "attribution must be " + Attribution.choices() + ", not \"" + attribution + "\""));
    }
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
      tasks.completed(
          task, task.status().complete(), user, outcome.strip(), foundStage, foundAttribution, Clock.systemUTC().instant());
      LOG.info(() -> user + " completed task " + id);
      return tasks.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
