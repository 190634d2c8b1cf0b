package com.tierwise.web.api;

import com.tierwise.closedloop.IllegalTaskTransitionException;
import com.tierwise.closedloop.InvalidOutcomeException;
import com.tierwise.closedloop.ResponsesRejectedException;
import com.tierwise.closedloop.TaskNotFoundException;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.RefusedException;
import com.tierwise.security.UserCreationException;
import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.PolicyInvalidException;
import com.tierwise.treatment.TreatmentPolicyInvalidException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the services' exceptions into the status codes and bodies of ACCEPTANCE.md. */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  @Provider
  public static class ImportRejected implements ExceptionMapper<ImportRejectedException> {
    @Override
    public Response toResponse(ImportRejectedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "message", e.getMessage(),
                  "errorCount", e.errorCount(),
                  "errors", e.errors()))
          .build();
    }
  }

  @Provider
  public static class ResponsesRejected implements ExceptionMapper<ResponsesRejectedException> {
    @Override
    public Response toResponse(ResponsesRejectedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "message", e.getMessage(),
                  "errorCount", e.errors().size(),
                  "errors", e.errors()))
          .build();
    }
  }

  @Provider
  public static class TaskNotFound implements ExceptionMapper<TaskNotFoundException> {
    @Override
    public Response toResponse(TaskNotFoundException e) {
      return ApiErrors.response(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class IllegalTaskTransition implements ExceptionMapper<IllegalTaskTransitionException> {
    @Override
    public Response toResponse(IllegalTaskTransitionException e) {
      return ApiErrors.response(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @Provider
  public static class InvalidOutcome implements ExceptionMapper<InvalidOutcomeException> {
    @Override
    public Response toResponse(InvalidOutcomeException e) {
      return ApiErrors.response(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  @Provider
  public static class CoverageTooLow implements ExceptionMapper<CoverageTooLowException> {
    @Override
    public Response toResponse(CoverageTooLowException e) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "status", 409,
                  "message", e.getMessage(),
                  "metrics", e.metrics().stream().map(axis -> axis.column()).toList()))
          .build();
    }
  }

  @Provider
  public static class PolicyInvalid implements ExceptionMapper<PolicyInvalidException> {
    @Override
    public Response toResponse(PolicyInvalidException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("status", 422, "message", e.getMessage(), "problems", e.problems()))
          .build();
    }
  }

  /** Every workflow's refusal (overrides, HIC): the kind decides the status. */
  @Provider
  public static class Refused implements ExceptionMapper<RefusedException> {
    @Override
    public Response toResponse(RefusedException e) {
      Response.StatusType status =
          switch (e.kind()) {
            case INVALID -> new Unprocessable();
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
          };
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Problems(status.getStatusCode(), e.getMessage(), e.problems()))
          .build();
    }
  }

  @Provider
  public static class AllocationRefused implements ExceptionMapper<com.tierwise.allocation.AllocationRefusedException> {
    @Override
    public Response toResponse(com.tierwise.allocation.AllocationRefusedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Problems(422, e.getMessage(), e.problems()))
          .build();
    }
  }

  @Provider
  public static class SiloImportRejected implements ExceptionMapper<com.tierwise.silo.SiloImportRejectedException> {
    @Override
    public Response toResponse(com.tierwise.silo.SiloImportRejectedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("status", 422, "message", e.getMessage(), "errors", e.errors()))
          .build();
    }
  }

  @Provider
  public static class TreatmentPolicyInvalid implements ExceptionMapper<TreatmentPolicyInvalidException> {
    @Override
    public Response toResponse(TreatmentPolicyInvalidException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Problems(422, e.getMessage(), e.problems()))
          .build();
    }
  }

  /** 422 is not in JAX-RS's Status enum. */
  private static final class Unprocessable implements Response.StatusType {
    @Override
    public int getStatusCode() {
      return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
      return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
      return "Unprocessable Content";
    }
  }

  @Provider
  public static class UserInvalid implements ExceptionMapper<UserCreationException> {
    @Override
    public Response toResponse(UserCreationException e) {
      int status = e.reason() == UserCreationException.Reason.DUPLICATE ? 409 : 422;
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Message(status, e.getMessage()))
          .build();
    }
  }

  @Provider
  public static class SubscriptionRefused
      implements ExceptionMapper<com.tierwise.reports.subscription.SubscriptionRefusedException> {
    @Override
    public Response toResponse(com.tierwise.reports.subscription.SubscriptionRefusedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Problems(422, e.getMessage(), e.problems()))
          .build();
    }
  }

  @Provider
  public static class SubscriptionNotFound
      implements ExceptionMapper<com.tierwise.reports.subscription.SubscriptionNotFoundException> {
    @Override
    public Response toResponse(com.tierwise.reports.subscription.SubscriptionNotFoundException e) {
      return ApiErrors.response(Response.Status.NOT_FOUND, e.getMessage());
    }
  }

  @Provider
  public static class BadRequest implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
      return ApiErrors.problems(Response.Status.BAD_REQUEST, e.getMessage(), List.of());
    }
  }

  /** An upload sent without a length that passed the limit of {@link RequestLimits}. */
  @Provider
  public static class BodyTooLarge implements ExceptionMapper<RequestBodyTooLarge> {
    @Override
    public Response toResponse(RequestBodyTooLarge e) {
      return tooLarge(e);
    }
  }

  static Response tooLarge(RequestBodyTooLarge e) {
    return Response.status(413)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("status", 413, "message", e.getMessage() + "; nothing was changed"))
        .build();
  }

  /** The size limit's exception when a reader or an EJB wrapped it, else null. */
  static RequestBodyTooLarge tooLargeCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RequestBodyTooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }

  /** A body the JSON binding cannot read (RESTEasy reports it this way, not as a 400). */
  @Provider
  public static class Unreadable implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
    @Override
    public Response toResponse(jakarta.ws.rs.ProcessingException e) {
      if (tooLargeCause(e) != null) {
        return tooLarge(tooLargeCause(e));
      }
      return ApiErrors.response(
          Response.Status.BAD_REQUEST, "The request body is not valid JSON for this call: " + Web.rootMessage(e));
    }
  }

  /** EJBs wrap runtime failures; unwrap them so the client sees the real reason class. */
  @Provider
  public static class Ejb implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (tooLargeCause(e) != null) {
        return tooLarge(tooLargeCause(e));
      }
      if (cause instanceof WebApplicationException web) {
        return web.getResponse();
      }
      DataAccessFailure.Cause database =
          cause instanceof DataAccessFailure access ? access.cause() : DataAccessFailure.classify(cause);
      if (cause instanceof DataAccessFailure || database != DataAccessFailure.Cause.OTHER) {
        return DatabaseFailure.response(database, cause);
      }
      LOG.log(Level.SEVERE, "Unexpected failure", cause);
      return ApiErrors.response(
          Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; nothing was changed");
    }
  }

  /** The same failure thrown outside an EJB (a CDI bean on the datasource). */
  @Provider
  public static class DatabaseFailure implements ExceptionMapper<DataAccessFailure> {
    @Override
    public Response toResponse(DataAccessFailure e) {
      return response(e.cause(), e);
    }

    /**
     * 503 with Retry-After for what an operator or time fixes (outage, read-only, disk full), 500
     * for any other database error; the body names the cause and never carries SQL (the details
     * go to the server log).
     */
    static Response response(DataAccessFailure.Cause cause, Throwable failure) {
      if (cause == DataAccessFailure.Cause.OTHER) {
        LOG.log(Level.SEVERE, "Database failure", failure);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(new DatabaseError(500, cause.message(), "DATABASE_ERROR"))
            .build();
      }
      LOG.log(Level.WARNING, "Database " + cause + ": " + rootMessage(failure));
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .header("Retry-After", cause.transientFailure() ? "30" : "300")
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new DatabaseError(503, cause.message(), "DATABASE_" + cause.name()))
          .build();
    }

    private static String rootMessage(Throwable failure) {
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
  }

  /** A database failure's body: {@code cause} is DATABASE_UNAVAILABLE, _READ_ONLY, _DISK_FULL or DATABASE_ERROR. */
  public record DatabaseError(int status, String message, String cause) {}

  /** JSON that does not parse, and JAX-RS's own 4xx answers, keep their status with a JSON body. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (tooLargeCause(e) != null) {
        return tooLarge(tooLargeCause(e));
      }
      if (original.hasEntity()) {
        return original;
      }
      Response.Status status = Response.Status.fromStatusCode(original.getStatus());
      String message =
          status == Response.Status.BAD_REQUEST
              ? "The request body is not valid for this call: " + rootMessage(e)
              : e.getMessage() != null && !e.getMessage().startsWith("HTTP ")
                  ? e.getMessage()
                  : status == null ? "HTTP " + original.getStatus() : status.getReasonPhrase();
      Response.ResponseBuilder builder =
          Response.fromResponse(original)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(new ApiErrors.Message(original.getStatus(), message));
      return builder.build();
    }

    static String rootMessage(Throwable e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getMessage();
      return message == null ? "malformed request" : message.split("\n")[0];
    }
  }
}
