package com.tierwise.web.api;

import com.tierwise.closedloop.Touchpoint;
import com.tierwise.survey.InvitationResult;
import com.tierwise.survey.SurveyDefinition;
import com.tierwise.survey.SurveyDeliveryService;
import com.tierwise.survey.SurveyRefusedException;
import com.tierwise.survey.SurveyTexts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** The survey sent after each touchpoint: read by the CX roles, edited by CX analysts. */
@Path("surveys/definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyDefinitionResource {

  @EJB private SurveyDeliveryService delivery;
  @Context private SecurityContext security;

  /**
   * The JSON shape of a survey definition; texts by language. {@code contactWindowDays} is the
   * survey's own window (null: the configured one, {@code effectiveContactWindowDays}).
   */
  public record DefinitionView(
      String touchpoint, boolean csatEnabled, boolean cesEnabled, Map<String, SurveyTexts> texts,
      boolean active, Integer contactWindowDays, int effectiveContactWindowDays) {
    static DefinitionView of(SurveyDefinition definition, int configuredWindow) {
      return new DefinitionView(
          definition.touchpoint().name(), definition.csatEnabled(), definition.cesEnabled(), definition.texts(),
          definition.active(), definition.contactWindowDays(), definition.contactWindowDays(configuredWindow));
    }
  }

  /**
   * The body of PUT /surveys/definitions/{touchpoint}. {@code active} absent keeps the current
   * state; {@code contactWindowDays} absent or null follows the configured window.
   */
  public record DefinitionEdit(
      Boolean csatEnabled, Boolean cesEnabled, Map<String, SurveyTexts> texts, Boolean active,
      Integer contactWindowDays) {}

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX", "EXECUTIVE"})
  public List<DefinitionView> definitions() {
    int configured = delivery.configuredContactWindowDays();
    return delivery.definitions().stream().map(definition -> DefinitionView.of(definition, configured)).toList();
  }

  @PUT
  @Path("{touchpoint}")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public DefinitionView update(@PathParam("touchpoint") String touchpoint, DefinitionEdit edit)
      throws SurveyRefusedException {
    Touchpoint which =
        Touchpoint.parse(touchpoint)
            .orElseThrow(() -> new InvalidRequestException("touchpoint must be " + Touchpoint.choices()));
    if (edit == null || edit.texts() == null) {
      throw new InvalidRequestException(
          "The body must be a JSON object {\"csatEnabled\",\"cesEnabled\",\"texts\":{\"en\":{...},\"tr\":{...},\"ar\":{...},\"fa\":{...}}}");
    }
    boolean active =
        edit.active() != null
            ? edit.active()
            : delivery.definitions().stream().filter(d -> d.touchpoint() == which).findFirst()
                .map(SurveyDefinition::active).orElse(true);
    SurveyDefinition definition =
        new SurveyDefinition(
            which, Boolean.TRUE.equals(edit.csatEnabled()), Boolean.TRUE.equals(edit.cesEnabled()), edit.texts(),
            active, edit.contactWindowDays());
    return DefinitionView.of(
        delivery.update(definition, security.getUserPrincipal().getName()), delivery.configuredContactWindowDays());
  }
}
