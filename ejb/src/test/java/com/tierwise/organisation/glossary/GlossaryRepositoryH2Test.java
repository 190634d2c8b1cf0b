package com.tierwise.organisation.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.platform.H2Database;
import com.tierwise.survey.SurveyLocales;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seeded vocabulary (V67) and a round trip of the repository, on H2 with the real migrations. */
class GlossaryRepositoryH2Test {

  private Connection connection;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void theDomainVocabularyIsSeededInEveryLanguage() throws Exception {
    List<GlossaryTerm> terms = new GlossaryRepository(connection).all();
    assertTrue(terms.size() >= 20, "terms: " + terms.size());
    for (GlossaryTerm term : terms) {
      assertEquals(SurveyLocales.SUPPORTED.size(), term.texts().size(), term.slug());
    }
    GlossaryTerm nps = terms.stream().filter(t -> t.slug().equals("nps")).findFirst().orElseThrow();
    assertEquals(List.of("promoter", "passive", "detractor", "touchpoint"), nps.related());
    assertEquals("/app/nps.xhtml", nps.seeAlso().get(0).url());
    // The term named so comes first; terms whose definitions use the words follow.
    List<String> found = GlossarySearch.search(terms, "İŞ METRİĞİ", "tr").stream().map(GlossaryTerm::slug).toList();
    assertEquals("business-metric", found.get(0), found.toString());
    assertTrue(found.contains("tier"), found.toString());
  }

  @Test
  void aTermIsWrittenAndReplacedWithItsParts() throws Exception {
    GlossaryRepository repository = new GlossaryRepository(connection);
    Map<String, TermText> texts =
        Map.of("en", new TermText("Churn", "Customers who leave"), "tr", new TermText("Müşteri kaybı", "Ayrılan müşteriler"),
            "ar", new TermText("فقدان العملاء", "العملاء الذين يغادرون"), "fa", new TermText("ریزش مشتری", "مشتریانی که می‌روند"));
    long id = repository.insert(new TermDraft("churn", texts, List.of("nps", "tier"), List.of(new SeeAlso("NPS", "/app/nps.xhtml"))), "ana", Instant.now());
    GlossaryTerm saved = repository.bySlug("churn").orElseThrow();
    assertEquals(id, saved.id());
    assertEquals(List.of("nps", "tier"), saved.related());
    assertEquals("ریزش مشتری", saved.text("fa").name());
    repository.update(id, new TermDraft("churn", texts, List.of("tier"), List.of()), "bo", Instant.now());
    GlossaryTerm updated = repository.bySlug("churn").orElseThrow();
    assertEquals(List.of("tier"), updated.related());
    assertEquals(List.of(), updated.seeAlso());
    assertEquals("bo", updated.updatedBy());
    repository.delete(id);
    assertTrue(repository.bySlug("churn").isEmpty());
  }
}
