package com.tierwise.organisation.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlossaryValidatorTest {

  private static Map<String, TermText> allLanguages() {
    Map<String, TermText> texts = new HashMap<>();
    texts.put("en", new TermText("Touchpoint", "Where customers meet us"));
    texts.put("tr", new TermText("Temas noktası", "Müşterinin bizimle karşılaştığı yer"));
    texts.put("ar", new TermText("نقطة الاتصال", "حيث يلتقي بنا العملاء"));
    texts.put("fa", new TermText("نقطه تماس", "جایی که مشتریان با ما روبه‌رو می‌شوند"));
    return texts;
  }

  @Test
  void aCompleteTermIsValid() {
    TermDraft draft =
        new TermDraft("touchpoint", allLanguages(), List.of("nps"), List.of(new SeeAlso("NPS", "/app/nps.xhtml")));
    assertEquals(List.of(), GlossaryValidator.problems(draft, Set.of("nps", "touchpoint")));
  }

  @Test
  void everyProblemNamesItsFieldAndLanguage() {
    Map<String, TermText> texts = allLanguages();
    texts.remove("ar");
    texts.put("fa", new TermText(" ", "x".repeat(4001)));
    texts.put("de", new TermText("Kontaktpunkt", "Wo"));
    TermDraft draft =
        new TermDraft(
            "Touch Point", texts, List.of("nps", "nps", "unknown", "touch-point"),
            List.of(new SeeAlso("", "javascript:alert(1)"), new SeeAlso("ok", "//evil.example")));
    List<String> problems = GlossaryValidator.problems(draft, Set.of("nps"));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("slug:")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.ar:")), problems.toString());
    assertTrue(problems.contains("texts.fa.name: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.fa.definition: has 4001 characters")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.de:")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("related[1]:") && p.contains("twice")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("related[2]:") && p.contains("no term")), problems.toString());
    assertTrue(problems.contains("seeAlso[0].label: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("seeAlso[0].url:")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("seeAlso[1].url:")), problems.toString());
  }

  @Test
  void aTermCannotBeRelatedToItself() {
    TermDraft draft = new TermDraft("nps", allLanguages(), List.of("nps"), List.of());
    assertEquals(List.of("related[0]: a term cannot be related to itself"), GlossaryValidator.problems(draft, Set.of("nps")));
  }

  @Test
  void onlyPortalPagesAndWebAddressesAreLinks() {
    assertTrue(GlossaryValidator.safeUrl("/app/nps.xhtml"));
    assertTrue(GlossaryValidator.safeUrl("https://example.com/cx"));
    assertTrue(GlossaryValidator.safeUrl("HTTP://example.com"));
    assertFalse(GlossaryValidator.safeUrl("javascript:alert(1)"));
    assertFalse(GlossaryValidator.safeUrl("data:text/html,hi"));
    assertFalse(GlossaryValidator.safeUrl("//evil.example"));
    assertFalse(GlossaryValidator.safeUrl("/app/x y"));
    assertFalse(GlossaryValidator.safeUrl("https://"));
  }
}
