package com.tierwise.organisation.journey;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.NpsAnalytics;
import com.tierwise.closedloop.NpsDimension;
import com.tierwise.closedloop.NpsFilter;
import com.tierwise.closedloop.NpsGroup;
import com.tierwise.governance.GovernanceAudit;
import com.tierwise.governance.Snapshot;
import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.organisation.persona.Initials;
import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The journey map: touchpoints by lifecycle stage, with the live NPS of the surveyed ones. Read by
 * every signed-in role, edited by the CX roles; changes are audited (subject JOURNEY_TOUCHPOINT).
 */
@Stateless
public class JourneyService {

  public static final String AUDIT_SUBJECT = "JOURNEY_TOUCHPOINT";
  /** The NPS shown on the map covers the responses of this many days up to now. */
  public static final int NPS_DAYS = 90;
  private static final Logger LOG = Logger.getLogger(JourneyService.class.getName());

  @Resource private DataSource dataSource;

  /** The touchpoints (optionally of one stage and/or owner) with their personas and live NPS. */
  public JourneyPage entries(LifecycleStage stage, JourneyOwner owner, int limit, int offset) {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      JourneyRepository repository = new JourneyRepository(connection);
      // A journey map has tens of touchpoints: filtered and paged here, in stage order.
      List<JourneyTouchpoint> matching =
          repository.all().stream()
              .filter(touchpoint -> stage == null || touchpoint.stage() == stage)
              .filter(touchpoint -> owner == null || touchpoint.owner() == owner)
              .toList();
      int from = Math.min(offset, matching.size());
      List<JourneyTouchpoint> page = matching.subList(from, Math.min(matching.size(), from + limit));
      Map<String, NpsGroup> nps =
          page.stream().anyMatch(touchpoint -> touchpoint.survey() != null)
              ? new NpsAnalytics(connection)
                  .breakdown(NpsDimension.TOUCHPOINT, new NpsFilter(null, null, now.minus(Duration.ofDays(NPS_DAYS)), null))
                  .stream().collect(Collectors.toMap(NpsGroup::key, Function.identity()))
              : Map.of();
      Map<Long, String> personas = repository.personaNames();
      List<JourneyEntry> entries =
          page.stream()
              .map(touchpoint -> entry(touchpoint, personas, nps))
              .toList();
      return new JourneyPage(matching.size(), entries);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The whole map as stages x owners. */
  public JourneyGrid grid() {
    return JourneyGrid.of(entries(null, null, Integer.MAX_VALUE, 0).entries());
  }

  private static JourneyEntry entry(
      JourneyTouchpoint touchpoint, Map<Long, String> personas, Map<String, NpsGroup> nps) {
    List<JourneyEntry.PersonaRef> refs =
        touchpoint.personaIds().stream()
            .filter(personas::containsKey)
            .map(id -> new JourneyEntry.PersonaRef(id, personas.get(id), Initials.of(personas.get(id))))
            .toList();
    if (touchpoint.survey() == null) {
      return new JourneyEntry(touchpoint, refs, null, null);
    }
    NpsGroup group = nps.get(touchpoint.survey().name());
    return group == null
        ? new JourneyEntry(touchpoint, refs, 0L, null)
        : new JourneyEntry(touchpoint, refs, group.responses(), group.nps());
  }

  public JourneyEntry entry(long id) throws OrganisationRefusedException {
    return entries(null, null, Integer.MAX_VALUE, 0).entries().stream()
        .filter(entry -> entry.touchpoint().id() == id)
        .findFirst()
        .orElseThrow(() -> noSuchTouchpoint(id));
  }

  public JourneyTouchpoint create(JourneyDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      JourneyRepository repository = new JourneyRepository(connection);
      check(repository, draft);
      long id = repository.insert(draft, user, now);
      JourneyTouchpoint created = repository.byId(id).orElseThrow();
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, id, "CREATED", user, now, null, snapshot(created), null);
      LOG.info(() -> user + " added the journey touchpoint " + id);
      return created;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public JourneyTouchpoint update(long id, JourneyDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      JourneyRepository repository = new JourneyRepository(connection);
      JourneyTouchpoint before = repository.byId(id).orElseThrow(() -> noSuchTouchpoint(id));
      check(repository, draft);
      repository.update(id, draft, user, now);
      JourneyTouchpoint after = repository.byId(id).orElseThrow();
      new GovernanceAudit(connection)
          .record(null, AUDIT_SUBJECT, id, "UPDATED", user, now, snapshot(before), snapshot(after), null);
      return after;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public void delete(long id, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      JourneyRepository repository = new JourneyRepository(connection);
      JourneyTouchpoint before = repository.byId(id).orElseThrow(() -> noSuchTouchpoint(id));
      repository.delete(id);
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, id, "DELETED", user, now, snapshot(before), null, null);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static void check(JourneyRepository repository, JourneyDraft draft)
      throws SQLException, OrganisationRefusedException {
    List<String> problems = JourneyValidator.problems(draft, repository.personaNames().keySet());
    if (!problems.isEmpty()) {
      throw OrganisationRefusedException.invalid("The touchpoint", problems);
    }
  }

  private static OrganisationRefusedException noSuchTouchpoint(long id) {
    return OrganisationRefusedException.notFound("No journey touchpoint " + id);
  }

  private static String snapshot(JourneyTouchpoint touchpoint) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("stage", touchpoint.stage().name());
    fields.put("touchpoint", touchpoint.touchpoint() == null ? null : touchpoint.touchpoint().name());
    fields.put("label", touchpoint.label());
    fields.put("owner", touchpoint.owner().name());
    fields.put("survey", touchpoint.survey() == null ? null : touchpoint.survey().name());
    fields.put("position", touchpoint.position());
    fields.put("personaIds", touchpoint.personaIds());
    return Snapshot.of(fields);
  }
}
