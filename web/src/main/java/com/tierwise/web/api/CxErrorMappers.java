package com.tierwise.web.api;

import com.tierwise.closedloop.ResponsesCsvRejectedException;
import com.tierwise.survey.SurveyRefusedException;
import java.util.Map;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** How the refusals of survey delivery, CSV uploads and escalations reach API clients. */
public final class CxErrorMappers {

  private CxErrorMappers() {}

  @Provider
  public static class SurveyRefused implements ExceptionMapper<SurveyRefusedException> {
    @Override
    public Response toResponse(SurveyRefusedException e) {
      int status =
          switch (e.kind()) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
          };
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiErrors.Problems(status, e.getMessage(), e.problems()))
          .build();
    }
  }

  /** Like the customer import: {"errors":[{"line","column","message"}]}, 422. */
  @Provider
  public static class CsvRejected implements ExceptionMapper<ResponsesCsvRejectedException> {
    @Override
    public Response toResponse(ResponsesCsvRejectedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              Map.of(
                  "status", 422, "message", e.getMessage(),
                  "errors",
                  e.problems().stream()
                      .map(p -> new CsvError(p.line(), p.column(), p.message()))
                      .toList()))
          .build();
    }
  }

  public record CsvError(int line, String column, String message) {}
}
