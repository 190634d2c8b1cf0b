package com.tierwise.web.api;

import com.tierwise.platform.mail.OutboxAdministration;
import com.tierwise.platform.mail.OutboxMessage;
import com.tierwise.platform.mail.OutboxStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox of governance mail (deciders told of waiting requests, expiry reminders): what was
 * sent, what waits for a retry and why, and sending a message that failed for good once more.
 */
@Path("mail/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class MailOutboxResource {

  @EJB private OutboxAdministration outbox;

  @GET
  @RolesAllowed("ADMIN")
  public Response list(
      @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    Optional<OutboxStatus> filter = status(status);
    return Response.ok(outbox.list(filter, paging.limit(), paging.offset()))
        .header(Paging.TOTAL_COUNT, outbox.count(filter))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed("ADMIN")
  public OutboxMessage get(@PathParam("id") String id) {
    return outbox.find(id(id)).orElseThrow(() -> notFound(id));
  }

  /** A FAILED message gets a fresh set of attempts: 202; 409 when it is not FAILED. */
  @POST
  @Path("{id}/resend")
  @RolesAllowed("ADMIN")
  public Response resend(@PathParam("id") String id) {
    OutboxMessage message = outbox.find(id(id)).orElseThrow(() -> notFound(id));
    if (!outbox.sendAgain(message.id())) {
      return ApiErrors.response(
          Response.Status.CONFLICT, "Mail " + message.id() + " is " + message.status() + ", not FAILED: nothing to resend");
    }
    return Response.accepted(outbox.find(message.id()).orElseThrow()).build();
  }

  private static Optional<OutboxStatus> status(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(OutboxStatus.values())
        .filter(s -> s.name().equals(name))
        .findFirst()
        .map(Optional::of)
        .orElseThrow(() -> new InvalidRequestException(
            "status must be one of " + Arrays.toString(OutboxStatus.values()) + ", not \"" + text + "\""));
  }

  private static long id(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw notFound(text);
    }
  }

  private static jakarta.ws.rs.NotFoundException notFound(String id) {
    return new jakarta.ws.rs.NotFoundException(
        ApiErrors.response(Response.Status.NOT_FOUND, "No outbox mail \"" + id + "\""));
  }
}
