package com.tierwise.organisation.glossary;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.GovernanceAudit;
import com.tierwise.governance.Snapshot;
import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.RefusedException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The shared vocabulary: read by every signed-in role, edited by the CX roles (the API and the
 * portal check who). Every change is audited in governance_audit, subject GLOSSARY_TERM.
 */
@Stateless
public class GlossaryService {

  public static final String AUDIT_SUBJECT = "GLOSSARY_TERM";
  private static final Logger LOG = Logger.getLogger(GlossaryService.class.getName());

  @Resource private DataSource dataSource;

  /** Terms matching the query (all when blank), ordered for a reader of {@code locale}. */
  public GlossaryPage search(String query, String locale, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      List<GlossaryTerm> found = GlossarySearch.search(new GlossaryRepository(connection).all(), query, locale);
      int from = Math.min(offset, found.size());
      return new GlossaryPage(found.size(), found.subList(from, Math.min(found.size(), from + limit)));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public GlossaryTerm term(String slug) throws OrganisationRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      return new GlossaryRepository(connection).bySlug(slug).orElseThrow(() -> noSuchTerm(slug));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public GlossaryTerm create(TermDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      GlossaryRepository repository = new GlossaryRepository(connection);
      List<GlossaryTerm> all = repository.all();
      check(draft, all);
      String slug = draft.slug().strip();
      if (all.stream().anyMatch(term -> term.slug().equals(slug))) {
        throw new OrganisationRefusedException(
            RefusedException.Kind.CONFLICT, "A term \"" + slug + "\" exists already", List.of("slug: is taken"));
      }
      repository.insert(draft, user, now);
      GlossaryTerm created = repository.bySlug(slug).orElseThrow();
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, slug, "CREATED", user, now, null, snapshot(created), null);
      LOG.info(() -> user + " added the glossary term " + slug);
      return created;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Replaces the term's texts, related terms and links; its slug stays. */
  public GlossaryTerm update(String slug, TermDraft draft, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      GlossaryRepository repository = new GlossaryRepository(connection);
      List<GlossaryTerm> all = repository.all();
      GlossaryTerm before =
          all.stream().filter(term -> term.slug().equals(slug)).findFirst().orElseThrow(() -> noSuchTerm(slug));
      TermDraft fixed = new TermDraft(slug, draft.texts(), draft.related(), draft.seeAlso());
      if (draft.slug() != null && !draft.slug().isBlank() && !draft.slug().strip().equals(slug)) {
        throw OrganisationRefusedException.invalid(
            "The term", List.of("slug: cannot change (it is the term's key in links); add a new term instead"));
      }
      check(fixed, all);
      repository.update(before.id(), fixed, user, now);
      GlossaryTerm after = repository.bySlug(slug).orElseThrow();
      new GovernanceAudit(connection)
          .record(null, AUDIT_SUBJECT, slug, "UPDATED", user, now, snapshot(before), snapshot(after), null);
      LOG.info(() -> user + " changed the glossary term " + slug);
      return after;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public void delete(String slug, String user) throws OrganisationRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      GlossaryRepository repository = new GlossaryRepository(connection);
      GlossaryTerm before = repository.bySlug(slug).orElseThrow(() -> noSuchTerm(slug));
      repository.delete(before.id());
      new GovernanceAudit(connection).record(null, AUDIT_SUBJECT, slug, "DELETED", user, now, snapshot(before), null, null);
      LOG.info(() -> user + " removed the glossary term " + slug);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Who changed the term and how, oldest first (kept after the term is removed). */
  public List<AuditRecord> history(String slug) {
    try (Connection connection = dataSource.getConnection()) {
      return new GovernanceAudit(connection).forSubject(AUDIT_SUBJECT, slug);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static void check(TermDraft draft, List<GlossaryTerm> all) throws OrganisationRefusedException {
    Set<String> known = all.stream().map(GlossaryTerm::slug).collect(Collectors.toSet());
    List<String> problems = GlossaryValidator.problems(draft, known);
    if (!problems.isEmpty()) {
      throw OrganisationRefusedException.invalid("The term", problems);
    }
  }

  private static OrganisationRefusedException noSuchTerm(String slug) {
    return OrganisationRefusedException.notFound("No glossary term \"" + slug + "\"");
  }

  static String snapshot(GlossaryTerm term) {
    Map<String, Object> texts = new TreeMap<>();
    term.texts().forEach((locale, text) -> texts.put(locale, Map.of("name", text.name(), "definition", text.definition())));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", term.slug());
    fields.put("texts", texts);
    fields.put("related", term.related());
    fields.put("seeAlso", term.seeAlso().stream().map(link -> Map.of("label", link.label(), "url", link.url())).toList());
    return Snapshot.of(fields);
  }
}
