package com.tierwise.web.api;

import com.tierwise.reports.RenderedReport;
import com.tierwise.reports.ReportLocales;
import com.tierwise.reports.ReportName;
import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.ReportRequest;
import com.tierwise.reports.ReportService;
import com.tierwise.reports.delivery.ArchivedReport;
import com.tierwise.reports.rendering.ReportFormat;
import com.tierwise.reports.subscription.SubscriptionRefusedException;
import com.tierwise.reports.subscription.SubscriptionRequest;
import com.tierwise.reports.subscription.SubscriptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Executive reports rendered now, subscriptions that mail them, and their deliveries. */
@Path("reports")
@RequestScoped
public class ReportResource {

  @EJB private ReportService reports;
  @EJB private SubscriptionService subscriptions;
  @Context private SecurityContext security;

  /** {@code GET /reports/{name}?format=pdf|xlsx&locale=en|tr|ar|fa&from=&to=} (default pdf, en, the last 30 days). */
  @GET
  @Path("{name}")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
  public Response render(
      @PathParam("name") String name,
      @QueryParam("format") String format,
      @QueryParam("locale") String locale,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    ReportName report = ReportName.parse(name).orElse(null);
    if (report == null) {
      return ApiErrors.response(
          Response.Status.NOT_FOUND, "No report \"" + name + "\"; the reports are " + ReportName.choices());
    }
    RenderedReport rendered = reports.render(new ReportRequest(report, format(format), locale(locale), period(from, to)));
    return file(rendered.content(), rendered.contentType(), rendered.fileName());
  }

  @POST
  @Path("subscriptions")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response subscribe(SubscriptionRequest request) throws SubscriptionRefusedException {
    if (request == null) {
      throw new InvalidRequestException(
          "a JSON body {\"report\",\"format\",\"locale\",\"recipients\":[...],\"schedule\"} is required");
    }
    SubscriptionView created = SubscriptionView.of(subscriptions.create(request, user()));
    return Response.created(UriBuilder.fromPath("reports/subscriptions/{id}").build(created.id())).entity(created).build();
  }

  @GET
  @Path("subscriptions")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  public Response subscriptions(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Response.ok(subscriptions.list(paging.limit(), paging.offset()).stream().map(SubscriptionView::of).toList())
        .header(Paging.TOTAL_COUNT, subscriptions.count())
        .build();
  }

  @GET
  @Path("subscriptions/{id}")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  public SubscriptionView subscription(@PathParam("id") String id) {
    return SubscriptionView.of(subscriptions.get(id(id)));
  }

  @DELETE
  @Path("subscriptions/{id}")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  public Response unsubscribe(@PathParam("id") String id) {
    subscriptions.delete(id(id), user());
    return Response.noContent().build();
  }

  /** Sends the subscription's report now: 202, the delivery's progress at its own URL. */
  @POST
  @Path("subscriptions/{id}/deliveries")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  public Response sendNow(@PathParam("id") String id) {
    DeliveryView delivery = DeliveryView.of(subscriptions.sendNow(id(id), user()));
    return Response.accepted(delivery)
        .location(UriBuilder.fromPath("reports/deliveries/{id}").build(delivery.id()))
        .build();
  }

  @GET
  @Path("subscriptions/{id}/deliveries")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  public Response deliveries(
      @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    long subscription = id(id);
    Paging paging = Paging.of(limit, offset);
    return Response.ok(
            subscriptions.deliveries(subscription, paging.limit(), paging.offset()).stream().map(DeliveryView::of).toList())
        .header(Paging.TOTAL_COUNT, subscriptions.deliveryCount(subscription))
        .build();
  }

  @GET
  @Path("deliveries/{id}")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces(MediaType.APPLICATION_JSON)
  public DeliveryView delivery(@PathParam("id") String id) {
    return DeliveryView.of(subscriptions.delivery(id(id)));
  }

  /** The archived report of a delivery, as it was mailed. */
  @GET
  @Path("deliveries/{id}/report")
  @RolesAllowed({"EXECUTIVE", "CX_ANALYST", "ADMIN"})
  @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
  public Response archived(@PathParam("id") String id) {
    ArchivedReport file = subscriptions.archive(id(id));
    return file(file.content(), file.contentType(), file.fileName());
  }

  private static Response file(byte[] content, String contentType, String fileName) {
    String disposition = contentType.equals("application/pdf") ? "inline" : "attachment";
    return Response.ok(content, contentType)
        .header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static ReportFormat format(String text) {
    if (text == null || text.isBlank()) {
      return ReportFormat.PDF;
    }
    return ReportFormat.parse(text)
        .orElseThrow(() -> new InvalidRequestException("format must be pdf or xlsx, not \"" + text + "\""));
  }

  private static Locale locale(String text) {
    if (text == null || text.isBlank()) {
      return Locale.ENGLISH;
    }
    return ReportLocales.parse(text)
        .orElseThrow(
            () -> new InvalidRequestException("locale must be one of " + ReportLocales.SUPPORTED + ", not \"" + text + "\""));
  }

  private static ReportPeriod period(String from, String to) {
    Period period = Period.of(from, to);
    Instant end = period.to() == null ? Clock.systemUTC().instant() : period.to();
    Instant start = period.from() == null ? end.minus(ReportPeriod.DEFAULT_LENGTH) : period.from();
    if (!start.isBefore(end)) {
      throw new InvalidRequestException("from must be before to");
    }
    return new ReportPeriod(start, end);
  }

  private static long id(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new com.tierwise.reports.subscription.SubscriptionNotFoundException("No report subscription or delivery \"" + text + "\"");
    }
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
