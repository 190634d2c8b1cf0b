package com.tierwise.organisation.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search folds case and script the way the customer search does (customer.SearchText). */
class GlossarySearchTest {

  private static GlossaryTerm term(String slug, String en, String tr, String fa, String definition) {
    return new GlossaryTerm(
        slug.hashCode(), slug,
        Map.of(
            "en", new TermText(en, definition),
            "tr", new TermText(tr, definition),
            "ar", new TermText(en, definition),
            "fa", new TermText(fa, definition)),
        List.of(), List.of(), "admin", Instant.EPOCH);
  }

  private static final List<GlossaryTerm> TERMS =
      List.of(
          term("business-metric", "Business metric", "İş metriği", "شاخص کسب‌وکار", "What a customer is worth"),
          term("closed-loop", "Closed loop", "Kapalı döngü", "حلقه بسته", "Acting on every piece of feedback"),
          term("touchpoint", "Touchpoint", "Temas noktası", "نقطه تماس", "Where the customer meets the company"),
          term("ccsx", "CCSX", "CCSX", "CCSX", "Owns the service side; works with the business owner"));

  private static List<String> slugs(String query) {
    return GlossarySearch.search(TERMS, query, "en").stream().map(GlossaryTerm::slug).toList();
  }

  @Test
  void dottedAndDotlessITurkishLettersAreOneLetter() {
    assertEquals(List.of("business-metric"), slugs("iş metriği"));
    assertEquals(List.of("business-metric"), slugs("İŞ METRİĞİ"));
    assertEquals(List.of("business-metric"), slugs("IS METRIGI"));
    assertEquals(List.of("closed-loop"), slugs("KAPALI"));
    assertEquals(List.of("closed-loop"), slugs("kapali döngü"));
    assertEquals(List.of("closed-loop"), slugs("kapalı"));
  }

  @Test
  void arabicAndPersianLetterFormsAreOneLetter() {
    // Arabic kaf (ك) and yeh (ي) typed on an Arabic keyboard find the Persian ک and ی.
    assertEquals(List.of("business-metric"), slugs("كسب"));
    assertEquals(List.of("touchpoint"), slugs("نقطه تماس"));
  }

  @Test
  void namesThatMatchComeBeforeDefinitionsThatMatch() {
    // "business" is in one name and in another term's definition.
    assertEquals(List.of("business-metric", "ccsx"), slugs("business"));
  }

  @Test
  void aBlankQueryListsEveryTermInTheReadersOrder() {
    assertEquals(List.of("business-metric", "ccsx", "closed-loop", "touchpoint"), slugs("  "));
    List<String> turkish = GlossarySearch.search(TERMS, null, "tr").stream().map(t -> t.text("tr").name()).toList();
    assertEquals(List.of("CCSX", "İş metriği", "Kapalı döngü", "Temas noktası"), turkish);
  }

  @Test
  void nothingMatchesWhatIsNotThere() {
    assertEquals(List.of(), slugs("churn"));
  }
}
