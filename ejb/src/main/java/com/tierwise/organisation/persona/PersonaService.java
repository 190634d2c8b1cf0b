package com.tierwise.organisation.persona;

import com.tierwise.governance.GovernanceAudit;
import com.tierwise.governance.Snapshot;
import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Personas: read by every signed-in role, edited by the CX roles. Every change is audited in
 * governance_audit, subject PERSONA. Removing a persona removes it from the journey map.
 */
@Stateless
public class PersonaService {

  public static final String AUDIT_SUBJECT = "PERSONA";
  private static final Logger LOG = Logger.getLogger(PersonaService.class.getName());

  @Resource private DataSource dataSource;

  public long count() {
    try (Connection connection = dataSource.getConnection()) {
      return new PersonaRepository(connection).count();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<Persona> list(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new PersonaRepository(connection).page(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Persona persona(long id) throws OrganisationRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      return new PersonaRepository(connection).byId(id).orElseThrow(() -> noSuchPersona(id));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Persona create(PersonaDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      PersonaRepository repository = new PersonaRepository(connection);
      check(repository, draft, 0);
      long id = repository.insert(draft, user, now);
      Persona created = repository.byId(id).orElseThrow();
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, id, "CREATED", user, now, null, snapshot(created), null);
      LOG.info(() -> user + " added the persona " + id);
      return created;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Persona update(long id, PersonaDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      PersonaRepository repository = new PersonaRepository(connection);
      Persona before = repository.byId(id).orElseThrow(() -> noSuchPersona(id));
      check(repository, draft, id);
      repository.update(id, draft, user, now);
      Persona after = repository.byId(id).orElseThrow();
      new GovernanceAudit(connection)
          .record(null, AUDIT_SUBJECT, id, "UPDATED", user, now, snapshot(before), snapshot(after), null);
      LOG.info(() -> user + " changed the persona " + id);
      return after;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public void delete(long id, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      PersonaRepository repository = new PersonaRepository(connection);
      Persona before = repository.byId(id).orElseThrow(() -> noSuchPersona(id));
      repository.delete(id);
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, id, "DELETED", user, now, snapshot(before), null, null);
      LOG.info(() -> user + " removed the persona " + id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static void check(PersonaRepository repository, PersonaDraft draft, long id)
      throws SQLException, OrganisationRefusedException {
    List<String> problems = new java.util.ArrayList<>(PersonaValidator.problems(draft));
    if (problems.isEmpty() && repository.nameTaken(draft.name(), id)) {
      problems.add("name: another persona is called \"" + draft.name().strip() + "\"");
    }
    if (!problems.isEmpty()) {
      throw OrganisationRefusedException.invalid("The persona", problems);
    }
  }

  private static OrganisationRefusedException noSuchPersona(long id) {
    return OrganisationRefusedException.notFound("No persona " + id);
  }

  private static String snapshot(Persona persona) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", persona.name());
    fields.put("segment", persona.segment().name());
    fields.put("description", persona.description());
    fields.put("needs", persona.needs());
    fields.put("motivations", persona.motivations());
    fields.put("frustrations", persona.frustrations());
    fields.put("channels", persona.channels().stream().map(Enum::name).toList());
    return Snapshot.of(fields);
  }
}
