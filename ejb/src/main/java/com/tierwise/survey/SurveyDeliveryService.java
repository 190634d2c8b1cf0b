package com.tierwise.survey;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.ResponsesRejectedException;
import com.tierwise.closedloop.Touchpoint;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tierwise's own surveys: definitions per touchpoint, invitations by mail with a one-time link,
 * and answers from the public page, which take the same path as API responses (so detractors and
 * promoters open their tasks). Each call is one transaction.
 */
@Stateless
public class SurveyDeliveryService {

  private static final Logger LOG = Logger.getLogger(SurveyDeliveryService.class.getName());

  /** Where the public page lives under the application's address. */
  public static final String PAGE = "/survey";

  @Resource private DataSource dataSource;
  @EJB private ClosedLoopService closedLoop;
  @Inject private Event<InvitationMailDue> mailDue;

  @Inject
  @ConfigProperty(name = SurveyConfig.EXPIRY_DAYS, defaultValue = "14")
  private int expiryDays;

  @Inject
  @ConfigProperty(name = SurveyConfig.CONTACT_WINDOW_DAYS, defaultValue = "30")
  private int contactWindowDays;

  @Inject
  @ConfigProperty(name = SurveyConfig.BASE_URL)
  private Optional<String> baseUrl;

  /** The contact window of surveys without their own (TIERWISE_SURVEY_CONTACT_WINDOW_DAYS). */
  public int configuredContactWindowDays() {
    return contactWindowDays;
  }

  public List<SurveyDefinition> definitions() {
    try (Connection connection = dataSource.getConnection()) {
      return new SurveyDeliveryRepository(connection).definitions();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public SurveyDefinition update(SurveyDefinition definition, String user) throws SurveyRefusedException {
    List<String> problems = SurveyDefinitionValidator.problems(definition);
    if (!problems.isEmpty()) {
      throw new SurveyRefusedException(
          SurveyRefusedException.Kind.INVALID, "The survey definition is not valid; nothing was changed", problems);
    }
    try (Connection connection = dataSource.getConnection()) {
      SurveyDeliveryRepository repository = new SurveyDeliveryRepository(connection);
      repository.save(definition, user, Clock.systemUTC().instant());
      LOG.info(() -> user + " changed the survey of " + definition.touchpoint());
      return repository.definition(definition.touchpoint()).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * A touchpoint happened: invites the customer by mail, unless the contact-frequency rule says
   * they were surveyed too recently.
   *
   * @param applicationUrl the application's address as the caller reached it, used for the link
   *     when TIERWISE_SURVEY_BASE_URL is not set
   */
  public InvitationResult invite(String externalId, String touchpointName, String locale, String applicationUrl, String user)
      throws SurveyRefusedException {
    Optional<Touchpoint> touchpoint = Touchpoint.parse(touchpointName);
    if (externalId == null || externalId.isBlank() || touchpoint.isEmpty()
        || (locale != null && !locale.isBlank() && SurveyLocales.parse(locale).isEmpty())) {
      throw new SurveyRefusedException(
          SurveyRefusedException.Kind.INVALID, "The touchpoint event is not valid", invitationProblems(externalId, touchpointName, locale));
    }
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      SurveyDeliveryRepository repository = new SurveyDeliveryRepository(connection);
      SurveyDeliveryRepository.Invitee customer =
          repository
              .lockCustomer(externalId.trim())
              .orElseThrow(
                  () -> new SurveyRefusedException(
                      SurveyRefusedException.Kind.NOT_FOUND, "No customer with external id \"" + externalId + "\""));
      if (customer.email() == null || customer.email().isBlank()) {
        throw new SurveyRefusedException(
            SurveyRefusedException.Kind.INVALID, "The customer has no email address",
            List.of("externalId: customer " + customer.externalId() + " has no email; import one in the email column"));
      }
      SurveyDefinition definition =
          repository
              .definition(touchpoint.get())
              .orElseThrow(
                  () -> new SurveyRefusedException(
                      SurveyRefusedException.Kind.NOT_FOUND, "No survey is defined for " + touchpoint.get()));
      if (!definition.active()) {
        // Switched off in the survey editor: the event is fine, there is just nothing to send.
        LOG.info(() -> "Survey of " + customer.externalId() + " skipped: the " + touchpoint.get() + " survey is off");
        return InvitationResult.skipped(
            new ContactFrequencyRule.Decision(
                false, "The survey for " + touchpoint.get() + " is switched off (portal: Surveys)", null));
      }
      ContactFrequencyRule.Decision decision =
          ContactFrequencyRule.days(definition.contactWindowDays(contactWindowDays))
              .check(repository.lastInvitedAt(customer.id()), repository.lastRespondedAt(customer.id()), now);
      if (!decision.allowed()) {
        LOG.info(() -> "Survey of " + customer.externalId() + " skipped: " + decision.reason());
        return InvitationResult.skipped(decision);
      }
      String language = SurveyLocales.choose(locale, customer.country());
      String token = SurveyTokens.newToken();
      Instant expiresAt = now.plus(Duration.ofDays(expiryDays));
      long id =
          repository.insertInvitation(
              SurveyTokens.hash(token), customer.id(), touchpoint.get(), language, user, now, expiresAt);
      SurveyTexts texts = definition.texts(language);
      String link = link(applicationUrl, token);
      // Sent after commit (InvitationMailAfterCommit): a commit that fails sends nothing, so no mail
      // carries a dead link. A mail server that refuses withdraws the invitation again.
      mailDue.fire(new InvitationMailDue(
          id, OutgoingMail.text(List.of(customer.email().trim()), texts.mailSubject(), texts.mailText(link))));
      LOG.info(() -> user + " invited " + customer.externalId() + " to the " + touchpoint.get() + " survey, invitation " + id);
      return InvitationResult.invited(id, language, expiresAt);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static List<String> invitationProblems(String externalId, String touchpoint, String locale) {
    List<String> problems = new java.util.ArrayList<>();
    if (externalId == null || externalId.isBlank()) {
      problems.add("externalId: is required");
    }
    if (Touchpoint.parse(touchpoint).isEmpty()) {
      problems.add("touchpoint: must be " + Touchpoint.choices() + (touchpoint == null ? "" : ", not \"" + touchpoint + "\""));
    }
    if (locale != null && !locale.isBlank() && SurveyLocales.parse(locale).isEmpty()) {
      problems.add("locale: must be one of " + SurveyLocales.SUPPORTED + ", not \"" + locale + "\"");
    }
    return problems;
  }

  String link(String applicationUrl, String token) {
    String base = baseUrl.filter(url -> !url.isBlank()).orElse(applicationUrl);
    return base.replaceAll("/+$", "") + PAGE + "?t=" + token;
  }

  /** The survey behind a token, for the public page; reveals nothing of the customer. */
  public PublicSurvey open(String token) {
    if (!SurveyTokens.wellFormed(token)) {
      return PublicSurvey.closed(PublicSurvey.State.UNKNOWN, null);
    }
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      SurveyDeliveryRepository repository = new SurveyDeliveryRepository(connection);
      Optional<SurveyDeliveryRepository.Invitation> found = repository.findByTokenHash(SurveyTokens.hash(token));
      if (found.isEmpty()) {
        return PublicSurvey.closed(PublicSurvey.State.UNKNOWN, null);
      }
      SurveyDeliveryRepository.Invitation invitation = found.get();
      PublicSurvey.State state = state(invitation, now);
      if (state != PublicSurvey.State.OPEN) {
        return PublicSurvey.closed(state, invitation.locale());
      }
      SurveyDefinition definition = repository.definition(invitation.touchpoint()).orElseThrow();
      return new PublicSurvey(
          state, invitation.locale(), definition.csatEnabled(), definition.cesEnabled(),
          definition.texts(invitation.locale()));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  static PublicSurvey.State state(SurveyDeliveryRepository.Invitation invitation, Instant now) {
    if (invitation.respondedAt() != null) {
      return PublicSurvey.State.USED;
    }
    return invitation.expiresAt().isAfter(now) ? PublicSurvey.State.OPEN : PublicSurvey.State.EXPIRED;
  }

  /**
   * Records the answer once per token. The token is used up by a conditional update, and the
   * response then goes through {@link ClosedLoopService#submit} in the same transaction.
   */
  public AnswerOutcome answer(String token, SurveyAnswer answer) throws ResponsesRejectedException {
    if (!SurveyTokens.wellFormed(token)) {
      return AnswerOutcome.refused(PublicSurvey.State.UNKNOWN);
    }
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      SurveyDeliveryRepository repository = new SurveyDeliveryRepository(connection);
      Optional<SurveyDeliveryRepository.Invitation> found = repository.findByTokenHash(SurveyTokens.hash(token));
      if (found.isEmpty()) {
        return AnswerOutcome.refused(PublicSurvey.State.UNKNOWN);
      }
      SurveyDeliveryRepository.Invitation invitation = found.get();
      PublicSurvey.State state = state(invitation, now);
      if (state != PublicSurvey.State.OPEN) {
        return AnswerOutcome.refused(state);
      }
      SurveyDefinition definition = repository.definition(invitation.touchpoint()).orElseThrow();
      List<String> problems = AnswerChecks.problems(answer, definition.csatEnabled(), definition.cesEnabled());
      if (!problems.isEmpty()) {
        return AnswerOutcome.invalid(problems);
      }
      Integer csat = definition.csatEnabled() ? answer.csat() : null;
      Integer ces = definition.cesEnabled() ? answer.ces() : null;
      if (!repository.markResponded(invitation.id(), now, csat, ces)) {
        // Another answer with the same token won the race (or it expired this instant).
        return AnswerOutcome.refused(
            repository.findByTokenHash(SurveyTokens.hash(token)).map(i -> state(i, now)).orElse(PublicSurvey.State.UNKNOWN));
      }
      closedLoop.submit(
          List.of(
              new ResponseInput(
                  invitation.externalId(), invitation.touchpoint().name(), answer.score(), answer.comment(),
                  now.toString(), true)),
          "survey-invitation-" + invitation.id());
      return AnswerOutcome.ok();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
