package com.tierwise.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.Touchpoint;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Survey definitions and invitations on H2 with the real migrations (PostgreSQL: the it module). */
class SurveyDeliveryRepositoryH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private Connection connection;
  private SurveyDeliveryRepository repository;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    repository = new SurveyDeliveryRepository(connection);
    String csv = "external_id,name,country,email\nK-1,Kaveh,IR,kaveh@example.com\nK-2,No mail,TR,\n";
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), NOW);
    connection.commit();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void theMigrationSeedsASurveyPerTouchpointInEveryLanguage() throws Exception {
    List<SurveyDefinition> definitions = repository.definitions();
    assertEquals(4, definitions.size());
    for (SurveyDefinition definition : definitions) {
      assertEquals(List.of(), SurveyDefinitionValidator.problems(definition), definition.touchpoint().name());
    }
    SurveyTexts persian = repository.definition(Touchpoint.SERVICE_CALL).orElseThrow().texts("fa");
    assertTrue(persian.npsQuestion().contains("توصیه"), persian.npsQuestion());
    assertTrue(persian.mailBody().contains("\n"), "the mail keeps its line breaks");
  }

  @Test
  void anEditReplacesTheTexts() throws Exception {
    SurveyDefinition edited =
        new SurveyDefinition(Touchpoint.SALES_CALL, true, false, SurveyDefinitionValidatorTest.allLanguages());
    repository.save(edited, "analyst", NOW);
    SurveyDefinition stored = repository.definition(Touchpoint.SALES_CALL).orElseThrow();
    assertTrue(stored.csatEnabled());
    assertEquals("Title fa", stored.texts("fa").title());
    assertEquals(null, stored.texts("fa").cesQuestion());
  }

  @Test
  void theSwitchAndTheOwnContactWindowRoundTrip() throws Exception {
    assertTrue(repository.definition(Touchpoint.SALES_CALL).orElseThrow().active(), "seeded surveys are on");
    assertEquals(null, repository.definition(Touchpoint.SALES_CALL).orElseThrow().contactWindowDays());
    repository.save(
        new SurveyDefinition(Touchpoint.SALES_CALL, false, false, SurveyDefinitionValidatorTest.allLanguages(), false, 7),
        "analyst", NOW);
    SurveyDefinition off = repository.definition(Touchpoint.SALES_CALL).orElseThrow();
    assertEquals(false, off.active());
    assertEquals(7, off.contactWindowDays());
    repository.save(
        new SurveyDefinition(Touchpoint.SALES_CALL, false, false, SurveyDefinitionValidatorTest.allLanguages(), false, null),
        "analyst", NOW);
    assertEquals(null, repository.definition(Touchpoint.SALES_CALL).orElseThrow().contactWindowDays());
  }

  @Test
  void anInvitationIsUsedOnceAndOnlyBeforeItExpires() throws Exception {
    SurveyDeliveryRepository.Invitee kaveh = repository.lockCustomer("K-1").orElseThrow();
    assertEquals("kaveh@example.com", kaveh.email());
    String token = SurveyTokens.newToken();
    long id =
        repository.insertInvitation(
            SurveyTokens.hash(token), kaveh.id(), Touchpoint.SERVICE_CALL, "fa", "api", NOW, NOW.plus(Duration.ofDays(14)));
    SurveyDeliveryRepository.Invitation found = repository.findByTokenHash(SurveyTokens.hash(token)).orElseThrow();
    assertEquals("K-1", found.externalId());
    assertEquals(PublicSurvey.State.OPEN, SurveyDeliveryService.state(found, NOW));
    assertEquals(PublicSurvey.State.EXPIRED, SurveyDeliveryService.state(found, NOW.plus(Duration.ofDays(14))));
    assertEquals(Optional.of(NOW), repository.lastInvitedAt(kaveh.id()));

    assertFalse(repository.markResponded(id, NOW.plus(Duration.ofDays(15)), 4, 2), "expired");
    assertTrue(repository.markResponded(id, NOW.plusSeconds(60), 4, null));
    assertFalse(repository.markResponded(id, NOW.plusSeconds(61), 5, null), "a token answers once");
    SurveyDeliveryRepository.Invitation used = repository.findByTokenHash(SurveyTokens.hash(token)).orElseThrow();
    assertNotNull(used.respondedAt());
    assertEquals(PublicSurvey.State.USED, SurveyDeliveryService.state(used, NOW));
  }

  @Test
  void tokenHashesAreUnique() throws Exception {
    long customer = repository.lockCustomer("K-1").orElseThrow().id();
    String hash = SurveyTokens.hash(SurveyTokens.newToken());
    repository.insertInvitation(hash, customer, Touchpoint.SALES_CALL, "en", "api", NOW, NOW.plusSeconds(60));
    assertThrows(
        SQLException.class,
        () -> repository.insertInvitation(hash, customer, Touchpoint.SALES_CALL, "en", "api", NOW, NOW.plusSeconds(60)));
  }

  @Test
  void unknownCustomersAndTokensAreEmpty() throws Exception {
    assertTrue(repository.lockCustomer("NOPE").isEmpty());
    assertTrue(repository.findByTokenHash(SurveyTokens.hash("x")).isEmpty());
    assertTrue(repository.lastRespondedAt(repository.lockCustomer("K-2").orElseThrow().id()).isEmpty());
  }
}
